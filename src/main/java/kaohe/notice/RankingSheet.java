package kaohe.notice;

import java.util.ArrayList;
import java.util.List;

import kaohe.rules.Series;
import kaohe.scoring.Figures;
import kaohe.scoring.SeriesRanking;
import kaohe.scoring.UnitStanding;

/**
 * The 排名 sheet: one table per series under its own heading row, each series on a new printed page, with
 * one header row that repeats on every page.
 */
final class RankingSheet {

    static final String NAME = "排名";
    /** The 0-based columns that the chart reads: unit names, cumulative scores and targets. */
    static final int UNIT_COLUMN = 1;
    static final int SCORE_COLUMN = 5;
    static final int TARGET_COLUMN = 6;

    private static final List<Column> COLUMNS = List.of(
            Column.of("名次", CellKind.PLACE), Column.text("单位", 34), Column.of("报送数", CellKind.COUNT),
            Column.of("录用数", CellKind.COUNT), Column.of("本月得分", CellKind.POINTS),
            Column.of("累计得分", CellKind.POINTS), Column.of("目标分", CellKind.POINTS),
            Column.of("完成率", CellKind.PERCENT), Column.of("达标", CellKind.CENTERED),
            Column.of("前三", CellKind.CENTERED));
    /** The 0-based columns greyed for a unit below target: 完成率 and 达标. */
    private static final List<Integer> TARGET_COLUMNS = List.of(7, 8);

    /** The 0-based, inclusive span of one series' data rows; {@code last < first} for a series with no units. */
    record Block(SeriesRanking ranking, int first, int last) {
    }

    private RankingSheet() {
    }

    /** Writes the sheet and returns where each series' rows are, for the chart. */
    static List<Block> write(XlsxBook book, Styles styles, String title, List<SeriesRanking> rankings) {
        TableSheet table = new TableSheet(book, styles, NAME, COLUMNS);
        rankings.forEach(ranking -> ranking.standings().forEach(standing -> table.measure(values(standing,
                ranking.series()))));
        table.start(title);

        List<Block> blocks = new ArrayList<>();
        for (SeriesRanking ranking : rankings) {
            if (!blocks.isEmpty()) {
                table.pageBreak();
            }
            table.band(heading(ranking));
            int first = table.nextRow();
            for (UnitStanding standing : ranking.standings()) {
                table.row(values(standing, ranking.series()), standing.topThree(),
                        standing.reachedTarget() ? List.of() : TARGET_COLUMNS);
            }
            blocks.add(new Block(ranking, first, table.nextRow() - 1));
        }
        table.note("注：★为本序列累计得分前三名（得分须高于0分），整行加粗；“完成率”“达标”两栏灰底斜体的单位尚未达到目标分。");
        table.finish(false);
        return blocks;
    }

    private static String heading(SeriesRanking ranking) {
        return ranking.series().label() + "单位（年度目标分" + Figures.points(ranking.series().target()) + "分，共"
                + ranking.standings().size() + "个单位）";
    }

    private static List<Object> values(UnitStanding standing, Series series) {
        return List.of(standing.place(), standing.unit().name(), standing.submissions(), standing.adoptions(),
                standing.monthScore(), standing.score(), series.target(), Figures.fraction(standing.completionRate()),
                standing.reachedTarget() ? "是" : "否", standing.topThree() ? "★" : "");
    }
}
