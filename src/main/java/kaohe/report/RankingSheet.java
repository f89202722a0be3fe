package kaohe.report;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import kaohe.rules.Series;
import kaohe.scoring.Figures;
import kaohe.scoring.SeriesRanking;
import kaohe.scoring.UnitStanding;

/**
 * The 期间排名 sheet: one table a series with each unit's points, its own score of every month of the
 * period, its total and its target, and a check row showing that the months add up to the totals.
 */
final class RankingSheet extends ReportSheet {

    static final String NAME = "期间排名";

    static final int PLACE = 0;
    static final int UNIT = 1;
    private static final int FIRST_MONTH = 6;
    private static final List<String> LEADING = List.of("名次", "单位", "刊物分", "媒体分", "批示加分", "扣分");
    private static final List<String> TRAILING = List.of("累计得分", "目标分", "完成率", "达标", "前三");

    /**
     * Where one series' unit rows are, for the chart: 0-based row indexes, both inclusive.
     *
     * @param lastRow less than {@code firstRow} when the series has no units
     */
    record SeriesRows(Series series, int firstRow, int lastRow) {
    }

    private final List<YearMonth> months;

    RankingSheet(XSSFWorkbook workbook, ReportStyles styles, PeriodReport report) {
        super(workbook, styles, report, NAME);
        this.months = report.period().months();
    }

    /** The column of the period total. */
    int totalColumn() {
        return FIRST_MONTH + months.size();
    }

    int targetColumn() {
        return totalColumn() + 1;
    }

    private int columnCount() {
        return totalColumn() + TRAILING.size();
    }

    /** Writes the sheet and returns where each series' units are. */
    List<SeriesRows> write() {
        List<String> notes = new ArrayList<>(report.ledgerNotes());
        notes.add("各月得分为该月新增的得分（截至该月的累计得分减去截至上月的累计得分），各月相加等于累计得分；"
                + "目标分为全年目标，完成率 = 累计得分 ÷ 目标分");
        writer.titleBlock(report.period().title(), columnCount(), notes);
        int headerRow = writer.header(headerNames());

        List<SeriesRows> rows = new ArrayList<>();
        for (int i = 0; i < report.result().rankings().size(); i++) {
            SeriesRanking ranking = report.result().rankings().get(i);
            rows.add(writeSeries(ranking, report.checks().get(i)));
            writer.blankRow();
        }

        int[] widths = new int[columnCount()];
        Arrays.fill(widths, 9);
        widths[PLACE] = 6;
        widths[UNIT] = 30;
        writer.widths(widths);
        writer.printSetup(true, headerRow, UNIT + 1);
        return rows;
    }

    private List<String> headerNames() {
        List<String> names = new ArrayList<>(LEADING);
        months.forEach(month -> names.add(month.toString()));
        names.addAll(TRAILING);
        return names;
    }

    private SeriesRows writeSeries(SeriesRanking ranking, SeriesCheck check) {
        Series series = ranking.series();
        writer.section(series.label() + "（目标分 " + Figures.points(series.target()) + "，共 "
                + ranking.standings().size() + " 个单位）", columnCount());
        int firstRow = writer.nextRow();
        for (UnitStanding standing : ranking.standings()) {
            writeUnit(writer.newRow(), series, standing);
        }
        int lastRow = writer.nextRow() - 1;
        writeCheck(check, firstRow, lastRow);
        return new SeriesRows(series, firstRow, lastRow);
    }

    private void writeUnit(Row row, Series series, UnitStanding standing) {
        writer.number(row, PLACE, standing.place());
        writer.text(row, UNIT, standing.unit().name());
        writer.points(row, 2, standing.publicationPoints());
        writer.points(row, 3, standing.mediaPoints());
        writer.points(row, 4, standing.instructionBonus());
        writer.points(row, 5, standing.deductionPoints());
        for (int i = 0; i < months.size(); i++) {
            BigDecimal monthScore = standing.monthlyScores().get(months.get(i));
            if (monthScore == null) {
                writer.empty(row, FIRST_MONTH + i);
            } else {
                writer.points(row, FIRST_MONTH + i, monthScore);
            }
        }
        int total = totalColumn();
        writer.points(row, total, standing.score());
        writer.points(row, total + 1, series.target());
        writer.percent(row, total + 2, standing.completionRate());
        writer.centered(row, total + 3, standing.reachedTarget() ? "是" : "否");
        writer.centered(row, total + 4, standing.topThree() ? "是" : "");
    }

    /**
     * Writes the check row: a SUM formula under each month column and under the totals, and the verdict
     * worked out exactly from the scores. A month without a ledger gets 无台账 in place of a sum.
     */
    private void writeCheck(SeriesCheck check, int firstRow, int lastRow) {
        Row row = writer.newRow();
        writer.cell(row, PLACE, writer.styles.check).setCellValue(verdict(check));
        writer.cell(row, UNIT, writer.styles.check);
        writer.merge(row.getRowNum(), PLACE, UNIT);
        for (int column = UNIT + 1; column < columnCount(); column++) {
            writer.cell(row, column, writer.styles.checkPoints);
        }
        for (int i = 0; i < months.size(); i++) {
            int column = FIRST_MONTH + i;
            if (check.monthSums().containsKey(months.get(i))) {
                row.getCell(column).setCellFormula(sum(column, firstRow, lastRow));
            } else {
                row.getCell(column).setCellValue("无台账");
            }
        }
        row.getCell(totalColumn()).setCellFormula(sum(totalColumn(), firstRow, lastRow));
    }

    private static String verdict(SeriesCheck check) {
        if (check.holds()) {
            return "核对：各月合计 = 期间合计 ✓";
        }
        String text = "核对不符：各月合计 " + Figures.points(check.monthsSum()) + "，期间合计 "
                + Figures.points(check.totalSum());
        if (!check.unitsNotAddingUp().isEmpty()) {
            text += "，" + check.unitsNotAddingUp().get(0).name() + " 等 " + check.unitsNotAddingUp().size()
                    + " 个单位各月之和不等于累计得分";
        }
        return text + " ✗";
    }

    private static String sum(int column, int firstRow, int lastRow) {
        if (lastRow < firstRow) {
            return "0";
        }
        String letters = CellReference.convertNumToColString(column);
        return "SUM(" + letters + (firstRow + 1) + ":" + letters + (lastRow + 1) + ")";
    }
}
