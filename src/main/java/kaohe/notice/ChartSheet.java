package kaohe.notice;

import java.util.List;

import kaohe.scoring.UnitStanding;

/**
 * The 图表 sheet: for each series a column chart of its units' cumulative scores with the target as a
 * dashed line, one landscape page per series. The charts read their data from the 排名 sheet and carry the
 * same values as a cache, so a viewer that does not recalculate still draws them.
 */
final class ChartSheet {

    static final String NAME = "图表";

    private static final int COLUMNS = 16;
    private static final int COLUMN_WIDTH = 10;
    private static final int CHART_ROWS = 36;
    private static final float ROW_POINTS = 15f;

    private ChartSheet() {
    }

    /** Adds the sheet with its title and a chart for each series that has units. */
    static void write(XlsxBook book, Styles styles, String title, List<RankingSheet.Block> blocks) {
        XlsxSheet sheet = book.addSheet(NAME);
        for (int i = 0; i < COLUMNS; i++) {
            sheet.setColumnWidth(i, COLUMN_WIDTH);
        }
        sheet.setDefaultRowHeight(ROW_POINTS);
        sheet.startRow(TableSheet.TITLE_ROW, 30);
        sheet.cell(0, styles.title(), title);
        sheet.mergeRow(TableSheet.TITLE_ROW, 0, COLUMNS - 1);

        int top = TableSheet.TITLE_ROW + 2;
        for (RankingSheet.Block block : blocks) {
            if (block.last() < block.first()) {
                continue;
            }
            if (top > TableSheet.TITLE_ROW + 2) {
                sheet.breakAfter(top - 2);
            }
            sheet.addChart(new XlsxSheet.Chart(top, top + CHART_ROWS, COLUMNS, chart(block).xml()));
            top += CHART_ROWS + 2;
        }
        sheet.printOnA4(true);
        // Each series' chart starts a page; the title row above it names the notice the page belongs to.
        sheet.repeatRows(TableSheet.TITLE_ROW, TableSheet.TITLE_ROW);
    }

    private static ColumnChart chart(RankingSheet.Block block) {
        List<UnitStanding> standings = block.ranking().standings();
        double target = block.ranking().series().target().doubleValue();
        List<String> names = standings.stream().map(standing -> standing.unit().name()).toList();
        List<Double> scores = standings.stream().map(standing -> standing.score().doubleValue()).toList();
        List<Double> targets = standings.stream().map(standing -> target).toList();
        return new ColumnChart(block.ranking().series().label() + "单位累计得分与年度目标分", "分",
                range(block, RankingSheet.UNIT_COLUMN), names,
                new ColumnChart.Series("累计得分", range(block, RankingSheet.SCORE_COLUMN), scores),
                new ColumnChart.Series("目标分", range(block, RankingSheet.TARGET_COLUMN), targets));
    }

    /** Returns the 排名 cells of one column of a block, as an absolute reference: "'排名'!$F$4:$F$14". */
    private static String range(RankingSheet.Block block, int column) {
        return "'" + RankingSheet.NAME + "'!" + XlsxSheet.absolute(XlsxSheet.cell(block.first(), column) + ":"
                + XlsxSheet.cell(block.last(), column));
    }
}
