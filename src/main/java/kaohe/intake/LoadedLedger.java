package kaohe.intake;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import kaohe.scoring.LedgerRecords;

/**
 * One ledger workbook, read.
 *
 * @param monthSource how the month was found: "--month", "文件名" or "记录日期"
 * @param dataRowsBySheet the data rows read from each ledger sheet, by sheet name
 * @param ignoredSheets sheets that are not ledger sheets and were not read
 */
public record LoadedLedger(Path file, YearMonth month, String monthSource, LedgerRecords records,
                           Map<String, Integer> dataRowsBySheet, List<String> ignoredSheets) {

    /** The data rows read from all ledger sheets. */
    public int dataRows() {
        return dataRowsBySheet.values().stream().mapToInt(Integer::intValue).sum();
    }
}
