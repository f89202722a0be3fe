package kaohe.notice;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;

import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;

/**
 * Appends the XML of rows and cells to a byte buffer as UTF-8, in the form POI 5.5.1's SheetDataWriter gives
 * them for a workbook without a shared strings table: strings inline, numbers as Java prints a double.
 *
 * <p>Every row of the notice goes through it: the rows {@link XlsxSheet} keeps, and the data rows of a large
 * table that {@link TableRows} makes while the file is written. Only text, number and blank cells are covered,
 * and rows without style, outline or hidden flag. The bytes are made in one pass over each text, escaping and
 * encoding together, so that the thread that deflates the notice file need not encode the XML of a million
 * rows as well. Text escapes as POI escapes it, which the tests check by reading hostile text back with POI.
 */
final class CellXml {

    /** Column letters made ahead, as {@code <c r="} and the letters: A to ZZ. */
    private static final byte[][] CELL_STARTS = new byte[26 * 27][];
    /** Whole numbers below this print as digits and ".0" in {@link Double#toString}; larger ones in E form. */
    private static final double PLAIN_LIMIT = 1e7;
    /** The maximum bytes of one char of a text: 7, for an underscore written "_x005F_". */
    private static final int MAX_ESCAPE_LENGTH = 7;
    /** Excel's largest row height, in points. */
    static final float MAX_ROW_POINTS = 409f;

    private static final byte[] ROW_START = ascii("<row r=\"");
    private static final byte[] HEIGHT = ascii("\" customHeight=\"1\" ht=\"");
    private static final byte[] ROW_START_END = ascii("\">\n");
    private static final byte[] ROW_END = ascii("</row>\n");
    private static final byte[] QUOTE = ascii("\"");
    private static final byte[] TEXT_START = ascii(" t=\"inlineStr\"><is><t");
    private static final byte[] PRESERVE = ascii(" xml:space=\"preserve\">");
    private static final byte[] TEXT_END = ascii("</t></is></c>");
    private static final byte[] ERROR_START = ascii(" t=\"e\"><v>");
    private static final byte[] NUMBER_START = ascii(" t=\"n\"><v>");
    private static final byte[] VALUE_END = ascii("</v></c>");
    private static final byte[] WHOLE_END = ascii(".0</v></c>");
    private static final byte[] BLANK_END = ascii("></c>");
    private static final byte[] LT = ascii("&lt;");
    private static final byte[] GT = ascii("&gt;");
    private static final byte[] AMP = ascii("&amp;");
    private static final byte[] QUOT = ascii("&quot;");
    private static final byte[] LINE_FEED = ascii("&#xa;");
    private static final byte[] RETURN = ascii("&#xd;");
    private static final byte[] TAB = ascii("&#x9;");
    private static final byte[] NO_BREAK_SPACE = ascii("&#xa0;");
    private static final byte[] UNDERSCORE = ascii("_x005F_");

    static {
        for (int i = 0; i < CELL_STARTS.length; i++) {
            CELL_STARTS[i] = cellStart(i);
        }
    }

    /** The XML appended, in {@code bytes[0]} to {@code bytes[length - 1]}. */
    private byte[] bytes = new byte[256];
    private int length;
    /** The attribute {@code s="12"} of each style index met so far, after the quote that ends the reference. */
    private byte[][] styleAttributes = new byte[64][];
    /** The 1-based row number of the cells appended next, in ASCII digits. */
    private byte[] rowNumber = new byte[0];

    byte[] bytes() {
        return bytes;
    }

    /** Returns the number of bytes of XML appended since the last {@link #clear}. */
    int length() {
        return length;
    }

    void clear() {
        length = 0;
    }

    /**
     * Returns the buffer of the XML appended, whose {@link #length} the caller reads first, and goes on
     * appending to an empty buffer {@code next}, so that another thread may take the XML without a copy.
     */
    byte[] exchange(byte[] next) {
        byte[] full = bytes;
        bytes = next;
        length = 0;
        return full;
    }

