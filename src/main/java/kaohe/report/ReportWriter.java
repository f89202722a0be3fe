package kaohe.report;

import java.io.OutputStream;
import java.nio.file.Files;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import kaohe.notice.AtomicFiles;

/** Writes the report workbook of a quarter or a year. */
public final class ReportWriter {

    private ReportWriter() {
    }

    /** Returns the report workbook as content for {@link AtomicFiles}, to be written with other outputs. */
    public static AtomicFiles.Content content(PeriodReport report) {
        return file -> {
            try (XSSFWorkbook workbook = build(report); OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        };
    }

    /** Builds the workbook in memory; the caller closes it. */
    static XSSFWorkbook build(PeriodReport report) {
        XSSFWorkbook workbook = new XSSFWorkbook();
        ReportStyles styles = new ReportStyles(workbook);
        RankingSheet ranking = new RankingSheet(workbook, styles, report);
        List<RankingSheet.SeriesRows> seriesRows = ranking.write();
        new TargetSheet(workbook, styles, report).write();
        new ChartSheet(workbook, styles, report, ranking).write(seriesRows);
        new FeaturedSheet(workbook, styles, report).write();
        if (report.period().isYear()) {
            new AwardSheet(workbook, styles, report).write();
        }
        new SetAsideSheet(workbook, styles, report).write();
        // Caches the check rows' sums, so readers that do not calculate (POI, previews) see them too.
        XSSFFormulaEvaluator.evaluateAllFormulaCells(workbook);
        return workbook;
    }
}
