package kaohe.importing;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import kaohe.intake.Field;
import kaohe.intake.LedgerSheet;
import kaohe.intake.MappedRow;
import kaohe.intake.RecordBuilder;
import kaohe.intake.SheetTable;
import kaohe.ledger.LedgerException;
import kaohe.ledger.RawRow;
import kaohe.ledger.RowSink;
import kaohe.ledger.SheetInfo;
import kaohe.ledger.WorkbookSource;
import kaohe.rules.Rules;

/**
 * The layout of an existing ledger, read once through the workbook reader before anything is added: where
 * each ledger sheet's header and last row are, and the keys of the rows already there.
 */
final class LedgerLayout {

    /**
     * One ledger sheet of the workbook.
     *
     * @param name the workbook's own name for the sheet, such as 录用台账
     * @param headerRowNumber the 1-based row of the header, or 0 for a sheet without any rows
     * @param columnByField the first 0-based column of each field the header names
     * @param lastRowNumber the 1-based number of the last non-blank row; new rows go below it
     */
    record SheetLayout(String name, int headerRowNumber, Map<Field, Integer> columnByField, int lastRowNumber) {
    }

    private final Map<LedgerSheet, SheetLayout> sheets;
    private final Set<String> keys;

    private LedgerLayout(Map<LedgerSheet, SheetLayout> sheets, Set<String> keys) {
        this.sheets = sheets;
        this.keys = keys;
    }

    /** Returns the layout of a ledger that does not exist yet: no sheets, no rows. */
    static LedgerLayout empty() {
        return new LedgerLayout(new EnumMap<>(LedgerSheet.class), new HashSet<>());
    }

    /**
     * Reads a ledger's layout and the keys of its rows; rows whose values the rules reject have no key.
     *
     * @throws LedgerException when the workbook cannot be read or a ledger sheet has no header
     */
    static LedgerLayout read(Path file, WorkbookSource source, Rules rules, YearMonth month)
            throws LedgerException {
        Reader reader = new Reader(rules, month);
        source.read(file, reader);
        if (reader.error != null) {
            throw new LedgerException(reader.error + "。请先改正台账的表头再导入");
        }
        return new LedgerLayout(reader.sheets, reader.keys);
    }

    /** Returns the sheet's layout, or null when the ledger has no such sheet. */
    SheetLayout sheet(LedgerSheet sheet) {
        return sheets.get(sheet);
    }

    /**
     * Records a key; returns false when the ledger, or a row added before, already has it.
     */
    boolean addKey(String key) {
        return keys.add(key);
    }

    /** Streams the ledger's sheets, finding each header and keying each data row. */
    private static final class Reader implements RowSink {
        private final Rules rules;
        private final YearMonth month;
        private final Map<LedgerSheet, SheetLayout> sheets = new EnumMap<>(LedgerSheet.class);
        private final Set<String> keys = new HashSet<>();
        private LedgerSheet sheet;
        private SheetInfo info;
        private SheetTable table;
        private RecordBuilder builder;
        private int lastRowNumber;
        private String error;

        Reader(Rules rules, YearMonth month) {
            this.rules = rules;
            this.month = month;
        }

        @Override
        public boolean startSheet(SheetInfo started) {
            sheet = LedgerSheet.byName(started.sheet());
            if (sheet == null || sheets.containsKey(sheet)) {
                sheet = null;
                return false;
            }
            info = started;
            table = new SheetTable(sheet, started, Map.of());
            builder = RecordBuilder.checking(rules, month, started.date1904());
            lastRowNumber = 0;
            return true;
        }

        @Override
        public void row(RawRow row) {
            if (table == null) {
                return;
            }
            lastRowNumber = row.rowNumber();
            try {
                MappedRow mapped = table.accept(row);
                if (mapped != null && !RecordBuilder.isTotalRow(mapped)) {
                    keys.add(LedgerRow.key(builder.record(sheet, mapped)));
                }
            } catch (SheetTable.HeaderException e) {
                error = error == null ? e.getMessage() : error;
                table = null;
            } catch (RecordBuilder.RowProblem e) {
                // A row that scoring would report as a problem matches no checked row, so it needs no key.
            }
        }

        @Override
        public void endSheet() {
            if (table != null && table.hasHeader()) {
                sheets.put(sheet, new SheetLayout(info.sheet(), table.headerRowNumber(), firstColumns(table),
                        lastRowNumber));
            } else if (table != null && lastRowNumber == 0) {
                sheets.put(sheet, new SheetLayout(info.sheet(), 0, Map.of(), 0));
            } else if (table != null && error == null) {
                error = table.missingHeader().getMessage();
            }
            table = null;
        }

        private static Map<Field, Integer> firstColumns(SheetTable table) {
            Map<Field, Integer> columns = new EnumMap<>(Field.class);
            new TreeMap<>(table.fieldByColumn()).forEach((column, field) -> columns.putIfAbsent(field, column));
            return columns;
        }
    }
}
