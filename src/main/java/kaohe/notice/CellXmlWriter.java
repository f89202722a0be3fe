package kaohe.notice;

import java.io.IOException;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * Writes the XML of text, number and blank cells character for character as POI 5.5's {@link SheetDataWriter}
 * does for a workbook without a shared strings table, in one write per cell. Other cell types are left to
 * POI's writer.
 *
 * <p>POI's writer makes a {@code CellReference} per cell, writes each attribute in several calls to a
 * synchronized writer and goes through a string's code points twice; on a detail sheet of a million rows
 * that was about half the time of writing the notice.
 */
final class CellXmlWriter extends SheetDataWriter {

    /** Column letters made ahead: A to ZZ. */
    private static final String[] COLUMN_LETTERS = new String[26 * 27];
    /** Whole numbers below this print as digits and ".0" in {@link Double#toString}; larger ones in E form. */
    private static final double PLAIN_LIMIT = 1e7;

    static {
        for (int i = 0; i < COLUMN_LETTERS.length; i++) {
            COLUMN_LETTERS[i] = CellReference.convertNumToColString(i);
        }
    }

    private final StringBuilder xml = new StringBuilder(256);
    private char[] chars = new char[256];
    private String rowNumber = "";

    CellXmlWriter() throws IOException {
        super();
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
        xml.setLength(0);
        xml.append("<c r=\"").append(columnLetters(columnIndex)).append(rowNumber).append('"');
        int style = cell.getCellStyle().getIndex() & 0xffff;
        if (style != 0) {
            xml.append(" s=\"").append(style).append('"');
        }
        if (type == CellType.STRING) {
            appendText(cell.getStringCellValue());
        } else if (type == CellType.NUMERIC) {
            xml.append(" t=\"n\"><v>");
            appendNumber(cell.getNumericCellValue());
            xml.append("</v>");
        } else {
            xml.append('>');
        }
        xml.append("</c>");
        flushCell();
    }

    /** Hands the cell to the writer in one call, from a buffer kept between cells. */
    private void flushCell() throws IOException {
        int length = xml.length();
        if (chars.length < length) {
            chars = new char[Math.max(length, chars.length * 2)];
        }
        xml.getChars(0, length, chars, 0);
        _out.write(chars, 0, length);
    }

    private static String columnLetters(int columnIndex) {
        return columnIndex < COLUMN_LETTERS.length ? COLUMN_LETTERS[columnIndex]
                : CellReference.convertNumToColString(columnIndex);
    }

    private void appendText(String text) {
        xml.append(" t=\"inlineStr\"><is><t");
        if (!text.isEmpty() && (Character.isWhitespace(text.charAt(0))
                || Character.isWhitespace(text.charAt(text.length() - 1)))) {
            xml.append(" xml:space=\"preserve\"");
        }
        xml.append('>');
        appendEscaped(text);
        xml.append("</t></is>");
    }

    /**
     * Escapes as POI does: the five marks below, and line breaks, tabs and the no-break space as character
     * references. Other control characters and U+FFFE, U+FFFF, which XML cannot carry, become "?". Surrogates
     * pass through as they are, paired or not, as POI's code point loop leaves them.
     */
    private void appendEscaped(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> xml.append("&lt;");
                case '>' -> xml.append("&gt;");
                case '&' -> xml.append("&amp;");
                case '"' -> xml.append("&quot;");
                case '\n' -> xml.append("&#xa;");
                case '\r' -> xml.append("&#xd;");
                case '\t' -> xml.append("&#x9;");
                case '\u00A0' -> xml.append("&#xa0;");
                default -> xml.append(c < ' ' || c >= '\uFFFE' ? '?' : c);
            }
        }
    }

    /** Appends the number as {@link Double#toString} shows it, without making a string for whole numbers. */
    private void appendNumber(double value) {
        boolean negativeZero = value == 0 && Double.doubleToRawLongBits(value) != 0;
        if (value == Math.rint(value) && Math.abs(value) < PLAIN_LIMIT && !negativeZero) {
            xml.append((long) value).append(".0");
        } else {
            xml.append(Double.toString(value));
        }
    }
}
