package kaohe.notice;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import kaohe.scoring.Figures;

/**
 * One sheet of the notice laid out as a table for A4: a title row, a header row repeated on every printed
 * page and frozen on screen, then data rows with thin borders.
 *
 * <p>Rows are written top to bottom only. Every row must be measured, with {@link #measure} or beforehand in
 * a {@link TableMeasure}, before the first one is written, because the column widths decide how many lines a
 * wrapped cell needs.
 */
final class TableSheet {

    /** The 0-based index of the title row. */
    static final int TITLE_ROW = 0;
    /** The 0-based index of the header row. */
    static final int HEADER_ROW = 1;

    private static final float LINE_POINTS = 14f;
    /** The end of a text cut to fit a cell. */
    static final String CUT_NOTE = "……（以下超出单元格 32767 字的上限，从略，详见台账）";

    private final XlsxSheet sheet;
    private final Styles styles;
    private final List<Column> columns;
    /** The rows measured so far, whose widths are the columns' when the sheet is started. */
    private final TableMeasure measured;
    private final int[] widths;
    /**
     * The styles of unmarked cells, two a column: whole points or text first, points with decimals second;
     * -1 where not made yet. {@link #createPlainStyles} makes those of the rows measured.
     */
    private final int[] plainStyles;
    private int nextRow;

    TableSheet(XlsxBook book, Styles styles, String name, List<Column> columns) {
        this(book, styles, name, new TableMeasure(columns));
    }

    /** Creates the sheet of a table whose rows {@code measured} has measured, or goes on measuring. */
    private TableSheet(XlsxBook book, Styles styles, String name, TableMeasure measured) {
        this.sheet = book.addSheet(name);
        this.styles = styles;
        this.columns = measured.columns();
        this.measured = measured;
        this.widths = new int[columns.size()];
        this.plainStyles = new int[2 * columns.size()];
        Arrays.fill(plainStyles, -1);
    }

    /**
     * Writes a plain table sheet in one go: measures the rows, writes the title, header and rows, adds
     * {@code emptyNote} below the header when there are no rows, and sets the print layout.
     *
     * @param rows makes the rows afresh on each call, because they are gone through twice
     */
    static TableSheet write(XlsxBook book, Styles styles, String name, List<Column> columns, String title,
                            Supplier<Stream<List<Object>>> rows, String emptyNote, boolean landscape) {
        return write(book, styles, name, TableMeasure.of(columns, rows.get()), title, rows, emptyNote, landscape);
    }

    /**
     * Writes a plain table sheet as {@link #write(XlsxBook, Styles, String, List, String, Supplier, String,
     * boolean)} does, with its rows measured beforehand. The data rows are made again, one at a time, while
     * the file is written, so that a large table is never in memory as XML.
     *
     * @param measured the measure of every row that {@code rows} makes
     */
    static TableSheet write(XlsxBook book, Styles styles, String name, TableMeasure measured, String title,
                            Supplier<Stream<List<Object>>> rows, String emptyNote, boolean landscape) {
        TableSheet table = new TableSheet(book, styles, name, measured);
        int count = measured.rows();
        table.start(title);
        if (count > 0) {
            table.createPlainStyles();
            table.sheet.appendLater(new TableRows(table, rows, table.nextRow, count, table.columns.size()));
            table.nextRow += count;
        } else {
            table.note(emptyNote);
        }
        table.finish(landscape);
        return table;
    }

