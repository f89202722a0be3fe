package kaohe.scoring;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

import kaohe.ledger.Location;
import kaohe.rules.Names;
import kaohe.rules.Unit;

/**
 * One row of the 报送 sheet: an article a unit sent to the reform office.
 *
 * <p>It reads like a record of {@code (source, month, unit, title, date)}, with a record's equality and
 * string form. It is a class because it also keeps the hash code of its title key, worked out when the
 * record is made while the ledger is read, so that finding repeated submissions does not hash each title.
 */
public final class Submission {

    private final Location source;
    private final YearMonth month;
    private final Unit unit;
    private final String title;
    private final LocalDate date;
    private final int titleKeyHash;

    /** @param date the date, or null */
    public Submission(Location source, YearMonth month, Unit unit, String title, LocalDate date) {
        this.source = source;
        this.month = month;
        this.unit = unit;
        this.title = title;
        this.date = date;
        this.titleKeyHash = Names.titleKeyHash(title);
    }

    public Location source() {
        return source;
    }

    public YearMonth month() {
        return month;
    }

    public Unit unit() {
        return unit;
    }

    public String title() {
        return title;
    }

    /** Returns the date, or null. */
    public LocalDate date() {
        return date;
    }

    /** Returns {@code Names.titleKey(title()).hashCode()}. Equal hash codes do not prove equal keys. */
    int titleKeyHash() {
        return titleKeyHash;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Submission that && Objects.equals(source, that.source)
                && Objects.equals(month, that.month) && Objects.equals(unit, that.unit)
                && Objects.equals(title, that.title) && Objects.equals(date, that.date);
    }

    @Override
    public int hashCode() {
        return Objects.hash(source, month, unit, title, date);
    }

    @Override
    public String toString() {
        return "Submission[source=" + source + ", month=" + month + ", unit=" + unit + ", title=" + title
                + ", date=" + date + "]";
    }
}
