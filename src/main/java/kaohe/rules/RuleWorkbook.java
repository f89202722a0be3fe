package kaohe.rules;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kaohe.ledger.LedgerException;
import kaohe.ledger.Location;
import kaohe.ledger.RawCell;
import kaohe.ledger.RawRow;
import kaohe.ledger.RowSink;
import kaohe.ledger.SheetInfo;
import kaohe.ledger.WorkbookSource;

/**
 * Reads rules tables from a workbook: a sheet named after a table (单位, 渠道, 批示, 考核序列, 设置) contains it,
 * its first non-blank row being the header. Other sheets are ignored.
 */
public final class RuleWorkbook {

    private RuleWorkbook() {
    }

    /** Reads the tables a rules workbook supplies; tables without a sheet are absent from the map. */
    public static Map<RulesLoader.TableName, RuleTable> read(WorkbookSource source, Path file)
            throws LedgerException {
        Map<RulesLoader.TableName, RuleTable> tables = new EnumMap<>(RulesLoader.TableName.class);
        source.read(file, new RowSink() {
            private RulesLoader.TableName table;
            private String sheet;
            private Map<Integer, String> header;
            private List<RuleTable.Row> rows;

            @Override
            public boolean startSheet(SheetInfo info) {
                table = tableNamed(info.sheet());
                sheet = info.sheet();
                header = null;
                rows = new ArrayList<>();
                return table != null && !tables.containsKey(table);
            }

            @Override
            public void row(RawRow row) {
                if (header == null) {
                    header = new LinkedHashMap<>();
                    row.cells().forEach(cell -> header.put(cell.columnIndex(), Names.compact(cell.text())));
                    return;
                }
                Map<String, String> values = new LinkedHashMap<>();
                header.values().forEach(name -> values.put(name, ""));
                for (RawCell cell : row.cells()) {
                    if (header.containsKey(cell.columnIndex())) {
                        values.put(header.get(cell.columnIndex()), cell.text());
                    }
                }
                rows.add(new RuleTable.Row(Location.row(info(), sheet, row.rowNumber()), values));
            }

            @Override
            public void endSheet() {
                tables.put(table, new RuleTable(info() + " " + sheet, List.copyOf(rows)));
            }

            private String info() {
                return file.getFileName().toString();
            }
        });
        if (tables.isEmpty()) {
            throw new RulesException(file.getFileName() + "：没有规则表，工作表应命名为 单位、渠道、批示、考核序列 或 设置");
        }
        return tables;
    }

    private static RulesLoader.TableName tableNamed(String sheetName) {
        String key = Names.compact(sheetName);
        for (RulesLoader.TableName name : RulesLoader.TableName.values()) {
            if (name.sheetName.equals(key) || name.fileName.replace(".csv", "").equals(key)) {
                return name;
            }
        }
        return null;
    }
}
