package kaohe.notice;

import java.util.List;
import java.util.stream.Collectors;

import kaohe.scoring.Figures;
import kaohe.scoring.SeriesRanking;

/** The 目标完成 sheet: one row per series with its target, how many units reached it, and who did not. */
final class TargetSheet {

    static final String NAME = "目标完成";

    private static final List<Column> COLUMNS = List.of(
            Column.text("考核序列", 10), Column.of("目标分", CellKind.POINTS), Column.of("单位数", CellKind.COUNT),
            Column.of("达标单位数", CellKind.COUNT), Column.of("达标率", CellKind.PERCENT),
            Column.of("平均分", CellKind.POINTS), Column.wrapped("未达标单位", 70));

    private TargetSheet() {
    }

    static void write(XlsxBook book, Styles styles, String title, List<SeriesRanking> rankings) {
        TableSheet.write(book, styles, NAME, COLUMNS, title, () -> rankings.stream().map(TargetSheet::values),
                "没有考核序列。", true);
    }

    private static List<Object> values(SeriesRanking ranking) {
        int units = ranking.standings().size();
        int reached = units - ranking.belowTarget().size();
        String below = ranking.belowTarget().stream().map(standing -> standing.unit().name())
                .collect(Collectors.joining("、"));
        return List.of(ranking.series().label(), ranking.series().target(), units, reached,
                Figures.fraction(TargetFigures.rate(reached, units)), TargetFigures.average(ranking.standings()),
                below);
    }
}
