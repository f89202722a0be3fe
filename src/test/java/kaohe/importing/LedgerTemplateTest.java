package kaohe.importing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kaohe.intake.LedgerSheet;
import kaohe.rules.RulesLoader;

class LedgerTemplateTest {

    @TempDir
    Path folder;

    /** Maps each 0-based column of a sheet to its validation, checking that each covers one column. */
    private static Map<Integer, DataValidation> validationsByColumn(Sheet sheet) {
        Map<Integer, DataValidation> byColumn = new HashMap<>();
        for (DataValidation validation : sheet.getDataValidations()) {
            CellRangeAddress range = validation.getRegions().getCellRangeAddress(0);
            assertEquals(range.getFirstColumn(), range.getLastColumn());
            assertEquals(2, range.getFirstRow());
            byColumn.put(range.getFirstColumn(), validation);
        }
        return byColumn;
    }

    private Workbook template(String name) throws Exception {
        Path file = folder.resolve(name);
        LedgerTemplate.write(file, RulesLoader.defaults(), YearMonth.of(2018, 7));
        return WorkbookFactory.create(file.toFile());
    }

    @Test
    void adoptionSheetHasDropDownsAndDateCheck() throws Exception {
        for (String name : List.of("2018-07.xlsx", "2018-07.xls")) {
            try (Workbook book = template(name)) {
                Map<Integer, DataValidation> checks = validationsByColumn(book.getSheet("录用"));

                assertEquals("单位名单", checks.get(0).getValidationConstraint().getFormula1(), name);
                assertEquals("刊物名单", checks.get(2).getValidationConstraint().getFormula1(), name);
                assertEquals(DataValidationConstraint.ValidationType.DATE,
                        checks.get(3).getValidationConstraint().getValidationType(), name);
                assertArrayEquals(new String[] {"是", "否"},
                        checks.get(5).getValidationConstraint().getExplicitListValues(), name);
                assertEquals(4, checks.size(), name);
            }
        }
    }

    @Test
    void otherSheetsCheckUnitsLeadersAndDates() throws Exception {
        try (Workbook book = template("2018-07.xlsx")) {
            Map<Integer, DataValidation> instructions = validationsByColumn(book.getSheet("批示"));
            assertEquals("单位名单", instructions.get(0).getValidationConstraint().getFormula1());
            assertEquals("批示领导名单", instructions.get(3).getValidationConstraint().getFormula1());
            assertEquals(DataValidationConstraint.ValidationType.DATE,
                    instructions.get(4).getValidationConstraint().getValidationType());
            Map<Integer, DataValidation> commissions = validationsByColumn(book.getSheet("约稿"));
            assertEquals("单位名单", commissions.get(2).getValidationConstraint().getFormula1());
            assertEquals(DataValidation.ErrorStyle.STOP, commissions.get(3).getErrorStyle());
            assertEquals(DataValidation.ErrorStyle.WARNING, commissions.get(4).getErrorStyle());
            assertEquals("单位名单", validationsByColumn(book.getSheet("扣分")).get(0)
                    .getValidationConstraint().getFormula1());
            assertEquals("单位名单", validationsByColumn(book.getSheet("报送")).get(0)
                    .getValidationConstraint().getFormula1());
        }
    }

    @Test
    void namedListsComeFromRules() throws Exception {
        try (Workbook book = template("2018-07.xlsx")) {
            Sheet lists = book.getSheet(LedgerTemplate.LISTS_SHEET);
            assertTrue(book.isSheetHidden(book.getSheetIndex(lists)));
            Name units = book.getName("单位名单");
            assertNotNull(units);
            assertEquals("'名单'!$A$2:$A$81", units.getRefersToFormula());
            assertEquals(RulesLoader.defaults().units().get(0).name(), lists.getRow(1).getCell(0).getStringCellValue());
            assertEquals("'名单'!$B$2:$B$25", book.getName("刊物名单").getRefersToFormula());
            assertEquals("'名单'!$C$2:$C$7", book.getName("批示领导名单").getRefersToFormula());
        }
    }

    @Test
    void sheetsHaveTitleHeaderWidthsAndFrozenRows() throws Exception {
        try (Workbook book = template("2018-07.xlsx")) {
            for (LedgerSheet ledgerSheet : LedgerSheet.values()) {
                Sheet sheet = book.getSheet(ledgerSheet.sheetName());
                assertNotNull(sheet, ledgerSheet.sheetName());
                assertTrue(sheet.getRow(0).getCell(0).getStringCellValue().startsWith("2018年7月 "));
                for (int column = 0; column < ledgerSheet.columns().size(); column++) {
                    String header = ledgerSheet.columns().get(column).canonicalHeader();
                    assertEquals(header, sheet.getRow(1).getCell(column).getStringCellValue());
                    assertTrue(sheet.getColumnWidth(column) >= (LedgerTemplate.displayWidth(header) + 2) * 256);
                }
                assertEquals(2, sheet.getPaneInformation().getHorizontalSplitPosition());
            }
            assertEquals(32 * 256, book.getSheet("录用").getColumnWidth(0));
        }
    }
}
