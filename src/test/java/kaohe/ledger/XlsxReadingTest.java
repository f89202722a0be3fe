package kaohe.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading .xlsx workbooks that POI's XSSF writes, as Excel would. */
class XlsxReadingTest {

    @TempDir
    Path dir;

    static Path write(Workbook workbook, Path file) throws IOException {
        try (workbook; OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        return file;
    }

    @Test
    void readsTextNumbersBooleansAndErrors() throws Exception {
        XSSFWorkbook workbook = new XSSFWorkbook();
        Row row = workbook.createSheet("录用").createRow(16);
        row.createCell(0).setCellValue("张三");
        row.createCell(1).setCellValue(4.6000000000000005);
        row.createCell(2).setCellValue(1.0);
        row.createCell(3).setCellValue(true);
        row.createCell(4).setCellErrorValue(FormulaError.NA.getCode());
        row.createCell(5).setCellValue("");
        row.createCell(6).setCellValue(100.0);
        CollectingSink sink = CollectingSink.read(write(workbook, dir.resolve("2018-06.xlsx")));

        assertEquals(List.of(new SheetInfo("2018-06.xlsx", "录用", false)), sink.sheets);
        RawRow read = sink.row("录用", 17);
        assertNotNull(read);
        assertEquals(6, read.cells().size());
        assertEquals("张三", sink.text("录用", "A17"));
        assertEquals(RawCell.Kind.TEXT, sink.cell("录用", "A17").kind());
        assertEquals(new BigDecimal("4.6"), sink.cell("录用", "B17").number());
        assertEquals("4.6", sink.text("录用", "B17"));
        assertEquals(new BigDecimal("1"), sink.cell("录用", "C17").number());
        assertEquals("TRUE", sink.text("录用", "D17"));
        assertEquals(RawCell.Kind.ERROR, sink.cell("录用", "E17").kind());
        assertEquals("#N/A", sink.text("录用", "E17"));
        assertNull(sink.cell("录用", "F17"));
        assertEquals("100", sink.text("录用", "G17"));
        assertEquals(List.of("start 录用", "end 录用"), sink.events);
    }

    @Test
    void readsDateFormatsIncludingChinese() throws Exception {
        XSSFWorkbook workbook = new XSSFWorkbook();
        Sheet sheet = workbook.createSheet("日期");
        String[] formats = {"yyyy-mm-dd", "yyyy\"年\"m\"月\"d\"日\"", "[DBNum1][$-804]yyyy\"年\"m\"月\"d\"日\"",
            "m/d/yy", "0.00"};
        for (int i = 0; i < formats.length; i++) {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(formats[i]));
            Row row = sheet.createRow(i);
            row.createCell(0).setCellValue(43252.0);
            row.getCell(0).setCellStyle(style);
        }
        Row builtin = sheet.createRow(formats.length);
        for (int id : new int[] {14, 22, 31, 57}) {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat((short) id);
            builtin.createCell(builtin.getPhysicalNumberOfCells()).setCellValue(43252.0);
            builtin.getCell(builtin.getPhysicalNumberOfCells() - 1).setCellStyle(style);
        }
        sheet.createRow(10).createCell(0).setCellValue("2018-06-01");
        CollectingSink sink = CollectingSink.read(write(workbook, dir.resolve("dates.xlsx")));

        LocalDate expected = LocalDate.of(2018, 6, 1);
        for (int i = 1; i <= 4; i++) {
            RawCell cell = sink.cell("日期", "A" + i);
            assertEquals(RawCell.Kind.DATE, cell.kind(), formats[i - 1]);
            assertEquals(expected, cell.date(), formats[i - 1]);
            assertEquals(new BigDecimal("43252"), cell.number());
            assertEquals("2018-06-01", cell.text());
        }
        assertEquals(RawCell.Kind.NUMBER, sink.cell("日期", "A5").kind());
        for (String reference : new String[] {"A6", "B6", "C6", "D6"}) {
            assertEquals(RawCell.Kind.DATE, sink.cell("日期", reference).kind(), reference);
            assertEquals(expected, sink.cell("日期", reference).date(), reference);
        }
        assertEquals(RawCell.Kind.TEXT, sink.cell("日期", "A11").kind());
    }

