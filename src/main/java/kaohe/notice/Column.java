package kaohe.notice;

/**
 * A table column: its header, how it shows values, and the widest it may grow, in widths of the digit "0".
 */
record Column(String header, CellKind kind, int maxWidth) {

    static Column text(String header, int maxWidth) {
        return new Column(header, CellKind.TEXT, maxWidth);
    }

    static Column wrapped(String header, int maxWidth) {
        return new Column(header, CellKind.WRAPPED, maxWidth);
    }

    static Column of(String header, CellKind kind) {
        return new Column(header, kind, 14);
    }
}
