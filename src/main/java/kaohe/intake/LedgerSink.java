package kaohe.intake;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import kaohe.ledger.RawRow;
import kaohe.ledger.RowSink;
import kaohe.ledger.SheetInfo;

/**
 * Receives a ledger workbook's rows, finds each sheet's header, and passes its data rows on.
 *
 * <p>Errors that make the whole workbook unusable (a missing header, a sheet given twice) are collected,
 * because a {@link RowSink} cannot throw them, and the caller raises the first after the read.
 */
final class LedgerSink implements RowSink {

    /** Takes a data row of a ledger sheet. */
    interface DataRowHandler {
        void row(LedgerSheet sheet, MappedRow row);
    }

    private final Function<SheetInfo, DataRowHandler> handlerForSheet;
    private final Map<LedgerSheet, Integer> dataRowsBySheet = new EnumMap<>(LedgerSheet.class);
    private final List<String> errors = new ArrayList<>();
    private final List<String> ignoredSheets = new ArrayList<>();
    private final List<String> visibleSheets = new ArrayList<>();
    private LedgerSheet sheet;
    private SheetTable table;
    private DataRowHandler handler;

    LedgerSink(Function<SheetInfo, DataRowHandler> handlerForSheet) {
        this.handlerForSheet = handlerForSheet;
    }

    @Override
    public boolean startSheet(SheetInfo info) {
        visibleSheets.add(info.sheet());
        LedgerSheet found = LedgerSheet.byName(info.sheet());
        if (found == null) {
            ignoredSheets.add(info.sheet());
            return false;
        }
        if (dataRowsBySheet.containsKey(found)) {
            errors.add(info.file() + "：有两个工作表都是“" + found.sheetName + "”（第二个是“" + info.sheet()
                    + "”），请删除或改名其中一个");
            return false;
        }
        sheet = found;
        table = new SheetTable(found, info);
        handler = handlerForSheet.apply(info);
        dataRowsBySheet.put(found, 0);
        return true;
    }

    @Override
    public void row(RawRow row) {
        if (table == null) {
            return;
        }
        try {
            MappedRow mapped = table.accept(row);
            if (mapped != null) {
                dataRowsBySheet.merge(sheet, 1, Integer::sum);
                handler.row(sheet, mapped);
            }
        } catch (SheetTable.HeaderException e) {
            errors.add(e.getMessage());
            table = null;
        }
    }

    @Override
    public void endSheet() {
        if (table != null && !table.hasHeader() && (sheet.required || table.looksLikeTable())) {
            errors.add(table.missingHeader().getMessage());
        }
        table = null;
    }

    /** The data rows read from each ledger sheet found. */
    Map<LedgerSheet, Integer> dataRowsBySheet() {
        return dataRowsBySheet;
    }

    List<String> errors() {
        return errors;
    }

    /** The names of the sheets that are not ledger sheets, which were not read. */
    List<String> ignoredSheets() {
        return ignoredSheets;
    }

    /** The names of every visible sheet, in workbook order. */
    List<String> visibleSheets() {
        return visibleSheets;
    }
}
