package kaohe.notice;

import java.util.Arrays;

import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * Appends the XML of rows and cells to a char buffer, character for character as POI 5.5.1's
 * {@link SheetDataWriter} writes them for a workbook without a shared strings table.
 *
 * <p>Both ways of writing a sheet use it: {@link CellXmlWriter}, which writes the cells of SXSSF rows to
 * POI's temporary sheet file, and {@link TableRows}, which writes the data rows of a table straight into the
 * notice file. Only text, number and blank cells are covered, and rows without style, outline or hidden flag.
 *
 * <p>NOTE: this copies POI's output rather than calling it, so a new POI version that writes cells
 * differently makes the notice differ from POI's until this class follows. {@code CellXmlWriterTest} and
 * {@code TableRowsTest} compare the two byte for byte.
 */
final class CellXml {

    /** Column letters made ahead: A to ZZ. */
    private static final String[] COLUMN_LETTERS = new String[26 * 27];
    /** Whole numbers below this print as digits and ".0" in {@link Double#toString}; larger ones in E form. */
    private static final double PLAIN_LIMIT = 1e7;
    /** The maximum length of the replacement of one char, as of "&quot;" and "&#xa0;". */
    private static final int MAX_ESCAPE_LENGTH = 6;
    /** The height of a row without a height of its own, as SXSSF's row stores it. */
    static final short NO_HEIGHT = -1;

    static {
        for (int i = 0; i < COLUMN_LETTERS.length; i++) {
            COLUMN_LETTERS[i] = CellReference.convertNumToColString(i);
        }
    }

    /** The XML appended, in {@code chars[0]} to {@code chars[length - 1]}. */
    private char[] chars = new char[256];
    private int length;
    private String[] styleAttributes = new String[64];
    private String rowNumber = "";

    char[] chars() {
        return chars;
    }

    /** Returns the number of chars of XML appended since the last {@link #clear}. */
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
    char[] exchange(char[] next) {
        char[] full = chars;
        chars = next;
        length = 0;
        return full;
    }

    /** Sets the 0-based row that the cells appended next belong to, without appending its start tag. */
    void setRow(int rowIndex) {
        rowNumber = Integer.toString(rowIndex + 1);
    }

    /**
     * Appends the start tag of a row and sets it as the row of the cells appended next.
     *
     * @param rowIndex the 0-based row
     * @param height the height in twentieths of a point, as {@link #heightOf} gives it, or {@link #NO_HEIGHT}
     */
    void startRow(int rowIndex, short height) {
        setRow(rowIndex);
        append("<row r=\"");
        append(rowNumber);
        if (height != NO_HEIGHT) {
            // SXSSFRow.getHeightInPoints divides the stored twentieths as a double and casts to float.
            append("\" customHeight=\"1\" ht=\"");
            append(Float.toString((float) (height / 20.0)));
        }
        append("\">\n");
    }

    void endRow() {
        append("</row>\n");
    }

    /** Returns a height in points as SXSSF's row stores it: in twentieths of a point, cut to a short. */
    static short heightOf(float points) {
        return (short) (points * 20);
    }

    /**
     * Appends a text cell.
     *
     * @param style the index of the cell's style, 0 for the default
     */
    void text(int columnIndex, int style, String text) {
        start(columnIndex, style);
        append(" t=\"inlineStr\"><is><t");
        if (!text.isEmpty() && (Character.isWhitespace(text.charAt(0))
                || Character.isWhitespace(text.charAt(text.length() - 1)))) {
            append(" xml:space=\"preserve\"");
        }
        append(">");
        appendEscaped(text);
        append("</t></is></c>");
    }

    /**
     * Appends a number cell. An infinite number becomes the error #DIV/0! and NaN the error #NUM!, as POI's
     * {@code setCellValue(double)} makes them.
     */
    void number(int columnIndex, int style, double value) {
        start(columnIndex, style);
        if (Double.isInfinite(value) || Double.isNaN(value)) {
            append(" t=\"e\"><v>");
            append(Double.isNaN(value) ? "#NUM!" : "#DIV/0!");
            append("</v></c>");
            return;
        }
        append(" t=\"n\"><v>");
        appendNumber(value);
        append("</v></c>");
    }

    /** Appends a cell that has a style but no value. */
    void blank(int columnIndex, int style) {
        start(columnIndex, style);
        append("></c>");
    }

    private void start(int columnIndex, int style) {
        append("<c r=\"");
        append(columnIndex < COLUMN_LETTERS.length ? COLUMN_LETTERS[columnIndex]
                : CellReference.convertNumToColString(columnIndex));
        append(rowNumber);
        append("\"");
        if (style != 0) {
            append(styleAttribute(style));
        }
    }

    /** Returns the attribute {@code s="12"} for a style index from 1 to 65535, made once for each index. */
    private String styleAttribute(int style) {
        if (style >= styleAttributes.length) {
            styleAttributes = Arrays.copyOf(styleAttributes, Math.max(style + 1, 2 * styleAttributes.length));
        }
        if (styleAttributes[style] == null) {
            styleAttributes[style] = " s=\"" + style + "\"";
        }
        return styleAttributes[style];
    }

    /**
     * Escapes as POI does: the marks {@code < > & "}, and line breaks, tabs and the no-break space as
     * character references. Other control characters and U+FFFE, U+FFFF, which XML cannot carry, become "?".
     * Surrogates pass through as they are, paired or not, as POI's code point loop leaves them.
     */
    private void appendEscaped(String text) {
        reserve(MAX_ESCAPE_LENGTH * text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> put("&lt;");
                case '>' -> put("&gt;");
                case '&' -> put("&amp;");
                case '"' -> put("&quot;");
                case '\n' -> put("&#xa;");
                case '\r' -> put("&#xd;");
                case '\t' -> put("&#x9;");
                case '\u00A0' -> put("&#xa0;");
                default -> chars[length++] = c < ' ' || c >= '\uFFFE' ? '?' : c;
            }
        }
    }

    /** Appends the number as {@link Double#toString} shows it. */
    private void appendNumber(double value) {
        boolean negativeZero = value == 0 && Double.doubleToRawLongBits(value) != 0;
        if (value == Math.rint(value) && Math.abs(value) < PLAIN_LIMIT && !negativeZero) {
            append(Long.toString((long) value));
            append(".0");
        } else {
            append(Double.toString(value));
        }
    }

    private void append(String text) {
        reserve(text.length());
        put(text);
    }

    /** Copies text into the buffer, which {@link #reserve} has made room for. */
    private void put(String text) {
        text.getChars(0, text.length(), chars, length);
        length += text.length();
    }

    private void reserve(int more) {
        if (length + more > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(length + more, 2 * chars.length));
        }
    }
}
