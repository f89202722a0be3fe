package kaohe.notice;

import java.util.Arrays;
import java.util.List;

import kaohe.ledger.Location;
import kaohe.scoring.SetAside;

/**
 * The 未计分 sheet: every input row that added nothing, with its file, sheet, 1-based row, the cell at
 * fault where there is one, what was done with it and why.
 */
final class SetAsideSheet {

    static final String NAME = "未计分";

    private static final List<Column> COLUMNS = List.of(
            Column.text("文件", 24), Column.text("工作表", 12), Column.of("行", CellKind.COUNT),
            Column.of("单元格", CellKind.CENTERED), Column.of("处理", CellKind.CENTERED), Column.wrapped("原因", 80));

    private SetAsideSheet() {
    }

    /** Measures the rows of the sheet, for {@link #write}; reads {@code rows} only. */
    static TableMeasure measure(List<SetAside> rows) {
        return TableMeasure.of(COLUMNS, rows.stream().map(SetAsideSheet::values));
    }

    /** Writes the sheet, whose rows {@code measured} has measured, as {@link #measure} gives it. */
    static void write(XlsxBook book, Styles styles, String title, List<SetAside> rows, TableMeasure measured) {
        TableSheet table = TableSheet.write(book, styles, NAME, measured, title,
                () -> rows.stream().map(SetAsideSheet::values), "台账各行均已计分。", true);
        table.sheet().autoFilter(TableSheet.HEADER_ROW, table.nextRow() - 1, COLUMNS.size());
    }

    private static List<Object> values(SetAside row) {
        Location source = row.source();
        String cell = source.columnIndex() == Location.NO_COLUMN ? "" : source.cell();
        return Arrays.asList(source.file(), source.sheet() == null ? "" : source.sheet(), source.rowNumber(), cell,
                row.disposition().label(), row.reason());
    }
}
