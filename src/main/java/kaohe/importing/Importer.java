package kaohe.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import kaohe.intake.LedgerMonths;
import kaohe.intake.LedgerSheet;
import kaohe.intake.RecordBuilder;
import kaohe.ledger.LedgerException;
import kaohe.ledger.RawCell;
import kaohe.ledger.WorkbookSource;
import kaohe.notice.AtomicFiles;
import kaohe.rules.Rules;

/**
 * Brings rows of source files into a monthly ledger. Every row is checked against the rules as scoring checks
 * it. Good rows are written in the ledger's own column order, rows the ledger already has are skipped, and the
 * rest are kept in a rejects file beside the ledger.
 *
 * <p>Every source is read before the ledger is touched, so an unreadable source changes nothing. An
 * existing ledger is copied to {@code <ledger>.bak} before it is replaced, and both are written atomically.
 * Source files are only ever read.
 */
public final class Importer {

    private final Rules rules;
    private final WorkbookSource workbooks;

    /** @param workbooks the reader for .xlsx and .xls sources and for the existing ledger */
    public Importer(Rules rules, WorkbookSource workbooks) {
        this.rules = rules;
        this.workbooks = workbooks;
    }

    /**
     * Runs one import.
     *
     * @throws UsageException when the options do not fit the files: no month, an ambiguous sheet, a bad --map
     * @throws LedgerException when a source or the ledger cannot be read; nothing has been written then
     * @throws IOException when writing the ledger, its backup or the rejects file fails
     */
    public ImportResult run(ImportRequest request) throws LedgerException, IOException {
        YearMonth month = month(request);
        checkFiles(request);
        Map<String, String> renames = renameKeys(request.renames());
        List<SourceTable> tables = readSources(request, renames);
        boolean exists = Files.exists(request.ledger());
        LedgerLayout layout = exists
                ? LedgerLayout.read(request.ledger(), workbooks, rules, month) : LedgerLayout.empty();

        Sorted sorted = sort(tables, layout, month);
        List<String> notes = new ArrayList<>(headerNotes(tables, request.renames()));

        Path backup = null;
        if (!exists || !sorted.pending.isEmpty()) {
            backup = write(request.ledger(), exists, layout, sorted.pending, month, notes);
        }
        Path rejectsFile = null;
        if (!sorted.rejects.isEmpty()) {
            rejectsFile = rejectsFile(request);
            sorted.rejects.write(rejectsFile);
        }
        return new ImportResult(sorted.counts, sorted.rejects.rows(), notes, request.ledger(), !exists, backup,
                rejectsFile);
    }

    private static YearMonth month(ImportRequest request) throws UsageException {
        YearMonth month = request.month() != null
                ? request.month() : LedgerMonths.fromFileName(request.ledger().getFileName().toString());
        if (month == null) {
            throw new UsageException("无法从台账文件名 " + request.ledger().getFileName()
                    + " 看出月份（补全“6月5日”这样不带年份的日期要用到），请用 --month 2018-06 指定，或把台账命名为 2018-06.xlsx");
        }
        return month;
    }

    private static void checkFiles(ImportRequest request) throws LedgerException {
        Path folder = request.ledger().toAbsolutePath().getParent();
        if (!Files.isDirectory(folder)) {
            throw new LedgerException("台账所在的文件夹不存在：" + folder + "，请先建立该文件夹");
        }
        for (Path source : request.sources()) {
            if (source.toAbsolutePath().normalize().equals(request.ledger().toAbsolutePath().normalize())) {
                throw new UsageException(source + " 既是源文件又是目标台账；源文件不会被修改，请用 --into 指定另一个台账");
            }
        }
    }

    /** Keys the renames by the source header's normalised form, as header matching compares them. */
    private static Map<String, String> renameKeys(Map<String, String> renames) {
        Map<String, String> keyed = new LinkedHashMap<>();
        renames.forEach((source, target) -> keyed.put(LedgerSheet.headerKey(source), target));
        return keyed;
    }

    private List<SourceTable> readSources(ImportRequest request, Map<String, String> renames)
            throws LedgerException {
        TableMatcher matcher = new TableMatcher(renames);
        List<SourceTable> tables = new ArrayList<>();
        for (Path source : request.sources()) {
            List<SourceSheet> sheets = SourceFiles.read(source, workbooks);
            tables.add(matcher.match(source.getFileName().toString(), sheets, request.sheet()));
        }
        return tables;
    }

