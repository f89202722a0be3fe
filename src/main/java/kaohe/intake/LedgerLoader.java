package kaohe.intake;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

import kaohe.ledger.LedgerException;
import kaohe.ledger.WorkbookSource;
import kaohe.rules.Rules;
import kaohe.scoring.LedgerRecords;

/**
 * Reads a monthly ledger workbook into records: finds its month, streams its sheets through the header
 * finder and turns every data row into a record or a row set aside.
 */
public final class LedgerLoader {

    private final Rules rules;
    private final WorkbookSource source;
    private final LongAdder rowCounter;

    /**
     * @param rowCounter counts every data row read, for a progress line; may be shared between loaders
     */
    public LedgerLoader(Rules rules, WorkbookSource source, LongAdder rowCounter) {
        this.rules = rules;
        this.source = source;
        this.rowCounter = rowCounter;
    }

    /**
     * Reads one ledger.
     *
     * @param month the month the clerk gave with --month, or null to take it from the file name or the dates
     * @throws LedgerException when the workbook cannot be read, lacks the 录用 sheet or a sheet's header, or
     *     its month cannot be found
     */
    public LoadedLedger load(Path file, YearMonth month) throws LedgerException {
        String monthSource = "--month";
        if (month == null) {
            month = LedgerMonths.fromFileName(file.getFileName().toString());
            monthSource = "文件名";
        }
        if (month == null) {
            month = monthFromDates(file);
            monthSource = "记录日期";
        }
        LedgerRecords records = new LedgerRecords();
        records.months.add(month);
        records.files.add(file.getFileName().toString());
        YearMonth ledgerMonth = month;
        LedgerSink sink = new LedgerSink(info -> {
            RecordBuilder builder = new RecordBuilder(rules, ledgerMonth, info.date1904(), records);
            return (sheet, row) -> {
                rowCounter.increment();
                builder.add(sheet, row);
            };
        });
        source.read(file, sink);
        check(file, sink);
        Map<String, Integer> rows = new LinkedHashMap<>();
        sink.dataRowsBySheet().forEach((sheet, count) -> rows.put(sheet.sheetName, count));
        return new LoadedLedger(file, month, monthSource, records, rows, sink.ignoredSheets());
    }

    private static void check(Path file, LedgerSink sink) throws LedgerException {
        if (!sink.errors().isEmpty()) {
            throw new LedgerException(String.join(System.lineSeparator(), sink.errors()));
        }
        if (!sink.dataRowsBySheet().containsKey(LedgerSheet.ADOPTIONS)) {
            String found = sink.visibleSheets().isEmpty() ? "没有可见的工作表" : "可见的工作表有："
                    + String.join("、", sink.visibleSheets()) + "；隐藏的工作表不读取";
            throw new LedgerException(file.getFileName() + "：找不到工作表“录用”（" + found
                    + "）。台账应有工作表 录用，可选 批示、约稿、扣分、报送");
        }
    }

    /** Reads the ledger once to find the month most of its full dates fall in. */
    private YearMonth monthFromDates(Path file) throws LedgerException {
        LedgerMonths.Tally tally = new LedgerMonths.Tally();
        LedgerSink sink = new LedgerSink(info -> (sheet, row) -> {
            for (Field field : new Field[] {Field.DATE, Field.DEADLINE, Field.COMPLETION}) {
                if (row.cell(field) != null) {
                    tally.add(DateReader.read(row.cell(field), info.date1904(), 0));
                }
            }
        });
        source.read(file, sink);
        check(file, sink);
        YearMonth month = tally.mostCommon();
        if (month == null) {
            throw new LedgerException(file.getFileName() + "：无法确定台账的月份（文件名中没有年月，记录中也没有完整日期），"
                    + "请用 --month 2018-06 指定");
        }
        return month;
    }
}
