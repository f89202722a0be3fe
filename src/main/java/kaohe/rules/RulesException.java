package kaohe.rules;

import kaohe.ledger.LedgerException;

/** A rules table that cannot be used, with a Chinese message naming the file, row and value. */
public class RulesException extends LedgerException {

    public RulesException(String message) {
        super(message);
    }
}
