package kaohe.ledger;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Converts one .xlsx {@code <c>} element to a {@link RawCell}, by its {@code t} attribute: shared string
 * ("s"), inline string ("inlineStr"), formula string ("str"), boolean ("b"), error ("e"), ISO date ("d"),
 * or number (no {@code t}, or "n").
 */
final class XlsxCells {

    /** The error code of a formula cell that was saved without its result, as some writers do. */
    static final String NO_CACHED_VALUE = RawCell.NO_CACHED_VALUE;
    static final String MISSING_SHARED_STRING = "#共享字符串缺失";
    static final String INVALID_NUMBER = "#数值无效";
    static final String INVALID_DATE = "#日期无效";

    /** The size of the number-cell cache, which pays because a ledger repeats a few dates on many rows. */
    private static final int NUMBER_SLOTS = 256;

    private final SharedStrings strings;
    private final CellStyles styles;
    private final boolean date1904;
    private final long[] numberBits = new long[NUMBER_SLOTS];
    private final RawCell[] numberCells = new RawCell[NUMBER_SLOTS];

    XlsxCells(SharedStrings strings, CellStyles styles, boolean date1904) {
        this.strings = strings;
        this.styles = styles;
        this.date1904 = date1904;
    }

    /**
     * Returns the cell, or null when it is blank.
     *
     * @param value the text of {@code <v>}, or of the inline string, or null when the cell has neither
     */
    RawCell toCell(int column, String type, int styleIndex, String value, boolean hasFormula) {
        if (value == null) {
            return hasFormula ? RawCell.error(column, NO_CACHED_VALUE) : null;
        }
        String kind = type == null ? "n" : type;
        return switch (kind) {
            case "s" -> sharedString(column, value);
            case "inlineStr", "str" -> text(column, XmlEscapes.decode(value));
            case "b" -> RawCell.bool(column, WorkbookPart.isTrue(value.trim()));
            case "e" -> value.isEmpty() ? null : RawCell.error(column, value.trim());
            case "d" -> isoDate(column, value.trim());
            default -> number(column, styleIndex, value.trim());
        };
    }

    /** Returns the cell of a shared-string index, as {@link #toCell} does for type "s", without a string. */
    RawCell sharedString(int column, CharSequence value) {
        int index = plainIndex(value);
        String text;
        if (index >= 0) {
            text = strings.get(index);
        } else {
            try {
                text = strings.get(Integer.parseInt(value.toString().trim()));
            } catch (NumberFormatException e) {
                text = null;
            }
        }
        return text == null ? RawCell.error(column, MISSING_SHARED_STRING) : text(column, text);
    }

    /**
     * Returns the number that {@code value} contains as at most nine ASCII digits between white space, or
     * -1 when it contains anything else, which is left to {@link Integer#parseInt}.
     */
    static int plainIndex(CharSequence value) {
        int start = 0;
        int end = value.length();
        while (start < end && value.charAt(start) <= ' ') {
            start++;
        }
        while (end > start && value.charAt(end - 1) <= ' ') {
            end--;
        }
        if (start == end || end - start > 9) {
            return -1;
        }
        int index = 0;
        for (int i = start; i < end; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            index = index * 10 + c - '0';
        }
        return index;
    }

    private static RawCell text(int column, String text) {
        return text.isEmpty() ? null : RawCell.text(column, text);
    }

    private RawCell number(int column, int styleIndex, String value) {
        if (value.isEmpty()) {
            return null;
        }
        double number;
        try {
            number = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return RawCell.error(column, INVALID_NUMBER);
        }
        if (!Double.isFinite(number)) {
            return RawCell.error(column, INVALID_NUMBER);
        }
        return numeric(column, number, styles.isDate(styleIndex));
    }

    /** Returns {@link CellValues#numeric}'s cell, reusing the one made for the same number and format. */
    private RawCell numeric(int column, double number, boolean dateFormatted) {
        long bits = Double.doubleToRawLongBits(number);
        int slot = (int) ((bits ^ bits >>> 29) * 0x9E3779B97F4A7C15L >>> 56) & (NUMBER_SLOTS - 2);
        slot += dateFormatted ? 1 : 0;
        RawCell cell = numberCells[slot];
        if (cell == null || numberBits[slot] != bits) {
            cell = CellValues.numeric(column, number, dateFormatted, date1904);
            numberBits[slot] = bits;
            numberCells[slot] = cell;
        }
        return cell.columnIndex() == column ? cell : CellValues.atColumn(cell, column);
    }

    /** Reads the ISO 8601 value of a "d" cell: a date, a date and time, or either with a zone offset. */
    private RawCell isoDate(int column, String value) {
        if (value.isEmpty()) {
            return null;
        }
        LocalDate date = parseIsoDate(value);
        return date == null ? RawCell.error(column, INVALID_DATE) : CellValues.date(column, date, date1904);
    }

    private static LocalDate parseIsoDate(String value) {
        try {
            if (value.indexOf('T') < 0) {
                return LocalDate.parse(value);
            }
            if (value.endsWith("Z") || value.lastIndexOf('+') > 0 || value.lastIndexOf('-') > 9) {
                return OffsetDateTime.parse(value).toLocalDate();
            }
            return LocalDateTime.parse(value).toLocalDate();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
