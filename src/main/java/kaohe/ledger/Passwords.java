package kaohe.ledger;

/** The messages for encrypted workbooks, shared by the .xls and .xlsx paths. */
final class Passwords {

    private Passwords() {
    }

    static LedgerException required(String fileName, Throwable cause) {
        return new LedgerException(fileName + " 受密码保护，请用 --password 提供打开密码后再试", cause);
    }

    static LedgerException wrong(String fileName, Throwable cause) {
        return new LedgerException(fileName + " 的打开密码不正确，请检查 --password 的值后再试", cause);
    }
}
