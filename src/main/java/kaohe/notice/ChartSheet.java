package kaohe.notice;

import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.PresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFPresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.AxisTickLabelPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xddf.usermodel.text.XDDFFont;
import org.apache.poi.xddf.usermodel.text.XDDFRunProperties;
import org.apache.poi.common.usermodel.fonts.FontGroup;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbls;

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

    /**
     * Writes the title on {@code sheet} and draws the charts on {@code drawing}, which must belong to the XSSF
     * sheet behind it, because a streaming sheet cannot create charts itself.
     */
    static void write(Sheet sheet, XSSFDrawing drawing, Styles styles, String title,
                      List<RankingSheet.Block> blocks) {
        for (int i = 0; i < COLUMNS; i++) {
            sheet.setColumnWidth(i, COLUMN_WIDTH * 256);
        }
        sheet.setDefaultRowHeightInPoints(ROW_POINTS);
        Row titleRow = sheet.createRow(TableSheet.TITLE_ROW);
        titleRow.setHeightInPoints(30);
        Cell titleCell = titleRow.createCell(0);
        titleCell.setCellValue(title);
        titleCell.setCellStyle(styles.title());
        sheet.addMergedRegion(new CellRangeAddress(TableSheet.TITLE_ROW, TableSheet.TITLE_ROW, 0, COLUMNS - 1));

        int top = TableSheet.TITLE_ROW + 2;
        for (RankingSheet.Block block : blocks) {
            if (block.last() < block.first()) {
                continue;
            }
            if (top > TableSheet.TITLE_ROW + 2) {
                sheet.setRowBreak(top - 2);
            }
            XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, top, COLUMNS, top + CHART_ROWS);
            draw(drawing.createChart(anchor), block);
            top += CHART_ROWS + 2;
        }
        TableSheet.Layout.print(sheet, true, false);
        // Each series' chart starts a page; the title row above it names the notice the page belongs to.
        sheet.setRepeatingRows(new CellRangeAddress(TableSheet.TITLE_ROW, TableSheet.TITLE_ROW, -1, -1));
    }

    private static void draw(XSSFChart chart, RankingSheet.Block block) {
        List<UnitStanding> standings = block.ranking().standings();
        chart.setTitleText(block.ranking().series().label() + "单位累计得分与年度目标分");
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.TOP);

        XDDFCategoryAxis units = chart.createCategoryAxis(AxisPosition.BOTTOM);
        // Unit names stay below the plot even where a score is negative and its bar hangs below zero.
        units.setTickLabelPosition(AxisTickLabelPosition.LOW);
        XDDFValueAxis points = chart.createValueAxis(AxisPosition.LEFT);
        points.setCrosses(AxisCrosses.AUTO_ZERO);
        points.setCrossBetween(AxisCrossBetween.BETWEEN);
        points.setTitle("分");
        setFont(units.getOrAddTextProperties(), 9);
        setFont(points.getOrAddTextProperties(), 9);

        String[] names = standings.stream().map(standing -> standing.unit().name()).toArray(String[]::new);
        Double[] scores = standings.stream().map(standing -> standing.score().doubleValue()).toArray(Double[]::new);
        Double[] targets = standings.stream().map(standing -> block.ranking().series().target().doubleValue())
                .toArray(Double[]::new);
        XDDFDataSource<String> categories = XDDFDataSourcesFactory.fromArray(names,
                range(block, RankingSheet.UNIT_COLUMN));

        XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, units, points);
        bars.setBarDirection(BarDirection.COL);
        bars.setVaryColors(false);
        XDDFChartData.Series scoreSeries = bars.addSeries(categories,
                numbers(scores, range(block, RankingSheet.SCORE_COLUMN)));
        scoreSeries.setTitle("累计得分", null);
        scoreSeries.setShapeProperties(fill(0x80));
        chart.plot(bars);
        showValues(chart.getCTChart().getPlotArea().getBarChartArray(0).getSerArray(0).addNewDLbls());

        XDDFLineChartData line = (XDDFLineChartData) chart.createData(ChartTypes.LINE, units, points);
        line.setVaryColors(false);
        XDDFLineChartData.Series targetSeries = (XDDFLineChartData.Series) line.addSeries(categories,
                numbers(targets, range(block, RankingSheet.TARGET_COLUMN)));
        targetSeries.setTitle("目标分", null);
        targetSeries.setMarkerStyle(MarkerStyle.NONE);
        targetSeries.setSmooth(false);
        targetSeries.setShapeProperties(dashedLine());
        chart.plot(line);
    }

    /** Prints each bar's score above it, so the chart reads without the colours or the axis. */
    private static void showValues(CTDLbls labels) {
        labels.addNewShowVal().setVal(true);
        labels.addNewShowLegendKey().setVal(false);
        labels.addNewShowCatName().setVal(false);
        labels.addNewShowSerName().setVal(false);
        labels.addNewShowPercent().setVal(false);
        labels.addNewShowBubbleSize().setVal(false);
    }

    private static XDDFNumericalDataSource<Double> numbers(Double[] values, String reference) {
        return XDDFDataSourcesFactory.fromArray(values, reference);
    }

    /** Returns the 排名 cells of one column of a block, as an absolute reference: "'排名'!$F$4:$F$14". */
    private static String range(RankingSheet.Block block, int column) {
        CellRangeAddress range = new CellRangeAddress(block.first(), block.last(), column, column);
        return "'" + RankingSheet.NAME + "'!" + range.formatAsString(null, true);
    }

    private static XDDFShapeProperties fill(int grey) {
        XDDFShapeProperties properties = new XDDFShapeProperties();
        byte level = (byte) grey;
        properties.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(new byte[] {level, level, level})));
        return properties;
    }

    private static XDDFShapeProperties dashedLine() {
        XDDFLineProperties stroke = new XDDFLineProperties();
        stroke.setWidth(2.25);
        stroke.setPresetDash(new XDDFPresetLineDash(PresetLineDash.DASH));
        stroke.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(PresetColor.BLACK)));
        XDDFShapeProperties properties = new XDDFShapeProperties();
        properties.setLineProperties(stroke);
        return properties;
    }

    private static void setFont(XDDFRunProperties text, double points) {
        text.setFontSize(points);
        text.setFonts(new XDDFFont[] {new XDDFFont(FontGroup.EAST_ASIAN, Styles.TABLE_FONT, null, null, null)});
    }
}
