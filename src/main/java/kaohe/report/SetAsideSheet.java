package kaohe.report;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import kaohe.scoring.SetAside;

/**
 * The 未计分 sheet: every row set aside as a problem, with its place and reason. Duplicates and rows kept out
 * on purpose are only counted here, because each monthly notice lists them.
 */
final class SetAsideSheet extends ReportSheet {

    static final String NAME = "未计分";

    private static final List<String> HEADER = List.of("位置", "处理", "原因");


    SetAsideSheet(XSSFWorkbook workbook, ReportStyles styles, PeriodReport report) {
        super(workbook, styles, report, NAME);
    }

    void write() {
        List<SetAside> setAside = report.result().setAside();
        Map<SetAside.Disposition, Long> counts = setAside.stream()
                .collect(Collectors.groupingBy(SetAside::disposition, Collectors.counting()));
        writer.titleBlock(report.period().title(), HEADER.size(), List.of("共 " + setAside.size() + " 行未计分：问题 "
                + count(counts, SetAside.Disposition.PROBLEM) + " 行，重复 " + count(counts, SetAside.Disposition.DUPLICATE)
                + " 行，按规则不计分 " + count(counts, SetAside.Disposition.NOT_COUNTED) + " 行",
                "下表列出问题行，请在台账中改正后重新生成；重复和按规则不计分的行见各月通报的“未计分”表"));
        int headerRow = writer.header(HEADER);
        writer.widths(30, 8, 80);
        List<SetAside> problems = setAside.stream()
                .filter(row -> row.disposition() == SetAside.Disposition.PROBLEM).toList();
        if (problems.isEmpty()) {
            writer.note("没有问题行");
        }
        for (SetAside problem : problems) {
            Row line = writer.newRow();
            writer.text(line, 0, problem.source().toString());
            writer.centered(line, 1, problem.disposition().label());
            writer.wrapped(line, 2, problem.reason());
            writer.fitHeight(line);
        }
        writer.printSetup(true, headerRow, 0);
    }

    private static long count(Map<SetAside.Disposition, Long> counts, SetAside.Disposition disposition) {
        return counts.getOrDefault(disposition, 0L);
    }
}
