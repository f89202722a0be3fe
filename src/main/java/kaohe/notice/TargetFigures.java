package kaohe.notice;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import kaohe.scoring.UnitStanding;

/** The figures of one series against its target, shared by the 目标完成 sheet and the notice text. */
final class TargetFigures {

    private TargetFigures() {
    }

    /** Returns reached ÷ units, unrounded to six places, or zero for a series with no units. */
    static BigDecimal rate(int reached, int units) {
        if (units == 0) {
            return BigDecimal.ZERO;
        }
        return BigDecimal.valueOf(reached).divide(BigDecimal.valueOf(units), 6, RoundingMode.HALF_UP);
    }

    /** Returns the mean cumulative score, rounded half up to two decimals, or zero for no units. */
    static BigDecimal average(List<UnitStanding> standings) {
        if (standings.isEmpty()) {
            return BigDecimal.ZERO;
        }
        BigDecimal sum = standings.stream().map(UnitStanding::score).reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(standings.size()), 2, RoundingMode.HALF_UP);
    }
}
