package kaohe.notice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import kaohe.scoring.Figures;

/**
 * One sheet of the notice laid out as a table for A4: a title row, a header row repeated on every printed
 * page and frozen on screen, then data rows with thin borders.
 *
 * <p>Rows are written top to bottom only, so the sheet may belong to a streaming workbook. Every row must
 * be measured, with {@link #measure} or beforehand in a {@link TableMeasure}, before the first one is written,
 * because the column widths decide how many lines a wrapped cell needs.
 */
final class TableSheet {

    /** The 0-based index of the title row. */
    static final int TITLE_ROW = 0;
    /** The 0-based index of the header row. */
    static final int HEADER_ROW = 1;

    private static final float LINE_POINTS = 14f;
    /** The end of a text cut to fit a cell. */
    static final String CUT_NOTE = "……（以下超出单元格 32767 字的上限，从略，详见台账）";

    private final Sheet sheet;
    /** Whether the workbook counts dates from 1904, for {@link #appendRow}, which writes around SXSSF. */
    private final boolean date1904;
    private final Styles styles;
    private final List<Column> columns;
    /** The rows measured so far, whose widths are the columns' when the sheet is started. */
    private final TableMeasure measured;
    private final int[] widths;
    /** The styles of unmarked cells, two a column: whole points or text first, points with decimals second. */
    private final CellStyle[] plainStyles;
    /** The style indexes of {@link #plainStyles} that {@link #createPlainStyles} made, and -1 for the others. */
    private final int[] plainStyleIndexes;
    private int nextRow;

    TableSheet(Workbook workbook, Styles styles, String name, List<Column> columns) {
        this(workbook, styles, name, new TableMeasure(columns));
    }

    /** Creates the sheet of a table whose rows {@code measured} has measured, or goes on measuring. */
    private TableSheet(Workbook workbook, Styles styles, String name, TableMeasure measured) {
        this.sheet = sheetNamed(workbook, name);
        this.date1904 = workbook instanceof SXSSFWorkbook streaming && streaming.getXSSFWorkbook().isDate1904();
        this.styles = styles;
        this.columns = measured.columns();
        this.measured = measured;
        this.widths = new int[columns.size()];
        this.plainStyles = new CellStyle[2 * columns.size()];
        this.plainStyleIndexes = new int[plainStyles.length];
        Arrays.fill(plainStyleIndexes, -1);
    }

    /**
     * Writes a plain table sheet in one go: measures the rows, writes the title, header and rows, adds
     * {@code emptyNote} below the header when there are no rows, and sets the print layout.
     *
     * @param rows makes the rows afresh on each call, because they are gone through twice
     */
    static TableSheet write(Workbook workbook, Styles styles, String name, List<Column> columns, String title,
                            Supplier<Stream<List<Object>>> rows, String emptyNote, boolean landscape) {
        return write(workbook, styles, name, TableMeasure.of(columns, rows.get()), title, rows, emptyNote, landscape);
    }

    /**
     * Writes a plain table sheet as {@link #write(Workbook, Styles, String, List, String, Supplier, String,
     * boolean)} does, with its rows measured beforehand.
     *
     * @param measured the measure of every row that {@code rows} makes
     */
    static TableSheet write(Workbook workbook, Styles styles, String name, TableMeasure measured, String title,
                            Supplier<Stream<List<Object>>> rows, String emptyNote, boolean landscape) {
        TableSheet table = new TableSheet(workbook, styles, name, measured);
        int count = measured.rows();
        table.start(title);
        if (count > 0 && workbook instanceof NoticeWorkbook notice && notice.writesRowsDirectly()) {
            table.createPlainStyles();
            notice.writeRowsDirectly(table.sheet, new TableRows(table, rows, table.nextRow, count,
                    table.columns.size()));
            table.nextRow += count;
        } else {
            rows.get().forEach(table::row);
        }
        if (table.nextRow() == HEADER_ROW + 1) {
            table.note(emptyNote);
        }
        table.finish(landscape);
        return table;
    }

    Sheet sheet() {
        return sheet;
    }

    /** Returns the sheet of that name, which the notice workbook makes beforehand, or else a new sheet. */
    static Sheet sheetNamed(Workbook workbook, String name) {
        Sheet existing = workbook.getSheet(name);
        return existing != null ? existing : workbook.createSheet(name);
    }

