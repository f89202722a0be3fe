package kaohe.scoring;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;

import kaohe.rules.Unit;

/**
 * A ranked unit's figures for the period scored.
 *
 * <p>The point figures are cumulative over all months given. {@code publicationPoints}, {@code mediaPoints}
 * and {@code instructionBonus} add up each article's parts credited to the unit (each part split like the
 * article for a joint article), and {@code deductionPoints} is positive.
 *
 * @param place 1 for the best; units with equal scores share a place and the next place is skipped
 * @param topThree whether the place is 1 to 3 and the score above zero
 * @param score the cumulative score that ranks the unit
 * @param monthScore the score of the latest month alone
 * @param monthlyScores each month's own score, in month order; they add up to {@code score}
 * @param completionRate score divided by the series target, unrounded
 * @param submissions the unit's submissions (报送) over the period
 * @param adoptions the unit's scored articles over the period
 */
public record UnitStanding(
        Unit unit,
        int place,
        boolean topThree,
        BigDecimal publicationPoints,
        BigDecimal mediaPoints,
        BigDecimal instructionBonus,
        BigDecimal deductionPoints,
        BigDecimal score,
        BigDecimal monthScore,
        Map<YearMonth, BigDecimal> monthlyScores,
        BigDecimal completionRate,
        boolean reachedTarget,
        int submissions,
        int adoptions) {
}
