package kaohe.report;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** One sheet of the report workbook, written from the report's figures. */
abstract class ReportSheet {

    final PeriodReport report;
    final SheetWriter writer;

    /** Adds an empty sheet named {@code name} to {@code workbook}, after those already there. */
    ReportSheet(XSSFWorkbook workbook, ReportStyles styles, PeriodReport report, String name) {
        this.report = report;
        this.writer = new SheetWriter(workbook.createSheet(name), styles);
    }
}