    XlsxSheet sheet() {
        return sheet;
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
     * Makes the plain styles of the rows measured, so that {@link #appendRow} may run on another thread, which
     * must not add styles to the workbook.
     */
    void createPlainStyles() {
        for (int slot : measured.plainStylesUsed()) {
            plainStyle(slot / 2, slot % 2 == 1);
        }
    }

    /** Writes the title row and the header row and sets the column widths measured so far. */
    void start(String title) {
        for (int i = 0; i < widths.length; i++) {
            widths[i] = measured.width(i);
            sheet.setColumnWidth(i, widths[i]);
        }
        sheet.startRow(TITLE_ROW, 30);
        sheet.cell(0, styles.title(), title);
        if (widths.length > 1) {
            sheet.mergeRow(TITLE_ROW, 0, widths.length - 1);
        }
        sheet.startRow(HEADER_ROW, LINE_POINTS * maxLines(columns.stream().map(Column::header).toList()) + 6);
        int header = styles.header();
        for (int i = 0; i < widths.length; i++) {
            sheet.cell(i, header, columns.get(i).header());
        }
        nextRow = HEADER_ROW + 1;
    }

    /** Writes a data row; {@code bold} marks the whole row, {@code flagged} the columns given. */
    void row(List<?> values, boolean bold, List<Integer> flagged) {
        sheet.startRow(nextRow++, dataRowPoints(values));
        for (int i = 0; i < widths.length; i++) {
            Object value = values.get(i);
            boolean decimals = TableMeasure.hasDecimals(value);
            int style = bold || flagged.contains(i) ? styles.cell(columns.get(i).kind(), decimals, bold,
                    flagged.contains(i)) : plainStyle(i, decimals);
            sheet.cell(i, style, fittedValue(value));
        }
    }

    /** Writes a heading row merged across the table, such as "A类单位（年度目标分60分，共11个单位）". */
    void band(String text) {
        sheet.startRow(nextRow, 22);
        int band = styles.band();
        sheet.cell(0, band, text);
        for (int i = 1; i < widths.length; i++) {
            sheet.cell(i, band, null);
        }
        if (widths.length > 1) {
            sheet.mergeRow(nextRow, 0, widths.length - 1);
        }
        nextRow++;
    }

    /** Writes a line of text without borders below the table. */
    void note(String text) {
        sheet.startRow(nextRow++, 0);
        sheet.cell(0, styles.note(), text);
    }

    /** Starts a new printed page at the next row. */
    void pageBreak() {
        sheet.breakAfter(nextRow - 1);
    }

    /** Sets A4 printing: one page wide, header rows repeated, page numbers in the footer, headers frozen. */
    void finish(boolean landscape) {
        sheet.printOnA4(landscape);
        sheet.repeatRows(TITLE_ROW, HEADER_ROW);
        sheet.freezeRows(HEADER_ROW + 1);
    }

    /** Returns the height of a data row in points: enough for its wrapped text, or 0 for one line. */
    private float dataRowPoints(List<?> values) {
        int lines = maxLines(values);
        return lines > 1 ? LINE_POINTS * lines + 4 : 0;
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

    /**
     * Appends a data row as {@link #row(List, boolean, List)} writes an unmarked one, for {@link TableRows}.
     * The plain styles must have been made with {@link #createPlainStyles}. Only reads this table, so another
     * thread may call it once the rows are measured and the styles made.
     *
     * @param rowIndex the 0-based row
     */
    void appendRow(CellXml xml, int rowIndex, List<?> values) {
        xml.startRow(rowIndex, dataRowPoints(values));
        for (int i = 0; i < widths.length; i++) {
            Object value = values.get(i);
            // Only points depend on decimals, because Styles gives other kinds the same style either way.
            boolean decimals = columns.get(i).kind() == CellKind.POINTS && TableMeasure.hasDecimals(value);
            int style = plainStyles[2 * i + (decimals ? 1 : 0)];
            if (style < 0) {
                throw new IllegalStateException("row " + (rowIndex + 1) + " differs from the rows measured");
            }
            xml.value(i, style, fittedValue(value));
        }
        xml.endRow();
    }

    /** Returns a value as its cell takes it: text {@link #fitted}, anything else as it is. */
    private static Object fittedValue(Object value) {
        return value instanceof String text ? fitted(text) : value;
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
    private int plainStyle(int column, boolean decimals) {
        int slot = 2 * column + (decimals ? 1 : 0);
        if (plainStyles[slot] < 0) {
            plainStyles[slot] = styles.cell(columns.get(column).kind(), decimals);
        }
        return plainStyles[slot];
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
}
