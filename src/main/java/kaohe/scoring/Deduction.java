package kaohe.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import kaohe.ledger.Location;
import kaohe.rules.Unit;

/**
 * One row of the 扣分 sheet: points the office takes from a unit for another reason.
 *
 * @param points the points as the row gives them, of either sign
 * @param date the date, or null
 */
public record Deduction(Location source, YearMonth month, Unit unit, String reason, BigDecimal points,
                        LocalDate date) {
}
