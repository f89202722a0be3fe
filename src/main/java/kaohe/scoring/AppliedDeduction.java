package kaohe.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import kaohe.ledger.Location;
import kaohe.rules.Unit;

/**
 * Points taken from a unit.
 *
 * @param reason what the notice says, in Chinese
 * @param points the points taken, as a positive number
 * @param date the deadline of a late commission, or the date of another deduction; may be null
 * @param sources the rows it comes from
 */
public record AppliedDeduction(Unit unit, Kind kind, String reason, BigDecimal points, LocalDate date,
                               List<Location> sources) {

    /** The two kinds of deduction the regulation names. */
    public enum Kind {
        LATE_COMMISSION("未按时完成约稿"),
        OTHER("其他扣分");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
