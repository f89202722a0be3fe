package kaohe.scoring;

import java.time.LocalDate;
import java.time.YearMonth;

import kaohe.ledger.Location;
import kaohe.rules.Names;
import kaohe.rules.Unit;

/**
 * One row of the 约稿 sheet: an article the reform office ordered from a unit by a deadline.
 *
 * @param number the 约稿编号, or "" when the row has none
 * @param completedOn the completion date, or null
 * @param completed whether the row records the commission as done without giving a date (是, 完成, √)
 */
public record Commission(Location source, YearMonth month, String number, String topic, Unit unit,
                         LocalDate deadline, LocalDate completedOn, boolean completed) {

    /**
     * The key shared by every row of one commission, in any month: its unit and 约稿编号, or without a number
     * its unit, topic and deadline.
     */
    public String identity() {
        String unitKey = UnitKeys.of(unit);
        String compactNumber = Names.compact(number);
        if (!compactNumber.isEmpty()) {
            return unitKey + "#n:" + compactNumber;
        }
        return unitKey + "#t:" + Names.titleKey(topic) + "@" + deadline;
    }

    /** Whether this row records the commission as done by its deadline: a date on or before it, or a word for done. */
    public boolean completedOnTime() {
        return completedOn == null ? completed : !completedOn.isAfter(deadline);
    }
}