    @Test
    void uses1904DateSystem() throws Exception {
        XSSFWorkbook workbook = new XSSFWorkbook();
        workbook.getCTWorkbook().addNewWorkbookPr().setDate1904(true);
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat((short) 14);
        Row row = workbook.createSheet("表").createRow(0);
        row.createCell(0).setCellValue(41790.0);
        row.getCell(0).setCellStyle(style);
        CollectingSink sink = CollectingSink.read(write(workbook, dir.resolve("mac.xlsx")));

        assertTrue(sink.sheets.get(0).date1904());
        assertEquals(LocalDate.of(2018, 6, 1), sink.cell("表", "A1").date());
    }

    @Test
    void skipsHiddenSheetsAndFlagsHiddenRows() throws Exception {
        XSSFWorkbook workbook = new XSSFWorkbook();
        workbook.createSheet("可见").createRow(0).createCell(0).setCellValue("a");
        workbook.createSheet("隐藏").createRow(0).createCell(0).setCellValue("b");
        workbook.createSheet("深度隐藏").createRow(0).createCell(0).setCellValue("c");
        Row hidden = workbook.getSheet("可见").createRow(1);
        hidden.createCell(0).setCellValue("hidden row");
        hidden.setZeroHeight(true);
        workbook.setSheetVisibility(1, SheetVisibility.HIDDEN);
        workbook.setSheetVisibility(2, SheetVisibility.VERY_HIDDEN);
        CollectingSink sink = CollectingSink.read(write(workbook, dir.resolve("hidden.xlsx")));

        assertEquals(1, sink.sheets.size());
        assertEquals("可见", sink.sheets.get(0).sheet());
        assertFalse(sink.row("可见", 1).hidden());
        assertTrue(sink.row("可见", 2).hidden());
        assertEquals("hidden row", sink.text("可见", "A2"));
    }

    @Test
    void repeatsMergedValueInEveryCell() throws Exception {
        XSSFWorkbook workbook = new XSSFWorkbook();
        Sheet sheet = workbook.createSheet("台账");
        sheet.createRow(1).createCell(0).setCellValue("区行政服务中心");
        sheet.getRow(1).createCell(2).setCellValue(1);
        sheet.createRow(3).createCell(2).setCellValue(3);
        sheet.createRow(7).createCell(0).setCellValue("after");
        sheet.addMergedRegion(CellRangeAddress.valueOf("A2:B5"));
        CollectingSink sink = CollectingSink.read(write(workbook, dir.resolve("merged.xlsx")));

        for (String reference : new String[] {"A2", "B2", "A3", "B3", "A4", "B4", "A5", "B5"}) {
            assertEquals("区行政服务中心", sink.text("台账", reference), reference);
        }
        assertEquals(List.of(2, 3, 4, 5, 8), sink.rows("台账").stream().map(RawRow::rowNumber).toList());
        assertEquals("3", sink.text("台账", "C4"));
        assertNull(sink.cell("台账", "A6"));
    }

    @Test
    void readsFormulaCachedValuesAndRichText() throws Exception {
        XSSFWorkbook workbook = new XSSFWorkbook();
        Row row = workbook.createSheet("公式").createRow(0);
        row.createCell(0).setCellValue(2);
        row.createCell(1).setCellFormula("A1*2");
        row.createCell(2).setCellFormula("\"共\"&A1&\"件\"");
        XSSFRichTextString rich = new XSSFRichTextString("红字黑字");
        XSSFFont bold = workbook.createFont();
        bold.setBold(true);
        rich.applyFont(0, 2, bold);
        row.createCell(3).setCellValue(rich);
        workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
        CollectingSink sink = CollectingSink.read(write(workbook, dir.resolve("formulas.xlsx")));

        assertEquals(new BigDecimal("4"), sink.cell("公式", "B1").number());
        assertEquals("共2件", sink.text("公式", "C1"));
        assertEquals("红字黑字", sink.text("公式", "D1"));
    }
}
