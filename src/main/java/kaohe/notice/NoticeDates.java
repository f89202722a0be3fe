package kaohe.notice;

import java.time.LocalDateTime;
import java.time.YearMonth;

/** The one time stamped on a notice, so that writing the same result twice gives the same bytes. */
final class NoticeDates {

    private NoticeDates() {
    }

    /** Returns the last day of {@code month} at 00:00, read as UTC. */
    static LocalDateTime documentTime(YearMonth month) {
        return month.atEndOfMonth().atStartOfDay();
    }
}
