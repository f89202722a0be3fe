package kaohe.importing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import kaohe.intake.LedgerSheet;
import kaohe.intake.MappedRow;
import kaohe.intake.SheetTable;
import kaohe.ledger.LedgerException;
import kaohe.ledger.RawCell;
import kaohe.ledger.RawRow;
import kaohe.rules.Names;

/**
 * Finds a source's header and the ledger sheet its rows go into, by the ledger's header names and the
 * clerk's --map renames.
 *
 * <p>Without --sheet, a workbook sheet named like a ledger sheet (录用, 录用台账) goes into that sheet. Any
 * other table goes into the ledger sheet whose required columns all map. When several do (an adoption list
 * also has the 单位 and 信息标题 that 报送 requires), the one that maps the most columns wins, and a tie is
 * an error asking for --sheet.
 */
final class TableMatcher {

    /** The columns a rejects file adds, which a re-import of that file skips without reporting them. */
    static final Set<String> REJECTS_COLUMNS = Set.of(RejectedRows.REASON_HEADER, RejectedRows.SOURCE_HEADER);

    private final Map<String, String> renames;

    /** @param renames ledger header names by {@link LedgerSheet#headerKey} of the source header, from --map */
    TableMatcher(Map<String, String> renames) {
        this.renames = renames;
    }

    /**
     * Chooses the table of one source file and its ledger sheet.
     *
     * @param requested the sheet given with --sheet, or null to choose by the headers
     * @throws UsageException when no table fits, or several sheets fit equally well
     */
    SourceTable match(String fileName, List<SourceSheet> sheets, LedgerSheet requested) throws LedgerException {
        if (sheets.isEmpty()) {
            throw new LedgerException(fileName + "：没有可见的工作表");
        }
        if (requested != null) {
            return matchRequested(sheets, requested);
        }
        for (SourceSheet source : sheets) {
            LedgerSheet named = source.info().sheet() == null ? null : LedgerSheet.byName(source.info().sheet());
            SheetTable table = named == null ? null : header(source, named);
            if (table != null) {
                return table(source, named, table);
            }
            LedgerSheet best = bestSheet(source);
            if (best != null) {
                return table(source, best, header(source, best));
            }
        }
        throw new UsageException(fileName + "：前 " + SheetTable.HEADER_SEARCH_ROWS + " 行中找不到可识别的表头。"
                + requiredColumns() + "。表头名称不同时用 --map 源列名=台账列名 对应，"
                + "或用 --sheet 指定工作表以查看缺少哪些列");
    }

    private SourceTable matchRequested(List<SourceSheet> sheets, LedgerSheet requested) throws LedgerException {
        List<SourceSheet> ordered = new ArrayList<>();
        sheets.stream().filter(sheet -> isNamed(sheet, requested)).forEach(ordered::add);
        sheets.stream().filter(sheet -> !isNamed(sheet, requested)).forEach(ordered::add);
        for (SourceSheet source : ordered) {
            SheetTable table = header(source, requested);
            if (table != null) {
                return table(source, requested, table);
            }
        }
        throw new UsageException(missingHeader(ordered.get(0), requested)
                + "。表头名称不同时用 --map 源列名=" + requested.requiredHeaders().get(0) + " 这样的形式对应");
    }

    private static boolean isNamed(SourceSheet source, LedgerSheet sheet) {
        return source.info().sheet() != null && LedgerSheet.byName(source.info().sheet()) == sheet;
    }

    /** Returns the sheet that maps the most columns among those whose required columns all map, or null. */
    private LedgerSheet bestSheet(SourceSheet source) throws UsageException {
        List<LedgerSheet> best = new ArrayList<>();
        int bestFields = 0;
        for (LedgerSheet sheet : LedgerSheet.values()) {
            SheetTable table = header(source, sheet);
            if (table == null) {
                continue;
            }
            int fields = new HashSet<>(table.fieldByColumn().values()).size();
            if (fields > bestFields) {
                best.clear();
                bestFields = fields;
            }
            if (fields == bestFields) {
                best.add(sheet);
            }
        }
        if (best.size() > 1) {
            throw new UsageException(source.describe() + "：表头同时符合工作表 "
                    + best.stream().map(LedgerSheet::sheetName).collect(Collectors.joining("、"))
                    + "，无法确定导入到哪一个，请用 --sheet 指定，如 --sheet " + best.get(0).sheetName());
        }
        return best.isEmpty() ? null : best.get(0);
    }

    /** Reads rows up to the header; returns the table with its header found, or null when there is none. */
    private SheetTable header(SourceSheet source, LedgerSheet sheet) {
        SheetTable table = new SheetTable(sheet, source.info(), renames);
        for (RawRow row : source.rows()) {
            try {
                table.accept(row);
            } catch (SheetTable.HeaderException e) {
                return null;
            }
            if (table.hasHeader()) {
                return table;
            }
        }
        return null;
    }

    private String missingHeader(SourceSheet source, LedgerSheet sheet) {
        SheetTable table = new SheetTable(sheet, source.info(), renames);
        try {
            for (RawRow row : source.rows()) {
                table.accept(row);
            }
        } catch (SheetTable.HeaderException e) {
            return e.getMessage();
        }
        return table.missingHeader().getMessage();
    }

    /** Maps the rows after the header of a table whose header {@code table} has found. */
    private SourceTable table(SourceSheet source, LedgerSheet sheet, SheetTable table) throws UsageException {
        RawRow header = source.row(table.headerRowNumber());
        checkRenames(source, sheet, table, header);
        List<SourceTable.Row> rows = new ArrayList<>();
        for (RawRow row : source.rows()) {
            if (row.rowNumber() > table.headerRowNumber()) {
                MappedRow mapped = accept(table, row);
                if (mapped != null) {
                    rows.add(new SourceTable.Row(row, mapped));
                }
            }
        }
        List<String> unmapped = new ArrayList<>();
        for (RawCell cell : header.cells()) {
            String text = Names.clean(cell.text());
            if (!table.fieldByColumn().containsKey(cell.columnIndex()) && !REJECTS_COLUMNS.contains(text)) {
                unmapped.add(text);
            }
        }
        return new SourceTable(source, sheet, header, table.fieldByColumn(), rows, unmapped);
    }

    private static MappedRow accept(SheetTable table, RawRow row) {
        try {
            return table.accept(row);
        } catch (SheetTable.HeaderException e) {
            throw new IllegalStateException("a table whose header is found raised a header error", e);
        }
    }

    /** Rejects a --map rename of a header in this table whose ledger header is not a column of the sheet. */
    private void checkRenames(SourceSheet source, LedgerSheet sheet, SheetTable table, RawRow header)
            throws UsageException {
        for (RawCell cell : header.cells()) {
            String target = renames.get(LedgerSheet.headerKey(cell.text()));
            if (target != null && table.columnFor(cell.text()) == null) {
                throw new UsageException("--map " + Names.clean(cell.text()) + "=" + target + "：“" + target
                        + "”不是工作表“" + sheet.sheetName() + "”的列（" + source.describe() + " 导入到该表），应为 "
                        + sheet.columns().stream().map(LedgerSheet.Column::canonicalHeader)
                                .collect(Collectors.joining("、")));
            }
        }
    }

    private static String requiredColumns() {
        List<String> parts = new ArrayList<>();
        for (LedgerSheet sheet : LedgerSheet.values()) {
            parts.add(sheet.sheetName() + " 需要 " + String.join("、", sheet.requiredHeaders()));
        }
        return String.join("；", parts);
    }
}
