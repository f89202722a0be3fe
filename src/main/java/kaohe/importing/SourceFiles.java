package kaohe.importing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import kaohe.ledger.LedgerException;
import kaohe.ledger.RawRow;
import kaohe.ledger.RowSink;
import kaohe.ledger.SheetInfo;
import kaohe.ledger.WorkbookSource;

/** Reads a source file into its tables: a workbook's visible sheets, or a CSV file's one table. */
final class SourceFiles {

    private SourceFiles() {
    }

    /**
     * Reads {@code file}: .xlsx, .xlsm and .xls through {@code workbooks}, any other name as CSV.
     *
     * @throws LedgerException when the file is missing or cannot be read
     */
    static List<SourceSheet> read(Path file, WorkbookSource workbooks) throws LedgerException {
        if (!Files.isRegularFile(file)) {
            throw new LedgerException("找不到源文件 " + file + "，请检查路径和文件名");
        }
        if (!isWorkbook(file)) {
            return List.of(CsvSource.read(file));
        }
        List<SourceSheet> sheets = new ArrayList<>();
        workbooks.read(file, new RowSink() {
            @Override
            public boolean startSheet(SheetInfo sheet) {
                sheets.add(new SourceSheet(sheet, new ArrayList<>()));
                return true;
            }

            @Override
            public void row(RawRow row) {
                sheets.get(sheets.size() - 1).rows().add(row);
            }
        });
        return sheets;
    }

    static boolean isWorkbook(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".xlsx") || name.endsWith(".xlsm") || name.endsWith(".xls");
    }
}
