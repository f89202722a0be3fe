package kaohe.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.hssf.record.DateWindow1904Record;
import org.apache.poi.hssf.usermodel.HSSFFont;
import org.apache.poi.hssf.usermodel.HSSFRichTextString;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading .xls workbooks that POI's HSSF writes, with the same semantics as .xlsx. */
class XlsReadingTest {

    @TempDir
    Path dir;

    @Test
    void readsValuesFormulasAndRichText() throws Exception {
        HSSFWorkbook workbook = new HSSFWorkbook();
        Row row = workbook.createSheet("录用").createRow(16);
        row.createCell(0).setCellValue("张三");
        row.createCell(1).setCellValue(4.6000000000000005);
        row.createCell(2).setCellValue(true);
        row.createCell(3).setCellErrorValue(FormulaError.DIV0.getCode());
        row.createCell(4).setCellFormula("B17*2");
        row.createCell(5).setCellFormula("\"共\"&B17");
        HSSFRichTextString rich = new HSSFRichTextString("红字黑字");
        HSSFFont bold = workbook.createFont();
        bold.setBold(true);
        rich.applyFont(0, 2, bold);
        row.createCell(6).setCellValue(rich);
        row.createCell(7).setCellValue("");
        workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
        CollectingSink sink = CollectingSink.read(XlsxReadingTest.write(workbook, dir.resolve("2018-06.xls")));

        assertEquals(List.of(new SheetInfo("2018-06.xls", "录用", false)), sink.sheets);
        assertEquals("张三", sink.text("录用", "A17"));
        assertEquals(new BigDecimal("4.6"), sink.cell("录用", "B17").number());
        assertEquals("TRUE", sink.text("录用", "C17"));
        assertEquals("#DIV/0!", sink.text("录用", "D17"));
        assertEquals(new BigDecimal("9.2"), sink.cell("录用", "E17").number());
        assertEquals("共4.6", sink.text("录用", "F17"));
        assertEquals("红字黑字", sink.text("录用", "G17"));
        assertNull(sink.cell("录用", "H17"));
    }

    @Test
    void readsDatesIn1900And1904() throws Exception {
        for (boolean date1904 : new boolean[] {false, true}) {
            HSSFWorkbook workbook = new HSSFWorkbook();
            if (date1904) {
                DateWindow1904Record window = (DateWindow1904Record) workbook.getInternalWorkbook()
                        .findFirstRecordBySid(DateWindow1904Record.sid);
                window.setWindowing((short) 1);
            }
            Sheet sheet = workbook.createSheet("日期");
            int[] formatIds = {14, 31, workbook.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\"")};
            for (int i = 0; i < formatIds.length; i++) {
                CellStyle style = workbook.createCellStyle();
                style.setDataFormat((short) formatIds[i]);
                Row row = sheet.createRow(i);
                row.createCell(0).setCellValue(date1904 ? 41790.0 : 43252.0);
                row.getCell(0).setCellStyle(style);
            }
            sheet.createRow(5).createCell(0).setCellValue(43252.0);
            Path file = XlsxReadingTest.write(workbook, dir.resolve("dates" + date1904 + ".xls"));
            CollectingSink sink = CollectingSink.read(file);

            assertEquals(date1904, sink.sheets.get(0).date1904());
            for (int i = 1; i <= formatIds.length; i++) {
                assertEquals(RawCell.Kind.DATE, sink.cell("日期", "A" + i).kind(), "format " + formatIds[i - 1]);
                assertEquals(LocalDate.of(2018, 6, 1), sink.cell("日期", "A" + i).date());
            }
            assertEquals(RawCell.Kind.NUMBER, sink.cell("日期", "A6").kind());
        }
    }

    @Test
    void skipsHiddenSheetsAndFlagsHiddenRows() throws Exception {
        HSSFWorkbook workbook = new HSSFWorkbook();
        Sheet visible = workbook.createSheet("可见");
        visible.createRow(0).createCell(0).setCellValue("a");
        Row hidden = visible.createRow(1);
        hidden.createCell(0).setCellValue("b");
        hidden.setZeroHeight(true);
        workbook.createSheet("隐藏").createRow(0).createCell(0).setCellValue("c");
        workbook.createSheet("深度隐藏").createRow(0).createCell(0).setCellValue("d");
        workbook.setSheetVisibility(1, SheetVisibility.HIDDEN);
        workbook.setSheetVisibility(2, SheetVisibility.VERY_HIDDEN);
        CollectingSink sink = CollectingSink.read(XlsxReadingTest.write(workbook, dir.resolve("hidden.xls")));

        assertEquals(List.of("start 可见", "end 可见"), sink.events);
        assertFalse(sink.row("可见", 1).hidden());
        assertTrue(sink.row("可见", 2).hidden());
    }

    @Test
    void repeatsMergedValueInEveryCell() throws Exception {
        HSSFWorkbook workbook = new HSSFWorkbook();
        Sheet sheet = workbook.createSheet("台账");
        sheet.createRow(1).createCell(1).setCellValue("城厢街道");
        sheet.createRow(2).createCell(1).setCellValue("stale value under the merge");
        sheet.getRow(2).createCell(3).setCellValue(7);
        sheet.addMergedRegion(CellRangeAddress.valueOf("B2:B4"));
        CollectingSink sink = CollectingSink.read(XlsxReadingTest.write(workbook, dir.resolve("merged.xls")));

        assertEquals("城厢街道", sink.text("台账", "B2"));
        assertEquals("城厢街道", sink.text("台账", "B3"));
        assertEquals("城厢街道", sink.text("台账", "B4"));
        assertEquals("7", sink.text("台账", "D3"));
        assertEquals(List.of(2, 3, 4), sink.rows("台账").stream().map(RawRow::rowNumber).toList());
    }
}
