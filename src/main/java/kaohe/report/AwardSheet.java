package kaohe.report;

import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import kaohe.rules.Level;
import kaohe.scoring.UnitStanding;

/**
 * The 评先参考 sheet of a year report: for every ranked unit the factors for choosing advanced units, and
 * the units that submitted nothing all year.
 */
final class AwardSheet extends ReportSheet {

    static final String NAME = "评先参考";

    private static final List<String> HEADER = List.of("考核序列", "名次", "单位", "累计得分", "达标", "约稿数",
            "按时完成", "未按时完成", "未到期", "报送数", "录用数", "录用率", "区领导批示", "市领导批示", "省领导批示",
            "国家领导人批示");


    AwardSheet(XSSFWorkbook workbook, ReportStyles styles, PeriodReport report) {
        super(workbook, styles, report, NAME);
    }

    void write() {
        writer.titleBlock(report.period().title(), HEADER.size(), List.of("评先参考：对完成年度目标的单位，"
                + "结合排名得分、完成约稿、信息报送数量质量、领导批示肯定等因素，综合评选先进集体",
                "录用数为计分的信息篇数，录用率 = 录用数 ÷ 报送数（无报送时空白）；批示数为计分信息所获的领导批示"
                + "（同一信息的多个批示都计数）"));
        int headerRow = writer.header(HEADER);
        for (AwardFactors factors : report.awardFactors()) {
            writeUnit(writer.newRow(), factors);
        }

        writer.blankRow();
        writeWithoutSubmissions();
        writer.widths(10, 6, 30, 10, 6, 8, 9, 10, 8, 8, 8, 8, 10, 10, 10, 13);
        writer.printSetup(true, headerRow, 3);
    }

    private void writeUnit(Row row, AwardFactors factors) {
        UnitStanding standing = factors.standing();
        writer.centered(row, 0, factors.series().label());
        writer.number(row, 1, standing.place());
        writer.text(row, 2, standing.unit().name());
        writer.points(row, 3, standing.score());
        writer.centered(row, 4, standing.reachedTarget() ? "是" : "否");
        writer.number(row, 5, factors.commissions());
        writer.number(row, 6, factors.onTime());
        writer.number(row, 7, factors.late());
        writer.number(row, 8, factors.pending());
        writer.number(row, 9, standing.submissions());
        writer.number(row, 10, standing.adoptions());
        if (factors.adoptionRate() == null) {
            writer.empty(row, 11);
        } else {
            writer.percent(row, 11, factors.adoptionRate());
        }
        int column = 12;
        for (Level level : Level.values()) {
            writer.number(row, column++, factors.instructionsByLevel().get(level));
        }
    }

    private void writeWithoutSubmissions() {
        if (!report.hasSubmissions()) {
            writer.section("所给台账中都没有“报送”工作表，无法列出未报送信息的单位", HEADER.size());
            return;
        }
        List<AwardFactors> silent = report.awardFactors().stream()
                .filter(factors -> factors.standing().submissions() == 0).toList();
        writer.section("全年未报送信息的单位（报送数为 0，共 " + silent.size() + " 个）", HEADER.size());
        // The same columns as the table above, so the header repeated on each printed page fits them too.
        for (AwardFactors factors : silent) {
            writeUnit(writer.newRow(), factors);
        }
    }
}
