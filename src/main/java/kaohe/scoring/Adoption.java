package kaohe.scoring;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

import kaohe.ledger.Location;
import kaohe.rules.Names;
import kaohe.rules.Outlet;
import kaohe.rules.Unit;

/**
 * One row of the 录用 sheet: an article adopted by a publication or reported by a media outlet.
 *
 * <p>It reads like a record of {@code (source, month, units, title, articleNumber, outlet, date, confirmed,
 * remark)}, with a record's equality and string form. It is a class because it keeps its row number and a
 * {@link Sheet} that the rows of one sheet share, in place of a {@link Location} of its own: a million-row
 * ledger would otherwise hold a million {@code Location}s, 32 MB of a 256 MB heap. {@link #source()} makes
 * the location on each call.
 *
 * <p>It also keeps the hash codes of its title key and 信息编号 key, worked out when the record is made.
 * Records are made while the ledger is read, where the reading thread rather than this work sets the pace,
 * and grouping and instruction matching would otherwise hash every row's texts again when scoring.
 */
public final class Adoption {

    private final Sheet sheet;
    private final int rowNumber;
    private final List<Unit> units;
    private final String title;
    private final String articleNumber;
    private final Outlet outlet;
    private final LocalDate date;
    private final boolean confirmed;
    private final String remark;
    private final int titleKeyHash;
    private final int numberKeyHash;

    /**
     * The part of an adoption's location and month that every row of one sheet has in common.
     *
     * @param columnIndex the column of the location, {@link Location#NO_COLUMN} for a whole row
     * @param month the month of the ledger the sheet is in
     */
    public record Sheet(String file, String sheet, int columnIndex, YearMonth month) {

        /** Returns whether a row at {@code source} of a ledger of {@code month} can share this instance. */
        public boolean contains(Location source, YearMonth month) {
            return Objects.equals(file, source.file()) && Objects.equals(sheet, source.sheet())
                    && columnIndex == source.columnIndex() && this.month.equals(month);
        }
    }

    /**
     * Creates the record of a row.
     *
     * @param source where the row is
     * @param month the month of the ledger the row is in
     * @param units the units credited; more than one for a joint article
     * @param articleNumber the 信息编号, or "" when the row has none
     * @param confirmed whether the reform office confirmed it (审核 是); only media reports need it
     * @param remark the 备注 text, or ""
     */
    public Adoption(Location source, YearMonth month, List<Unit> units, String title, String articleNumber,
                    Outlet outlet, LocalDate date, boolean confirmed, String remark) {
        this(new Sheet(source.file(), source.sheet(), source.columnIndex(), month), source.rowNumber(), units, title,
                articleNumber, outlet, date, confirmed, remark);
    }

    /** Creates the record of a row of {@code sheet}, which the sheet's other rows should share. */
    public Adoption(Sheet sheet, int rowNumber, List<Unit> units, String title, String articleNumber,
                    Outlet outlet, LocalDate date, boolean confirmed, String remark) {
        this.sheet = Objects.requireNonNull(sheet, "sheet");
        this.rowNumber = rowNumber;
        this.units = units;
        this.title = title;
        this.articleNumber = articleNumber;
        this.outlet = outlet;
        this.date = date;
        this.confirmed = confirmed;
        this.remark = remark;
        this.titleKeyHash = Names.titleKeyHash(title);
        this.numberKeyHash = Names.compactHash(articleNumber);
    }

    /** Returns where the row is, a new {@link Location} on each call. */
    public Location source() {
        return new Location(sheet.file(), sheet.sheet(), rowNumber, sheet.columnIndex());
    }

    /** Returns the file of {@link #source()} without making the location. */
    String file() {
        return sheet.file();
    }

    /** Returns the month of the ledger the row is in. */
    public YearMonth month() {
        return sheet.month();
    }

    public List<Unit> units() {
        return units;
    }

    public String title() {
        return title;
    }

    /** Returns the 信息编号, or "" when the row has none. */
    public String articleNumber() {
        return articleNumber;
    }

    public Outlet outlet() {
        return outlet;
    }

    public LocalDate date() {
        return date;
    }

    /** Returns whether the reform office confirmed it (审核 是); only media reports need it. */
    public boolean confirmed() {
        return confirmed;
    }

    /** Returns the 备注 text, or "". */
    public String remark() {
        return remark;
    }

    /** Returns {@code Names.titleKey(title()).hashCode()}. Equal hash codes do not prove equal keys. */
    int titleKeyHash() {
        return titleKeyHash;
    }

    /** Returns {@code Names.compact(articleNumber()).hashCode()}. Equal hash codes do not prove equal keys. */
    int numberKeyHash() {
        return numberKeyHash;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Adoption that && rowNumber == that.rowNumber && confirmed == that.confirmed
                && sheet.equals(that.sheet) && Objects.equals(units, that.units) && Objects.equals(title, that.title)
                && Objects.equals(articleNumber, that.articleNumber) && Objects.equals(outlet, that.outlet)
                && Objects.equals(date, that.date) && Objects.equals(remark, that.remark);
    }

    @Override
    public int hashCode() {
        return Objects.hash(source(), month(), units, title, articleNumber, outlet, date, confirmed, remark);
    }

    @Override
    public String toString() {
        return "Adoption[source=" + source() + ", month=" + month() + ", units=" + units + ", title=" + title
                + ", articleNumber=" + articleNumber + ", outlet=" + outlet + ", date=" + date + ", confirmed="
                + confirmed + ", remark=" + remark + "]";
    }
}
