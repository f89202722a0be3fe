package kaohe.notice;

import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The data rows of a table sheet that {@link XlsxSheet} writes as XML straight into the notice file when it
 * is saved. The rows are made afresh from their supplier then, one at a time, so they are never all in memory.
 */
final class TableRows {

    private final TableSheet table;
    private final String sheetName;
    private final Supplier<Stream<List<Object>>> rows;
    private final int firstRow;
    private final int count;
    private final int columnCount;

    /**
     * Creates the rows of {@code table}, measured and with their styles made.
     *
     * @param firstRow the 0-based row of the first data row
     * @param count the number of rows the supplier makes
     */
    TableRows(TableSheet table, Supplier<Stream<List<Object>>> rows, int firstRow, int count, int columnCount) {
        this.table = table;
        this.sheetName = table.sheet().name();
        this.rows = rows;
        this.firstRow = firstRow;
        this.count = count;
        this.columnCount = columnCount;
    }

    /** Returns the 0-based index of the first row. */
    int firstRow() {
        return firstRow;
    }

    /** Returns the 0-based index of the last row. */
    int lastRow() {
        return firstRow + count - 1;
    }

    /** Returns the 0-based index of the last column. */
    int lastColumn() {
        return columnCount - 1;
    }

    /**
     * Returns a source that appends the rows' XML one row a call, from the first row.
     *
     * @throws IllegalStateException from the source when the supplier makes another number of rows than measured
     */
    RowXmlWriter.RowSource source() {
        Iterator<List<Object>> values = rows.get().iterator();
        return new RowXmlWriter.RowSource() {
            private int next = firstRow;

            @Override
            public boolean appendNext(CellXml xml) {
                boolean more = values.hasNext();
                if (more != (next - firstRow < count)) {
                    throw new IllegalStateException("the rows of " + sheetName + " differ in number from the "
                            + count + " measured");
                }
                if (more) {
                    table.appendRow(xml, next++, values.next());
                }
                return more;
            }
        };
    }
}