    /** The rows of all sources sorted into new rows by sheet, counts by source, and rejects. */
    private static final class Sorted {
        final Map<LedgerSheet, List<LedgerRow>> pending = new EnumMap<>(LedgerSheet.class);
        final List<ImportResult.SourceCount> counts = new ArrayList<>();
        final RejectedRows rejects = new RejectedRows();
    }

    private Sorted sort(List<SourceTable> tables, LedgerLayout layout, YearMonth month) {
        Sorted sorted = new Sorted();
        for (SourceTable table : tables) {
            RecordBuilder builder = RecordBuilder.checking(rules, month, table.source().info().date1904());
            int imported = 0;
            int present = 0;
            int rejected = 0;
            int skipped = 0;
            for (SourceTable.Row row : table.rows()) {
                if (RecordBuilder.isTotalRow(row.mapped())) {
                    skipped++;
                    continue;
                }
                Object record;
                try {
                    record = builder.record(table.sheet(), row.mapped());
                } catch (RecordBuilder.RowProblem problem) {
                    sorted.rejects.add(table.header(), row.raw(), problem.location(), problem.getMessage());
                    rejected++;
                    continue;
                }
                LedgerRow ledgerRow = LedgerRow.of(table.sheet(), row.mapped(), record);
                if (layout.addKey(ledgerRow.key())) {
                    sorted.pending.computeIfAbsent(table.sheet(), sheet -> new ArrayList<>()).add(ledgerRow);
                    imported++;
                } else {
                    present++;
                }
            }
            sorted.counts.add(new ImportResult.SourceCount(table.source().describe(), table.sheet(),
                    table.rows().size(), imported, present, rejected, skipped));
        }
        return sorted;
    }

    /**
     * Lists the headers that map to nothing, and the --map renames that no source has a header for.
     *
     * @param renames the renames as the clerk gave them
     */
    private static List<String> headerNotes(List<SourceTable> tables, Map<String, String> renames) {
        List<String> notes = new ArrayList<>();
        Set<String> headers = new HashSet<>();
        for (SourceTable table : tables) {
            table.header().cells().stream().map(RawCell::text).map(LedgerSheet::headerKey).forEach(headers::add);
            if (!table.unmappedHeaders().isEmpty()) {
                notes.add(table.source().describe() + "：以下列不是工作表“" + table.sheet().sheetName() + "”的列，未导入："
                        + String.join("、", table.unmappedHeaders()) + "。如需导入，用 --map 源列名=台账列名 对应");
            }
        }
        renames.forEach((source, target) -> {
            if (!headers.contains(LedgerSheet.headerKey(source))) {
                notes.add("--map " + source + "=" + target + "：源文件的表头中没有“" + source + "”列，此项未使用");
            }
        });
        return notes;
    }

    /** Writes the ledger with the new rows; returns the backup of the previous version, or null. */
    private Path write(Path ledger, boolean exists, LedgerLayout layout, Map<LedgerSheet, List<LedgerRow>> pending,
                       YearMonth month, List<String> notes) throws LedgerException, IOException {
        try (LedgerWorkbook book = exists
                ? LedgerWorkbook.open(ledger, rules, month) : LedgerWorkbook.create(ledger, rules, month)) {
            pending.forEach((sheet, rows) -> book.append(sheet,
                    exists ? layout.sheet(sheet) : LedgerWorkbook.templateLayout(sheet, sheet.sheetName()), rows));
            notes.addAll(book.notes());
            Path backup = null;
            if (exists) {
                backup = ledger.resolveSibling(ledger.getFileName() + ".bak");
                AtomicFiles.write(backup, file -> Files.copy(ledger, file, StandardCopyOption.REPLACE_EXISTING));
            }
            book.save(ledger);
            return backup;
        }
    }

    /**
     * Returns the rejects file beside the ledger, such as 2018-06-未导入.csv. It is numbered when that name is
     * one of the sources, as it is when the clerk re-imports the fixed rejects, so that no source is overwritten.
     */
    private static Path rejectsFile(ImportRequest request) {
        String stem = request.ledger().getFileName().toString().replaceFirst("\\.[^.]*$", "");
        Path file = request.ledger().resolveSibling(stem + "-未导入.csv");
        for (int number = 2; isSource(file, request); number++) {
            file = request.ledger().resolveSibling(stem + "-未导入(" + number + ").csv");
        }
        return file;
    }

    private static boolean isSource(Path file, ImportRequest request) {
        Path normal = file.toAbsolutePath().normalize();
        return request.sources().stream().anyMatch(source -> source.toAbsolutePath().normalize().equals(normal));
    }
}
