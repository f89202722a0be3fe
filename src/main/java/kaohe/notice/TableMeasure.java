package kaohe.notice;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import kaohe.scoring.Figures;

/**
 * The measuring pass over a table's rows: the column widths they need, which plain styles they use, in the
 * order of first use, and how many there are. It needs no workbook, so another thread may measure the rows of
 * a large table while the workbook is being made; {@link TableSheet} then takes the result.
 */
final class TableMeasure {

    private static final int MIN_WIDTH = 6;
    private static final int PADDING = 2;

    private final List<Column> columns;
    private final int[] widths;
    /** The slots of the plain styles the rows use, two a column as {@link TableSheet} numbers them. */
    private final List<Integer> plainStylesUsed = new ArrayList<>();
    private final boolean[] plainStyleNoted;
    private int rows;

    TableMeasure(List<Column> columns) {
        this.columns = List.copyOf(columns);
        this.widths = new int[columns.size()];
        this.plainStyleNoted = new boolean[2 * columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = Math.min(columns.get(i).maxWidth(), Math.max(MIN_WIDTH, TextWidth.of(columns.get(i).header())
                    + PADDING));
        }
    }

    /** Measures every row of {@code rows}. */
    static TableMeasure of(List<Column> columns, Stream<List<Object>> rows) {
        TableMeasure measure = new TableMeasure(columns);
        rows.forEach(measure::add);
        return measure;
    }

    /**
     * Widens the columns to fit a row's values, each up to its column's maximum. The values of a column
     * already at its maximum are not read, so a row may make them only when asked.
     */
    void add(List<?> values) {
        for (int i = 0; i < widths.length; i++) {
            int maxWidth = columns.get(i).maxWidth();
            boolean points = columns.get(i).kind() == CellKind.POINTS;
            if (widths[i] < maxWidth || points) {
                Object value = values.get(i);
                int width = TextWidth.of(TableSheet.display(value, columns.get(i).kind())) + PADDING;
                widths[i] = Math.max(widths[i], Math.min(width, maxWidth));
                notePlainStyle(i, points && hasDecimals(value));
            } else {
                notePlainStyle(i, false);
            }
        }
        rows++;
    }

    /**
     * Notes that a row uses the plain style of a column, so that the styles are made in the order of their first
     * use and only where used. Only points depend on {@code decimals}, so the values of other columns need not
     * be read for it.
     */
    private void notePlainStyle(int column, boolean decimals) {
        int slot = 2 * column + (decimals ? 1 : 0);
        if (!plainStyleNoted[slot]) {
            plainStyleNoted[slot] = true;
            plainStylesUsed.add(slot);
        }
    }

    List<Column> columns() {
        return columns;
    }

    /** Returns the width of a column in widths of the digit "0". */
    int width(int column) {
        return widths[column];
    }

    /** Returns the slots of the plain styles used, {@code 2 * column}, plus one for points with decimals. */
    List<Integer> plainStylesUsed() {
        return plainStylesUsed;
    }

    /** Returns the number of rows measured. */
    int rows() {
        return rows;
    }

    static boolean hasDecimals(Object value) {
        return value instanceof BigDecimal number && !Figures.isWhole(number);
    }
}
