package kaohe.ledger;

/**
 * A workbook or file that cannot be read as a whole, with a message in Chinese for the clerk that names the
 * file and says what to do. Problems inside single rows are not exceptions: they are reported and the run
 * goes on.
 */
public class LedgerException extends Exception {

    public LedgerException(String message) {
        super(message);
    }

    public LedgerException(String message, Throwable cause) {
        super(message, cause);
    }
}
