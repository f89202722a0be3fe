package kaohe.ledger;

import java.util.Objects;

/**
 * How {@link WorkbookReader} opens workbooks.
 *
 * @param password the password that opens encrypted workbooks, or null when none was given
 * @param limits the bounds that a workbook must stay within
 */
public record ReadOptions(String password, ReadLimits limits) {

    public ReadOptions {
        Objects.requireNonNull(limits, "limits");
    }

    /** Returns options with no password and {@link ReadLimits#defaults()}. */
    public static ReadOptions defaults() {
        return new ReadOptions(null, ReadLimits.defaults());
    }

    public ReadOptions withPassword(String newPassword) {
        return new ReadOptions(newPassword, limits);
    }

    public ReadOptions withLimits(ReadLimits newLimits) {
        return new ReadOptions(password, newLimits);
    }

    /** Masks the password, so that printing the options through toString does not show it. */
    @Override
    public String toString() {
        return "ReadOptions[password=" + (password == null ? "none" : "***") + ", limits=" + limits + "]";
    }
}
