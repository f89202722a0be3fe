package kaohe.scoring;

import kaohe.ledger.Location;

/**
 * An input row that adds nothing to any score, and why.
 *
 * @param source the row, or the cell that caused a problem
 * @param reason a sentence for the clerk, in Chinese
 */
public record SetAside(Location source, Disposition disposition, String reason) {

    /** Why a row adds nothing. */
    public enum Disposition {
        /** The same record as a row that was counted. */
        DUPLICATE("重复"),
        /** Kept deliberately out of the score: an exempt unit, an unconfirmed report, a pending commission. */
        NOT_COUNTED("不计分"),
        /** Something the clerk must fix: an unknown name, an unreadable date, an instruction with no article. */
        PROBLEM("问题");

        private final String label;

        Disposition(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
