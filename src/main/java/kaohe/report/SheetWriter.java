package kaohe.report;

import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import kaohe.notice.PageLayout;
import kaohe.scoring.Figures;

/**
 * Writes the rows of one report sheet from the top down: the title block, tables of styled cells, and the
 * A4 print setup. Row and column indexes are 0-based, as in POI.
 */
final class SheetWriter {

    private static final short TITLE_HEIGHT_POINTS = 30;
    /** The height of one line of 10-point text, with the spacing Excel and LibreOffice add. */
    private static final float LINE_HEIGHT_POINTS = 14f;
    /** Punctuation below the CJK blocks that CJK fonts draw full width. */
    private static final String WIDE_PUNCTUATION = "“”‘’…—•·";

    final XSSFSheet sheet;
    final ReportStyles styles;
    private int nextRow;

    SheetWriter(XSSFSheet sheet, ReportStyles styles) {
        this.sheet = sheet;
        this.styles = styles;
    }

    /** The index of the row the next call writes. */
    int nextRow() {
        return nextRow;
    }

    /** Writes the title across {@code columns} columns, then one note a row. */
    void titleBlock(String title, int columns, List<String> notes) {
        Row row = newRow();
        row.setHeightInPoints(TITLE_HEIGHT_POINTS);
        cell(row, 0, styles.title).setCellValue(title);
        merge(row.getRowNum(), 0, columns - 1);
        notes.forEach(this::note);
    }

    /** Writes a line of plain text in the first column, spilling over the empty cells to its right. */
    void note(String text) {
        cell(newRow(), 0, styles.note).setCellValue(text);
    }

    /** Writes a bold line of text across {@code columns} columns. */
    void section(String text, int columns) {
        Row row = newRow();
        cell(row, 0, styles.section).setCellValue(text);
        merge(row.getRowNum(), 0, columns - 1);
    }

    /** Writes a header row and returns its index. */
    int header(List<String> names) {
        Row row = newRow();
        for (int column = 0; column < names.size(); column++) {
            cell(row, column, styles.header).setCellValue(names.get(column));
        }
        return row.getRowNum();
    }

    void blankRow() {
        newRow();
    }

    Row newRow() {
        return sheet.createRow(nextRow++);
    }

    Cell cell(Row row, int column, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        return cell;
    }

    void text(Row row, int column, String value) {
        cell(row, column, styles.text).setCellValue(value);
    }

    void centered(Row row, int column, String value) {
        cell(row, column, styles.centered).setCellValue(value);
    }

    void number(Row row, int column, long value) {
        cell(row, column, styles.points).setCellValue(value);
    }

    void points(Row row, int column, BigDecimal value) {
        cell(row, column, styles.points).setCellValue(value.doubleValue());
    }

    /** Writes a rate as its rounded percentage, so the cell's value is what it shows: 0.571 for 57.1%. */
    void percent(Row row, int column, BigDecimal rate) {
        cell(row, column, styles.percent).setCellValue(Figures.fraction(rate).doubleValue());
    }

    /** Writes text that wraps within its column; call {@link #fitHeight} once the row is complete. */
    void wrapped(Row row, int column, String value) {
        cell(row, column, styles.wrappedText).setCellValue(value);
    }

    /**
     * Makes the row tall enough for its wrapped text. Neither POI nor LibreOffice's PDF export sizes such
     * rows, so the lines are estimated from the text's width: two units for a CJK, full-width or curly-quote
     * character and one for any other, against the column's width in characters. Call it after setting the widths.
     */
    void fitHeight(Row row) {
        // NOTE: an estimate; a cell of many narrow Latin letters may get a line more than it needs.
        int lines = 1;
        for (Cell cell : row) {
            if (cell.getCellStyle().getWrapText() && cell.getCellType() == CellType.STRING) {
                int columnCharacters = Math.max(1, sheet.getColumnWidth(cell.getColumnIndex()) / 256 - 2);
                int width = displayWidth(cell.getStringCellValue());
                lines = Math.max(lines, (width + columnCharacters - 1) / columnCharacters);
            }
        }
        if (lines > 1) {
            row.setHeightInPoints(lines * LINE_HEIGHT_POINTS);
        }
    }

    private static int displayWidth(String text) {
        return text.codePoints().map(c -> c >= 0x2E80 || WIDE_PUNCTUATION.indexOf(c) >= 0 ? 2 : 1).sum();
    }

    /** Writes an empty bordered cell, so a table keeps its grid where a value is missing. */
    void empty(Row row, int column) {
        cell(row, column, styles.text);
    }

    void merge(int rowIndex, int firstColumn, int lastColumn) {
        if (lastColumn > firstColumn) {
            sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, firstColumn, lastColumn));
        }
    }

    /** Sets each column's width, in characters of the default font; a CJK character takes two. */
    void widths(int... characters) {
        for (int column = 0; column < characters.length; column++) {
            sheet.setColumnWidth(column, characters[column] * 256);
        }
    }

    /**
     * Sets up printing on A4, one page wide, with the rows from the top through {@code lastHeaderRow} repeated
     * on every page, panes frozen below them and right of {@code frozenColumns}, and page numbers below.
     */
    void printSetup(boolean landscape, int lastHeaderRow, int frozenColumns) {
        PageLayout.a4(sheet, landscape);
        sheet.setRepeatingRows(new CellRangeAddress(0, lastHeaderRow, -1, -1));
        sheet.createFreezePane(frozenColumns, lastHeaderRow + 1);
    }
}
