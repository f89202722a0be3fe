package kaohe.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kaohe.cli.Main;

/**
 * Checks that the notice accounts for every data row of the samples exactly once: each row is named either
 * by a scored article or deduction in 得分明细 or by a line of 未计分, never by both and never twice.
 */
class SampleCoverageTest {

    private static final List<String> LEDGER_SHEETS = List.of("录用", "批示", "约稿", "扣分", "报送");
    private static final DataFormatter FORMATTER = new DataFormatter();

    @TempDir
    Path folder;

    @Test
    void pooledNoticeNamesEveryRowOnce() throws Exception {
        Path may = copy("2018-05.xlsx");
        Path june = copy("2018-06.xlsx");
        Path notice = folder.resolve("通报.xlsx");

        int exit = Main.run(new String[] {"score", may.toString(), june.toString(), "-o", notice.toString(),
            "--quiet"});

        assertEquals(3, exit);
        List<String> named = new ArrayList<>();
        try (Workbook book = WorkbookFactory.create(notice.toFile(), null, true)) {
            named.addAll(detailRows(book.getSheet("得分明细")));
            named.addAll(setAsideRows(book.getSheet("未计分")));
        }
        Set<String> expected = new TreeSet<>();
        expected.addAll(dataRows(may));
        expected.addAll(dataRows(june));
        assertEquals(expected, new TreeSet<>(named));
        assertEquals(expected.size(), named.size(), "a row is named more than once");
    }

    private Path copy(String name) throws Exception {
        Path target = folder.resolve(name);
        try (InputStream in = Files.newInputStream(Path.of("samples", name))) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }

    /** Every row with a value below the header row (the first row whose first cells name 序号 or 单位). */
    private static Set<String> dataRows(Path ledger) throws Exception {
        Set<String> rows = new TreeSet<>();
        try (Workbook book = WorkbookFactory.create(ledger.toFile(), null, true)) {
            for (String sheetName : LEDGER_SHEETS) {
                Sheet sheet = book.getSheet(sheetName);
                if (sheet == null) {
                    continue;
                }
                int header = headerRow(sheet);
                for (Row row : sheet) {
                    if (row.getRowNum() > header && hasValue(row)) {
                        rows.add(ledger.getFileName() + " " + sheetName + "!" + (row.getRowNum() + 1));
                    }
                }
            }
        }
        return rows;
    }

    private static int headerRow(Sheet sheet) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                String text = FORMATTER.formatCellValue(cell).replaceAll("\\s", "");
                if (text.equals("单位") || text.equals("报送单位") || text.equals("承办单位")) {
                    return row.getRowNum();
                }
            }
        }
        throw new AssertionError("no header row in " + sheet.getSheetName());
    }

    /** Whether a row has a value in a column other than the 序号 column the sample writer numbers itself. */
    private static boolean hasValue(Row row) {
        for (Cell cell : row) {
            boolean numberColumn = cell.getColumnIndex() == 0
                    && FORMATTER.formatCellValue(row.getSheet().getRow(headerRow(row.getSheet())).getCell(0))
                    .equals(SampleSheet.NUMBER_HEADER);
            if (!numberColumn && !FORMATTER.formatCellValue(cell).isBlank()) {
                return true;
            }
        }
        return false;
    }

    private static List<String> detailRows(Sheet sheet) {
        int sourceColumn = column(sheet, "来源行");
        List<String> rows = new ArrayList<>();
        for (Row row : sheet) {
            String sources = FORMATTER.formatCellValue(row.getCell(sourceColumn));
            if (sources.contains("!")) {
                for (String source : sources.split("、")) {
                    assertTrue(source.contains(".xlsx "), "pooled sources name their file: " + source);
                    rows.add(source.strip());
                }
            }
        }
        return rows;
    }

    private static List<String> setAsideRows(Sheet sheet) {
        int file = column(sheet, "文件");
        int sheetName = column(sheet, "工作表");
        int rowNumber = column(sheet, "行");
        List<String> rows = new ArrayList<>();
        for (Row row : sheet) {
            String name = FORMATTER.formatCellValue(row.getCell(file));
            if (name.endsWith(".xlsx")) {
                rows.add(name + " " + FORMATTER.formatCellValue(row.getCell(sheetName)) + "!"
                        + FORMATTER.formatCellValue(row.getCell(rowNumber)));
            }
        }
        return rows;
    }

    private static int column(Sheet sheet, String header) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (FORMATTER.formatCellValue(cell).equals(header)) {
                    return cell.getColumnIndex();
                }
            }
        }
        throw new AssertionError("no column " + header + " in " + sheet.getSheetName());
    }
}
