package kaohe.notice;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * Writes the XML of text, number and blank cells character for character as POI 5.5.1's
 * {@link SheetDataWriter} does for a workbook without a shared strings table, in one write per cell. Other
 * cell types are left to POI's writer.
 *
 * <p>POI's writer makes a {@code CellReference} per cell, writes each attribute in several calls to a
 * synchronized writer and goes through a string's code points twice. On the detail sheet of a million-row
 * ledger that took about half the Java time of writing the notice.
 *
 * <p>NOTE: this copies POI's output rather than calling it, so a new POI version that writes cells
 * differently makes the notice differ from POI's until this class follows. {@code CellXmlWriterTest}
 * compares the two byte for byte.
 */
final class CellXmlWriter extends SheetDataWriter {

    /** Column letters made ahead: A to ZZ. */
    private static final String[] COLUMN_LETTERS = new String[26 * 27];
    /** Whole numbers below this print as digits and ".0" in {@link Double#toString}; larger ones in E form. */
    private static final double PLAIN_LIMIT = 1e7;
    /** The maximum length of the replacement of one char, as of "&quot;" and "&#xa0;". */
    private static final int MAX_ESCAPE_LENGTH = 6;

    static {
        for (int i = 0; i < COLUMN_LETTERS.length; i++) {
            COLUMN_LETTERS[i] = CellReference.convertNumToColString(i);
        }
    }

    /** The XML of the cell being written, in {@code chars[0]} to {@code chars[length - 1]}. */
    private char[] chars = new char[256];
    private int length;
    private String[] styleAttributes = new String[64];
    private String rowNumber = "";

    /**
     * Creates a writer whose sheet file is written by a thread of its own once it contains more than
     * {@code threshold} chars of XML; see {@link SheetFileWriter}.
     */
    CellXmlWriter(long threshold) throws IOException {
        super();
        ((SheetFileWriter) _out).setThreshold(threshold);
    }

    /** Called by POI's constructor, before this class's fields are set. */
    @Override
    public Writer createWriter(File file) throws IOException {
        FileOutputStream stream = new FileOutputStream(file);
        try {
            return new SheetFileWriter(new OutputStreamWriter(decorateOutputStream(stream), StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            stream.close();
            throw e;
        }
    }

    @Override
    public void writeRow(int rownum, SXSSFRow row) throws IOException {
        rowNumber = Integer.toString(rownum + 1);
        super.writeRow(rownum, row);
    }

    @Override
    public void writeCell(int columnIndex, Cell cell) throws IOException {
        if (cell == null) {
            return;
        }
        CellType type = cell.getCellType();
        if (type != CellType.STRING && type != CellType.NUMERIC && type != CellType.BLANK) {
            super.writeCell(columnIndex, cell);
            return;
        }
        length = 0;
        append("<c r=\"");
        append(columnLetters(columnIndex));
        append(rowNumber);
        append("\"");
        int style = cell.getCellStyle().getIndex() & 0xffff;
        if (style != 0) {
            append(styleAttribute(style));
        }
        if (type == CellType.STRING) {
            appendText(cell.getStringCellValue());
        } else if (type == CellType.NUMERIC) {
            append(" t=\"n\"><v>");
            appendNumber(cell.getNumericCellValue());
            append("</v>");
        } else {
            append(">");
        }
        append("</c>");
        _out.write(chars, 0, length);
    }

    private static String columnLetters(int columnIndex) {
        return columnIndex < COLUMN_LETTERS.length ? COLUMN_LETTERS[columnIndex]
                : CellReference.convertNumToColString(columnIndex);
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

    private void appendText(String text) {
        append(" t=\"inlineStr\"><is><t");
        if (!text.isEmpty() && (Character.isWhitespace(text.charAt(0))
                || Character.isWhitespace(text.charAt(text.length() - 1)))) {
            append(" xml:space=\"preserve\"");
        }
        append(">");
        appendEscaped(text);
        append("</t></is>");
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