    /** Returns the 0-based index of the next row to be written. */
    int nextRow() {
        return nextRow;
    }

    /** Widens the columns to fit a row's values, as {@link TableMeasure#add} does; before {@link #start} only. */
    void measure(List<?> values) {
        measured.add(values);
    }

    /**
     * Makes the plain styles of the rows measured, in the order of their first use, and stores their indexes
     * for {@link #appendRow}. The styles of a workbook are numbered in the order they are made, so this keeps
     * the notice the same as writing the rows through POI, which makes each style at its first cell.
     */
    void createPlainStyles() {
        for (int slot : measured.plainStylesUsed()) {
            plainStyleIndexes[slot] = plainStyle(slot / 2, slot % 2 == 1).getIndex() & 0xffff;
        }
    }

    /** Writes the title row and the header row and sets the column widths measured so far. */
    void start(String title) {
        for (int i = 0; i < widths.length; i++) {
            widths[i] = measured.width(i);
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        Row titleRow = sheet.createRow(TITLE_ROW);
        titleRow.setHeightInPoints(30);
        Cell cell = titleRow.createCell(0);
        cell.setCellValue(title);
        cell.setCellStyle(styles.title());
        if (widths.length > 1) {
            sheet.addMergedRegion(new CellRangeAddress(TITLE_ROW, TITLE_ROW, 0, widths.length - 1));
        }
        Row header = sheet.createRow(HEADER_ROW);
        header.setHeightInPoints(LINE_POINTS * maxLines(columns.stream().map(Column::header).toList()) + 6);
        for (int i = 0; i < widths.length; i++) {
            Cell headerCell = header.createCell(i);
            headerCell.setCellValue(columns.get(i).header());
            headerCell.setCellStyle(styles.header());
        }
        nextRow = HEADER_ROW + 1;
    }

    /** Writes a data row; {@code bold} marks the whole row, {@code flagged} the columns given. */
    void row(List<?> values, boolean bold, List<Integer> flagged) {
        Row row = sheet.createRow(nextRow++);
        for (int i = 0; i < widths.length; i++) {
            write(row.createCell(i), values.get(i), i, bold, flagged.contains(i));
        }
        int lines = maxLines(values);
        if (lines > 1) {
            row.setHeightInPoints(LINE_POINTS * lines + 4);
        }
    }

    void row(List<?> values) {
        row(values, false, List.of());
    }

    /** Writes a heading row merged across the table, such as "A类单位（年度目标分60分，共11个单位）". */
    void band(String text) {
        Row row = sheet.createRow(nextRow);
        row.setHeightInPoints(22);
        for (int i = 0; i < widths.length; i++) {
            row.createCell(i).setCellStyle(styles.band());
        }
        row.getCell(0).setCellValue(text);
        if (widths.length > 1) {
            sheet.addMergedRegion(new CellRangeAddress(nextRow, nextRow, 0, widths.length - 1));
        }
        nextRow++;
    }

    /** Writes a line of text without borders below the table. */
    void note(String text) {
        Cell cell = sheet.createRow(nextRow++).createCell(0);
        cell.setCellValue(text);
        cell.setCellStyle(styles.note());
    }

    /** Starts a new printed page at the next row. */
    void pageBreak() {
        sheet.setRowBreak(nextRow - 1);
    }

    /** Sets A4 printing: one page wide, header rows repeated, page numbers in the footer, headers frozen. */
    void finish(boolean landscape) {
        Layout.print(sheet, landscape, true);
        sheet.createFreezePane(0, HEADER_ROW + 1);
    }

    private int maxLines(List<?> values) {
        int lines = 1;
        for (int i = 0; i < widths.length; i++) {
            Object value = values.get(i);
            if (value instanceof String text && columns.get(i).kind() == CellKind.WRAPPED) {
                lines = Math.max(lines, TextWidth.lines(fitted(text), widths[i]));
            }
        }
        return lines;
    }

    private void write(Cell cell, Object value, int column, boolean bold, boolean flagged) {
        boolean decimals = TableMeasure.hasDecimals(value);
        cell.setCellStyle(bold || flagged ? styles.cell(columns.get(column).kind(), decimals, bold, flagged)
                : plainStyle(column, decimals));
        if (value instanceof String text) {
            // setCellValue(String) always makes a text cell, so "=SUM(A1)" stays text, never a formula.
            cell.setCellValue(fitted(text));
        } else if (value instanceof BigDecimal number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof Integer count) {
            // A place or a count; both are whole numbers.
            cell.setCellValue(count);
        } else if (value instanceof LocalDate date) {
            cell.setCellValue(date);
        } else if (value != null) {
            throw new IllegalArgumentException("no cell type for " + value.getClass());
        }
    }

    /**
     * Appends a data row as {@link #row(List)} would write it, to be written around SXSSF. The plain styles
     * must have been made with {@link #createPlainStyles}. Only reads this table, so another thread may call it
     * once the rows are measured and the styles made.
     *
     * @param rowIndex the 0-based row
     */
    void appendRow(CellXml xml, int rowIndex, List<?> values) {
        int lines = maxLines(values);
        xml.startRow(rowIndex, lines > 1 ? CellXml.heightOf(LINE_POINTS * lines + 4) : CellXml.NO_HEIGHT);
        for (int i = 0; i < widths.length; i++) {
            Object value = values.get(i);
            // Only points depend on decimals, because Styles gives other kinds the same style either way.
            boolean decimals = columns.get(i).kind() == CellKind.POINTS && TableMeasure.hasDecimals(value);
            int style = plainStyleIndexes[2 * i + (decimals ? 1 : 0)];
            if (style < 0) {
                throw new IllegalStateException("row " + (rowIndex + 1) + " differs from the rows measured");
            }
            appendCell(xml, i, style, value);
        }
        xml.endRow();
    }

    /** Appends a cell of the type that {@link #write(Cell, Object, int, boolean, boolean)} gives the value. */
    private void appendCell(CellXml xml, int column, int style, Object value) {
        if (value instanceof String text) {
            xml.text(column, style, fitted(text));
        } else if (value instanceof BigDecimal number) {
            xml.number(column, style, number.doubleValue());
        } else if (value instanceof Integer count) {
            xml.number(column, style, count);
        } else if (value instanceof LocalDate date) {
            xml.number(column, style, DateUtil.getExcelDate(date.atStartOfDay(), date1904));
        } else if (value == null) {
            xml.blank(column, style);
        } else {
            throw new IllegalArgumentException("no cell type for " + value.getClass());
        }
    }

    /**
     * Returns the text as a cell shows it: whole when it fits the {@value TextSheet#MAX_CELL_CHARS} characters
     * a cell takes, else cut after the last "；" or "、" that leaves room for {@link #CUT_NOTE}, which ends it.
     * An article's joined sentences, source rows or remarks can pass that limit where its rows are many.
     */
    static String fitted(String text) {
        if (text.length() <= TextSheet.MAX_CELL_CHARS) {
            return text;
        }
        return text.substring(0, TextSheet.cutPoint(text, 0, TextSheet.MAX_CELL_CHARS - CUT_NOTE.length()))
                + CUT_NOTE;
    }

    /** Returns the style of an unmarked cell of the column, kept so that a long table looks it up once. */
    private CellStyle plainStyle(int column, boolean decimals) {
        int slot = 2 * column + (decimals ? 1 : 0);
        if (plainStyles[slot] == null) {
            plainStyles[slot] = styles.cell(columns.get(column).kind(), decimals);
        }
        return plainStyles[slot];
    }

    /** Returns the range an auto-filter covers: the header row and the data rows below it, if any. */
    static CellRangeAddress filterRange(int headerRow, int lastRow, int columnCount) {
        return new CellRangeAddress(headerRow, Math.max(headerRow, lastRow), 0, columnCount - 1);
    }

    /** Returns the text a value shows in its cell, for measuring. */
    static String display(Object value, CellKind kind) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal number) {
            return kind == CellKind.PERCENT ? Figures.percentText(number) : Figures.points(number);
        }
        return value.toString();
    }

    /** Print settings shared by every sheet of the notice. */
    static final class Layout {

        private Layout() {
        }

        /**
         * Lays the sheet out for A4 as {@link PageLayout#a4} does and, when {@code repeatHeader}, repeats the
         * title and header rows on every page.
         */
        static void print(Sheet sheet, boolean landscape, boolean repeatHeader) {
            PageLayout.a4(sheet, landscape);
            if (repeatHeader) {
                sheet.setRepeatingRows(new CellRangeAddress(TITLE_ROW, HEADER_ROW, -1, -1));
            }
        }
    }
}
