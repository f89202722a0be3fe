package kaohe.ledger;

/** Receives the rows of a workbook one at a time, so that no reader has to hold a whole sheet. */
public interface RowSink {

    /** Starts a visible sheet, in workbook order. Returns false to skip its rows. */
    boolean startSheet(SheetInfo sheet);

    /** Takes the next non-blank row of the current sheet; rows come in ascending row order. */
    void row(RawRow row);

    /** Ends the current sheet. */
    default void endSheet() {
    }
}
