package kaohe.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import kaohe.scoring.SeriesRanking;
import kaohe.scoring.UnitStanding;

/**
 * The 目标完成 sheet: each series' attainment of its target, and its top three places, which count only for
 * a score above zero and may be shared.
 */
final class TargetSheet extends ReportSheet {

    static final String NAME = "目标完成";

    private static final List<String> SUMMARY = List.of("考核序列", "目标分", "单位数", "达标单位数", "达标率", "平均分",
            "最高分", "未达标单位数");
    /** The top-three table's columns; the unit's name spans three columns of the summary table. */
    private static final List<String> TOP_THREE = List.of("考核序列", "名次", "单位", "", "", "累计得分", "完成率", "达标");
    private static final int TOP_UNIT = 2;
    private static final int TOP_UNIT_LAST = 4;


    TargetSheet(XSSFWorkbook workbook, ReportStyles styles, PeriodReport report) {
        super(workbook, styles, report, NAME);
    }

    void write() {
        List<String> notes = new ArrayList<>(report.ledgerNotes());
        notes.add("目标分为各考核序列的全年目标分；达标即累计得分不低于目标分");
        writer.titleBlock(report.period().title(), SUMMARY.size(), notes);
        int headerRow = writer.header(SUMMARY);
        for (SeriesRanking ranking : report.result().rankings()) {
            writeSummary(writer.newRow(), ranking);
        }

        writer.blankRow();
        writer.section("各考核序列前三名（得分高于 0 分的单位；同分并列）", SUMMARY.size());
        writer.merge(writer.header(TOP_THREE), TOP_UNIT, TOP_UNIT_LAST);
        for (SeriesRanking ranking : report.result().rankings()) {
            writeTopThree(ranking);
        }

        writer.widths(10, 10, 12, 12, 12, 10, 10, 14);
        writer.printSetup(false, headerRow, 0);
    }

    private void writeSummary(Row row, SeriesRanking ranking) {
        List<UnitStanding> standings = ranking.standings();
        int reached = standings.size() - ranking.belowTarget().size();
        writer.centered(row, 0, ranking.series().label());
        writer.points(row, 1, ranking.series().target());
        writer.number(row, 2, standings.size());
        writer.number(row, 3, reached);
        if (standings.isEmpty()) {
            for (int column = 4; column < SUMMARY.size(); column++) {
                writer.empty(row, column);
            }
            return;
        }
        BigDecimal count = BigDecimal.valueOf(standings.size());
        writer.percent(row, 4, BigDecimal.valueOf(reached).divide(count, 6, RoundingMode.HALF_UP));
        BigDecimal sum = standings.stream().map(UnitStanding::score).reduce(BigDecimal.ZERO, BigDecimal::add);
        writer.points(row, 5, sum.divide(count, 2, RoundingMode.HALF_UP));
        writer.points(row, 6, standings.get(0).score());
        writer.number(row, 7, ranking.belowTarget().size());
    }

    private void writeTopThree(SeriesRanking ranking) {
        List<UnitStanding> top = ranking.standings().stream().filter(UnitStanding::topThree).toList();
        if (top.isEmpty()) {
            Row row = writer.newRow();
            writer.centered(row, 0, ranking.series().label());
            writer.text(row, 1, "无得分高于 0 分的单位");
            for (int column = 2; column < TOP_THREE.size(); column++) {
                writer.empty(row, column);
            }
            writer.merge(row.getRowNum(), 1, TOP_THREE.size() - 1);
            return;
        }
        for (UnitStanding standing : top) {
            Row row = writer.newRow();
            writer.centered(row, 0, ranking.series().label());
            writer.number(row, 1, standing.place());
            writer.text(row, TOP_UNIT, standing.unit().name());
            for (int column = TOP_UNIT + 1; column <= TOP_UNIT_LAST; column++) {
                writer.empty(row, column);
            }
            writer.merge(row.getRowNum(), TOP_UNIT, TOP_UNIT_LAST);
            writer.points(row, TOP_UNIT_LAST + 1, standing.score());
            writer.percent(row, TOP_UNIT_LAST + 2, standing.completionRate());
            writer.centered(row, TOP_UNIT_LAST + 3, standing.reachedTarget() ? "是" : "否");
        }
    }
}
