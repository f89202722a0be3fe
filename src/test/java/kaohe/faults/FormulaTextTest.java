package kaohe.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text that a spreadsheet would run as a formula ("=", "+", "-" or "@" first) in unit names from the roster
 * and in article titles. The notice must store it as text and the CSV must guard it with an apostrophe.
 */
class FormulaTextTest {

    private static final List<String> UNITS = List.of("=1+2", "+区创新办", "-区测试中心", "@区联络处");
    private static final List<String> TITLES = List.of("=SUM(A1:A9)", "@cmd|'/c calc'!A0", "+1+1", "-2+3");

    @TempDir
    Path folder;

    private Path rulesFolder() throws Exception {
        Path rules = Files.createDirectory(folder.resolve("规则"));
        List<String> roster = new ArrayList<>(Files.readAllLines(Path.of("src/main/resources/kaohe/rules/roster.csv"),
                StandardCharsets.UTF_8));
        UNITS.forEach(unit -> roster.add(unit + ",C,"));
        Files.write(rules.resolve("roster.csv"), roster, StandardCharsets.UTF_8);
        return rules;
    }

    @Test
    void formulaLikeTextStaysText() throws Exception {
        Path rules = rulesFolder();
        Path ledger;
        try (Book book = Book.xlsx()) {
            book.sheet("录用").row("单位", "信息标题", "录用刊物", "录用日期");
            for (int i = 0; i < UNITS.size(); i++) {
                book.row(UNITS.get(i), TITLES.get(i), "萧山信息•专报", LocalDate.of(2018, 6, 5));
            }
            ledger = book.write(folder.resolve("2018-06.xlsx"));
        }
        Path csv = folder.resolve("排名.csv");

        ScoreRun.score(List.of(ledger, rules), ledger.toString(), "--rules", rules.toString(), "--csv",
                csv.toString()).assertExit(0);

        String csvText = Files.readString(csv, StandardCharsets.UTF_8);
        for (String unit : UNITS) {
            assertTrue(csvText.contains("\n" + "C,1,'" + unit + ",10,"), () -> "unguarded " + unit + ":\n" + csvText);
        }
        Map<String, CellType> cells = textCells(folder.resolve("2018-06-通报.xlsx"));
        assertEquals(List.of(), cells.values().stream().filter(type -> type == CellType.FORMULA).toList());
        for (String text : concat(UNITS, TITLES)) {
            assertEquals(CellType.STRING, cells.get(text), () -> "cell type of " + text);
        }
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    /** Returns the type of every cell of the workbook by its text; a formula cell is found by its formula. */
    private static Map<String, CellType> textCells(Path workbookFile) throws Exception {
        Map<String, CellType> types = new HashMap<>();
        try (InputStream in = Files.newInputStream(workbookFile); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.FORMULA) {
                            types.put("=" + cell.getCellFormula(), CellType.FORMULA);
                        } else if (cell.getCellType() == CellType.STRING) {
                            types.putIfAbsent(cell.getStringCellValue(), CellType.STRING);
                        }
                    }
                }
            }
        }
        assertNotEquals(0, types.size());
        return types;
    }
}
