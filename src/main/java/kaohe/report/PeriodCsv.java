package kaohe.report;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import kaohe.notice.AtomicFiles;
import kaohe.notice.RankingCsv;
import kaohe.scoring.Figures;
import kaohe.scoring.SeriesRanking;
import kaohe.scoring.UnitStanding;

/**
 * The period ranking as CSV: the monthly ranking's columns over the whole period, without 本月得分, and
 * then one column a month of the period with that month's own score, empty for a month without a ledger.
 */
public final class PeriodCsv {

    /** The columns before the month columns, exactly as the office's spreadsheets expect them. */
    public static final List<String> HEADER = List.of("考核序列", "名次", "单位", "刊物分", "媒体分", "批示加分", "扣分",
            "累计得分", "目标分", "完成率", "达标");

    private PeriodCsv() {
    }

    /** Returns the ranking of {@code report} as CSV content for {@link AtomicFiles}. */
    public static AtomicFiles.Content content(PeriodReport report) {
        List<YearMonth> months = report.period().months();
        List<String[]> lines = new ArrayList<>();
        List<String> header = new ArrayList<>(HEADER);
        months.forEach(month -> header.add(month.toString()));
        lines.add(header.toArray(String[]::new));
        for (SeriesRanking ranking : report.result().rankings()) {
            for (UnitStanding standing : ranking.standings()) {
                List<String> line = RankingCsv.leadingColumns(ranking, standing);
                line.addAll(RankingCsv.trailingColumns(ranking, standing));
                for (YearMonth month : months) {
                    BigDecimal score = standing.monthlyScores().get(month);
                    line.add(score == null ? "" : Figures.points(score));
                }
                lines.add(line.toArray(String[]::new));
            }
        }
        return RankingCsv.linesContent(lines);
    }
}