    /**
     * Appends the start tag of a row and sets it as the row of the cells appended next.
     *
     * @param rowIndex the 0-based row
     * @param points the row's height, or 0 for the default height
     */
    void startRow(int rowIndex, float points) {
        rowNumber = ascii(Integer.toString(rowIndex + 1));
        append(ROW_START);
        append(rowNumber);
        if (points > 0) {
            // As POI's row gives the height in points: the twentieths divided as a double, cast to float.
            append(HEIGHT);
            appendAscii(Float.toString((float) (heightOf(points) / 20.0)));
        }
        append(ROW_START_END);
    }

    void endRow() {
        append(ROW_END);
    }

    /**
     * Returns a height in points as POI's row stores it: in twentieths of a point, cut to a short. A height
     * above Excel's largest, {@value #MAX_ROW_POINTS} points, gives the largest.
     */
    private static short heightOf(float points) {
        return (short) (Math.min(points, MAX_ROW_POINTS) * 20);
    }

    /**
     * Appends a text cell.
     *
     * @param style the index of the cell's style, 0 for the default
     */
    void text(int columnIndex, int style, String text) {
        start(columnIndex, style);
        append(TEXT_START);
        if (!text.isEmpty() && (Character.isWhitespace(text.charAt(0))
                || Character.isWhitespace(text.charAt(text.length() - 1)))) {
            append(PRESERVE);
        } else {
            put((byte) '>');
        }
        appendEscaped(text);
        append(TEXT_END);
    }

    /**
     * Appends a number cell. An infinite number becomes the error #DIV/0! and NaN the error #NUM!, as POI's
     * {@code setCellValue(double)} makes them.
     */
    void number(int columnIndex, int style, double value) {
        start(columnIndex, style);
        if (Double.isInfinite(value) || Double.isNaN(value)) {
            append(ERROR_START);
            appendAscii(Double.isNaN(value) ? "#NUM!" : "#DIV/0!");
            append(VALUE_END);
            return;
        }
        append(NUMBER_START);
        boolean negativeZero = value == 0 && Double.doubleToRawLongBits(value) != 0;
        if (value == Math.rint(value) && Math.abs(value) < PLAIN_LIMIT && !negativeZero) {
            // Double.toString shows these as the digits and ".0".
            appendDigits((long) value);
            append(WHOLE_END);
        } else {
            appendAscii(Double.toString(value));
            append(VALUE_END);
        }
    }

    /**
     * Appends a cell of the type its value gives: text, a number, a date as its Excel day number, or a blank
     * cell for null.
     *
     * @param value a String, BigDecimal, Integer, LocalDate or null
     */
    void value(int columnIndex, int style, Object value) {
        if (value instanceof String text) {
            text(columnIndex, style, text);
        } else if (value instanceof BigDecimal number) {
            number(columnIndex, style, number.doubleValue());
        } else if (value instanceof Integer count) {
            number(columnIndex, style, count);
        } else if (value instanceof LocalDate date) {
            number(columnIndex, style, DateUtil.getExcelDate(date.atStartOfDay(), false));
        } else if (value == null) {
            blank(columnIndex, style);
        } else {
            throw new IllegalArgumentException("no cell type for " + value.getClass());
        }
    }

    /** Appends a cell that has a style but no value. */
    void blank(int columnIndex, int style) {
        start(columnIndex, style);
        append(BLANK_END);
    }

    private void start(int columnIndex, int style) {
        append(columnIndex < CELL_STARTS.length ? CELL_STARTS[columnIndex] : cellStart(columnIndex));
        append(rowNumber);
        append(style != 0 ? styleAttribute(style) : QUOTE);
    }

    private static byte[] cellStart(int columnIndex) {
        return ascii("<c r=\"" + CellReference.convertNumToColString(columnIndex));
    }

    /**
     * Returns the quote that ends the cell reference and the attribute {@code s="12"}, for a style index from 1
     * to 65535, made once for each index.
     */
    private byte[] styleAttribute(int style) {
        if (style >= styleAttributes.length) {
            styleAttributes = Arrays.copyOf(styleAttributes, Math.max(style + 1, 2 * styleAttributes.length));
        }
        if (styleAttributes[style] == null) {
            styleAttributes[style] = ascii("\" s=\"" + style + "\"");
        }
        return styleAttributes[style];
    }

