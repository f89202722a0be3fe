package kaohe.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One non-blank cell as the workbook stores it, before any interpretation by column.
 *
 * <p>For a formula cell this is its saved (cached) result. {@code text} is never null: for a number it is
 * the number in plain form, for a date the ISO date, for an error the error code ("#N/A"). {@code number}
 * is set for NUMBER and DATE cells, cut to the 15 significant digits Excel shows, so that binary noise
 * such as 4.6000000000000005 reads as 4.6. {@code date} is set for DATE cells only, that is numeric cells
 * whose number format is a date format; it is the calendar day the clerk sees, in the workbook's own date
 * system (1900 or 1904).
 *
 * @param columnIndex 0-based column
 */
public record RawCell(int columnIndex, Kind kind, String text, BigDecimal number, LocalDate date) {

    /**
     * The code of an ERROR cell for a formula saved without its result, as some writers do. Other ERROR
     * codes are Excel's own ("#N/A", "#VALUE!") or mark a damaged cell.
     */
    public static final String NO_CACHED_VALUE = "#无缓存值";

    /** The kinds of value a cell can store. */
    public enum Kind { TEXT, NUMBER, DATE, BOOLEAN, ERROR }

    public static RawCell text(int columnIndex, String text) {
        return new RawCell(columnIndex, Kind.TEXT, text, null, null);
    }

    public static RawCell number(int columnIndex, BigDecimal number) {
        return new RawCell(columnIndex, Kind.NUMBER, number.toPlainString(), number, null);
    }

    public static RawCell date(int columnIndex, BigDecimal serial, LocalDate date) {
        return new RawCell(columnIndex, Kind.DATE, date.toString(), serial, date);
    }

    public static RawCell bool(int columnIndex, boolean value) {
        return new RawCell(columnIndex, Kind.BOOLEAN, value ? "TRUE" : "FALSE", null, null);
    }

    public static RawCell error(int columnIndex, String code) {
        return new RawCell(columnIndex, Kind.ERROR, code, null, null);
    }
}
