package kaohe.ledger;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A sink that keeps every sheet and row it receives, for assertions. */
class CollectingSink implements RowSink {

    final List<SheetInfo> sheets = new ArrayList<>();
    final Map<String, List<RawRow>> rowsBySheet = new LinkedHashMap<>();
    final List<String> events = new ArrayList<>();
    private String current;

    /** Reads the file with default options and returns what the sink received. */
    static CollectingSink read(Path file) throws LedgerException {
        return read(file, ReadOptions.defaults());
    }

    static CollectingSink read(Path file, ReadOptions options) throws LedgerException {
        CollectingSink sink = new CollectingSink();
        new WorkbookReader(options).read(file, sink);
        return sink;
    }

    @Override
    public boolean startSheet(SheetInfo sheet) {
        sheets.add(sheet);
        current = sheet.sheet();
        rowsBySheet.put(current, new ArrayList<>());
        events.add("start " + current);
        return true;
    }

    @Override
    public void row(RawRow row) {
        rowsBySheet.get(current).add(row);
    }

    @Override
    public void endSheet() {
        events.add("end " + current);
    }

    List<RawRow> rows(String sheet) {
        return rowsBySheet.get(sheet);
    }

    /** Returns the row with this 1-based number, or null when it was not delivered. */
    RawRow row(String sheet, int rowNumber) {
        for (RawRow row : rows(sheet)) {
            if (row.rowNumber() == rowNumber) {
                return row;
            }
        }
        return null;
    }

    /** Returns the text of a cell given in A1 form, or null when it was not delivered. */
    String text(String sheet, String reference) {
        RawCell cell = cell(sheet, reference);
        return cell == null ? null : cell.text();
    }

    RawCell cell(String sheet, String reference) {
        int column = CellReferences.column(reference);
        int rowNumber = Integer.parseInt(reference.replaceAll("^[A-Z]+", ""));
        RawRow row = row(sheet, rowNumber);
        return row == null ? null : row.cell(column);
    }
}