    /**
     * Escapes as POI does and encodes as UTF-8 in the same pass. POI escapes the marks {@code < > & "}, and line
     * breaks, tabs and the no-break space as character references, and writes "?" for other control characters
     * and U+FFFE, U+FFFF, which XML cannot carry. Its UTF-8 writer writes "?" for a surrogate without its other
     * half, as {@code OutputStreamWriter} does.
     */
    private void appendEscaped(String text) {
        reserve(MAX_ESCAPE_LENGTH * text.length());
        byte[] out = bytes;
        int at = length;
        int end = text.length();
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                if (c == '_' && startsCharacterCode(text, i)) {
                    at = put(out, at, UNDERSCORE);
                } else if (c >= ' ' && c != '<' && c != '>' && c != '&' && c != '"') {
                    out[at++] = (byte) c;
                } else {
                    at = putEscape(out, at, c);
                }
            } else if (c < 0x800) {
                if (c == '\u00A0') {
                    at = put(out, at, NO_BREAK_SPACE);
                } else {
                    out[at++] = (byte) (0xC0 | c >> 6);
                    out[at++] = (byte) (0x80 | c & 0x3F);
                }
            } else if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(text.charAt(i + 1))) {
                    int codePoint = Character.toCodePoint(c, text.charAt(++i));
                    out[at++] = (byte) (0xF0 | codePoint >> 18);
                    out[at++] = (byte) (0x80 | codePoint >> 12 & 0x3F);
                    out[at++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
                    out[at++] = (byte) (0x80 | codePoint & 0x3F);
                } else {
                    out[at++] = '?';
                }
            } else if (c >= '\uFFFE') {
                out[at++] = '?';
            } else {
                out[at++] = (byte) (0xE0 | c >> 12);
                out[at++] = (byte) (0x80 | c >> 6 & 0x3F);
                out[at++] = (byte) (0x80 | c & 0x3F);
            }
        }
        length = at;
    }

    /**
     * Returns whether the text has a character code such as "_x0041_" at {@code at}, which Excel reads as the
     * character it codes. Its underscore is then written as the code "_x005F_", so that the text stays as it is.
     */
    private static boolean startsCharacterCode(String text, int at) {
        if (at + 7 > text.length() || text.charAt(at + 1) != 'x' || text.charAt(at + 6) != '_') {
            return false;
        }
        for (int i = at + 2; i < at + 6; i++) {
            if (Character.digit(text.charAt(i), 16) < 0 || text.charAt(i) > 'f') {
                return false;
            }
        }
        return true;
    }

    /** Puts the escape of an ASCII char that is a mark or a control character, and returns the new length. */
    private static int putEscape(byte[] out, int at, char c) {
        return switch (c) {
            case '<' -> put(out, at, LT);
            case '>' -> put(out, at, GT);
            case '&' -> put(out, at, AMP);
            case '"' -> put(out, at, QUOT);
            case '\n' -> put(out, at, LINE_FEED);
            case '\r' -> put(out, at, RETURN);
            case '\t' -> put(out, at, TAB);
            default -> {
                out[at] = '?';
                yield at + 1;
            }
        };
    }

    /** Appends the digits of a number, with a minus sign when it is negative. */
    private void appendDigits(long value) {
        reserve(20);
        if (value < 0) {
            bytes[length++] = '-';
        }
        long rest = Math.abs(value);
        int digits = 1;
        for (long power = 10; power <= rest && digits < 19; power *= 10) {
            digits++;
        }
        for (int i = length + digits - 1; i >= length; i--) {
            bytes[i] = (byte) ('0' + rest % 10);
            rest /= 10;
        }
        length += digits;
    }

    /** Appends a text of ASCII chars only. */
    private void appendAscii(String text) {
        reserve(text.length());
        for (int i = 0; i < text.length(); i++) {
            bytes[length++] = (byte) text.charAt(i);
        }
    }

    private void append(byte[] part) {
        reserve(part.length);
        length = put(bytes, length, part);
    }

    private void put(byte b) {
        reserve(1);
        bytes[length++] = b;
    }

    /** Copies {@code part} into {@code out} at {@code at}, which has room for it, and returns the new length. */
    private static int put(byte[] out, int at, byte[] part) {
        System.arraycopy(part, 0, out, at, part.length);
        return at + part.length;
    }

    private void reserve(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(length + more, 2 * bytes.length));
        }
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
