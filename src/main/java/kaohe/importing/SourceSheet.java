package kaohe.importing;

import java.util.List;

import kaohe.ledger.RawRow;
import kaohe.ledger.SheetInfo;

/**
 * One table of a source file, held in memory: a CSV file, or one visible sheet of a workbook.
 *
 * @param info the file and sheet; the sheet is null for a CSV file
 * @param rows the non-blank rows in order; a CSV row number counts records as Excel shows them
 */
record SourceSheet(SheetInfo info, List<RawRow> rows) {

    /** Returns the row with the given 1-based number, or null. */
    RawRow row(int rowNumber) {
        return rows.stream().filter(row -> row.rowNumber() == rowNumber).findFirst().orElse(null);
    }

    /** "2018-06-录用.csv", or "来源.xlsx 录用" for a workbook sheet. */
    String describe() {
        return info.sheet() == null ? info.file() : info.file() + " " + info.sheet();
    }
}
