package kaohe.importing;

import kaohe.ledger.LedgerException;

/**
 * A source or ledger that the clerk can make importable from the command line (with --sheet, --map or
 * --month), as opposed to a file that cannot be read at all. The command exits with the usage code.
 */
public final class UsageException extends LedgerException {

    public UsageException(String message) {
        super(message);
    }
}
