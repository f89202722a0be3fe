package kaohe.report;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kaohe.rules.Unit;
import kaohe.scoring.SeriesRanking;
import kaohe.scoring.UnitStanding;

/**
 * The check that a series' months add up to its period totals: the sum of each month column, the sum of
 * the totals, and the units whose own months do not add up to their total.
 *
 * @param monthSums the sum of the units' own scores of each month that has a ledger, in month order
 * @param totalSum the sum of the units' period totals
 * @param unitsNotAddingUp the units whose months add up to something other than their total; empty when all do
 */
public record SeriesCheck(Map<YearMonth, BigDecimal> monthSums, BigDecimal totalSum, List<Unit> unitsNotAddingUp) {

    /** Adds up the month columns and the totals of one series. */
    public static SeriesCheck of(SeriesRanking ranking, List<YearMonth> months) {
        Map<YearMonth, BigDecimal> monthSums = new LinkedHashMap<>();
        months.forEach(month -> monthSums.put(month, BigDecimal.ZERO));
        BigDecimal totalSum = BigDecimal.ZERO;
        List<Unit> notAddingUp = new ArrayList<>();
        for (UnitStanding standing : ranking.standings()) {
            BigDecimal unitSum = BigDecimal.ZERO;
            for (Map.Entry<YearMonth, BigDecimal> month : standing.monthlyScores().entrySet()) {
                monthSums.merge(month.getKey(), month.getValue(), BigDecimal::add);
                unitSum = unitSum.add(month.getValue());
            }
            if (unitSum.compareTo(standing.score()) != 0) {
                notAddingUp.add(standing.unit());
            }
            totalSum = totalSum.add(standing.score());
        }
        return new SeriesCheck(monthSums, totalSum, List.copyOf(notAddingUp));
    }

    /** The sum of all month columns. */
    public BigDecimal monthsSum() {
        return monthSums.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Whether the month columns add up to the totals, for the series and for each of its units. */
    public boolean holds() {
        return unitsNotAddingUp.isEmpty() && monthsSum().compareTo(totalSum) == 0;
    }
}
