package kaohe.report;

import java.util.List;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
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
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import kaohe.scoring.Figures;

/**
 * The 得分图 sheet: for each series a column chart of its units' period totals with the target drawn as a
 * line across it, one chart a printed page. The charts read their values from the 期间排名 sheet.
 */
final class ChartSheet extends ReportSheet {

    static final String NAME = "得分图";

    /** A chart's size in cells of the default width and height, about one landscape A4 page. */
    private static final int CHART_COLUMNS = 16;
    private static final int CHART_ROWS = 36;
    private static final int ROWS_PER_PAGE = CHART_ROWS + 1;
    private static final double LABEL_FONT_POINTS = 8;

    private final XSSFSheet ranking;
    private final RankingSheet rankingSheet;

    ChartSheet(XSSFWorkbook workbook, ReportStyles styles, PeriodReport report, RankingSheet rankingSheet) {
        super(workbook, styles, report, NAME);
        this.ranking = workbook.getSheet(RankingSheet.NAME);
        this.rankingSheet = rankingSheet;
    }

    void write(List<RankingSheet.SeriesRows> seriesRows) {
        writer.titleBlock(report.period().title(), CHART_COLUMNS, List.of());
        XSSFDrawing drawing = writer.sheet.createDrawingPatriarch();
        int top = writer.nextRow();
        for (RankingSheet.SeriesRows rows : seriesRows) {
            if (rows.lastRow() < rows.firstRow()) {
                continue;
            }
            XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, top, CHART_COLUMNS, top + CHART_ROWS);
            draw(drawing.createChart(anchor), rows);
            top += ROWS_PER_PAGE;
            writer.sheet.setRowBreak(top - 1);
        }
        writer.printSetup(true, 0, 0);
    }

    private void draw(XSSFChart chart, RankingSheet.SeriesRows rows) {
        chart.setTitleText(rows.series().label() + "单位累计得分与目标分（" + report.period().label() + "）");
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.TOP);

        XDDFCategoryAxis unitAxis = chart.createCategoryAxis(AxisPosition.BOTTOM);
        // Low keeps the unit names below the plot when scores are negative.
        unitAxis.setTickLabelPosition(AxisTickLabelPosition.LOW);
        unitAxis.getOrAddTextProperties().setFontSize(LABEL_FONT_POINTS);
        XDDFValueAxis pointsAxis = chart.createValueAxis(AxisPosition.LEFT);
        pointsAxis.setCrosses(AxisCrosses.AUTO_ZERO);
        pointsAxis.setCrossBetween(AxisCrossBetween.BETWEEN);
        pointsAxis.setTitle("分");

        XDDFCategoryDataSource units = XDDFDataSourcesFactory.fromStringCellRange(ranking,
                column(rows, RankingSheet.UNIT));
        XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, unitAxis, pointsAxis);
        bars.setBarDirection(BarDirection.COL);
        bars.setVaryColors(false);
        XDDFChartData.Series totals = bars.addSeries(units, numbers(rows, rankingSheet.totalColumn()));
        totals.setTitle("累计得分", null);
        totals.setFillProperties(solid(PresetColor.STEEL_BLUE));
        chart.plot(bars);

        XDDFLineChartData line = (XDDFLineChartData) chart.createData(ChartTypes.LINE, unitAxis, pointsAxis);
        line.setVaryColors(false);
        XDDFLineChartData.Series target = (XDDFLineChartData.Series) line.addSeries(units,
                numbers(rows, rankingSheet.targetColumn()));
        target.setTitle("目标分 " + Figures.points(rows.series().target()), null);
        target.setMarkerStyle(MarkerStyle.NONE);
        target.setSmooth(false);
        XDDFLineProperties stroke = new XDDFLineProperties(solid(PresetColor.RED));
        stroke.setWidth(2.0);
        target.setLineProperties(stroke);
        chart.plot(line);
    }

    private XDDFNumericalDataSource<Double> numbers(RankingSheet.SeriesRows rows, int column) {
        return XDDFDataSourcesFactory.fromNumericCellRange(ranking, column(rows, column));
    }

    private static CellRangeAddress column(RankingSheet.SeriesRows rows, int column) {
        return new CellRangeAddress(rows.firstRow(), rows.lastRow(), column, column);
    }

    private static XDDFSolidFillProperties solid(PresetColor color) {
        return new XDDFSolidFillProperties(XDDFColor.from(color));
    }
}
