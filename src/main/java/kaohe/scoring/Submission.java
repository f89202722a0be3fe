package kaohe.scoring;

import java.time.LocalDate;
import java.time.YearMonth;

import kaohe.ledger.Location;
import kaohe.rules.Unit;

/**
 * One row of the 报送 sheet: an article a unit sent to the reform office.
 *
 * @param date the date, or null
 */
public record Submission(Location source, YearMonth month, Unit unit, String title, LocalDate date) {
}
