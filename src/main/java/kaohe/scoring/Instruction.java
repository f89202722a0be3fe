package kaohe.scoring;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

import kaohe.ledger.Location;
import kaohe.rules.InstructionLevel;
import kaohe.rules.Names;
import kaohe.rules.Unit;

/**
 * One row of the 批示 sheet: a leader's instruction on an article of a unit.
 *
 * <p>It reads like a record of {@code (source, month, unit, title, articleNumber, level, date)}, with a
 * record's equality and string form. It is a class because it also keeps the keys that find its article,
 * made once when the record is made: records are made while the ledger is read, where the reading thread
 * rather than this work sets the pace, and scoring would otherwise make each key twice.
 */
public final class Instruction {

    private final Location source;
    private final YearMonth month;
    private final Unit unit;
    private final String title;
    private final String articleNumber;
    private final InstructionLevel level;
    private final LocalDate date;
    private final String numberKey;
    private final String titleKey;

    /**
     * Creates the record of a row.
     *
     * @param title the article's title, or "" when only its number is given
     * @param articleNumber the 信息编号, or ""
     * @param date the date of the instruction, or null when the ledger gives none
     */
    public Instruction(Location source, YearMonth month, Unit unit, String title, String articleNumber,
                       InstructionLevel level, LocalDate date) {
        this.source = source;
        this.month = month;
        this.unit = unit;
        this.title = title;
        this.articleNumber = articleNumber;
        this.level = level;
        this.date = date;
        this.numberKey = Names.compact(articleNumber);
        this.titleKey = Names.titleKey(title);
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

    /** Returns the article's title, or "" when only its number is given. */
    public String title() {
        return title;
    }

    /** Returns the 信息编号, or "". */
    public String articleNumber() {
        return articleNumber;
    }

    public InstructionLevel level() {
        return level;
    }

    /** Returns the date of the instruction, or null when the ledger gives none. */
    public LocalDate date() {
        return date;
    }

    /** Returns {@code Names.compact(articleNumber())}. */
    String numberKey() {
        return numberKey;
    }

    /** Returns {@code Names.titleKey(title())}. */
    String titleKey() {
        return titleKey;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Instruction that && Objects.equals(source, that.source)
                && Objects.equals(month, that.month) && Objects.equals(unit, that.unit)
                && Objects.equals(title, that.title) && Objects.equals(articleNumber, that.articleNumber)
                && Objects.equals(level, that.level) && Objects.equals(date, that.date);
    }

    @Override
    public int hashCode() {
        return Objects.hash(source, month, unit, title, articleNumber, level, date);
    }

    @Override
    public String toString() {
        return "Instruction[source=" + source + ", month=" + month + ", unit=" + unit + ", title=" + title
                + ", articleNumber=" + articleNumber + ", level=" + level + ", date=" + date + "]";
    }
}
