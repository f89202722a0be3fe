package kaohe.ledger;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.DateUtil;

/** Conversions shared by the .xls and .xlsx readers, so that both deliver the same cell for the same value. */
final class CellValues {

    /** Excel shows and computes with 15 significant digits. */
    private static final MathContext EXCEL_PRECISION = new MathContext(15, RoundingMode.HALF_EVEN);
    /** Whole numbers below this have at most 15 digits, so {@link #toNumber} leaves them as they are. */
    private static final double EXACT_WHOLE_NUMBERS = 1e15;
    /** The bound, past 9999-12-31 in both date systems, below which serial numbers are converted without POI. */
    private static final double ARITHMETIC_DAYS = 3_000_000;
    /**
     * The part of a day from which POI's rounding to the second reaches the next day: 1 - 0.5 s / 86400 s.
     * No decimal fraction equals it exactly.
     */
    private static final double NEXT_DAY = 1 - 1 / 172_800.0;
    private static final long DAY_ZERO_1900 = LocalDate.of(1900, 1, 1).toEpochDay();
    private static final long DAY_ZERO_1904 = LocalDate.of(1904, 1, 1).toEpochDay();
    /** The first serial number after Excel's 1900-02-29, a day that does not exist. */
    private static final int MARCH_1900 = 61;

    private CellValues() {
    }

    /**
     * Converts a stored double to the number Excel shows: 15 significant digits, no trailing zeros, and never
     * a negative scale, so 4.6000000000000005 becomes 4.6, 1.0 becomes 1 and 100.0 stays 100.
     */
    static BigDecimal toNumber(double value) {
        if (value == Math.rint(value) && Math.abs(value) < EXACT_WHOLE_NUMBERS) {
            return BigDecimal.valueOf((long) value);
        }
        BigDecimal number = new BigDecimal(value).round(EXCEL_PRECISION).stripTrailingZeros();
        return number.scale() < 0 ? number.setScale(0) : number;
    }

    /**
     * Builds the cell for a stored number. A date format makes it a DATE cell, unless the number is outside
     * the dates Excel can show (negative, or past 9999-12-31), which stays a NUMBER.
     */
    static RawCell numeric(int column, double value, boolean dateFormatted, boolean date1904) {
        BigDecimal number = toNumber(value);
        if (!dateFormatted || !DateUtil.isValidExcelDate(value)) {
            return RawCell.number(column, number);
        }
        LocalDate date = excelDay(value, date1904);
        if (date == null || date.getYear() > 9999) {
            return RawCell.number(column, number);
        }
        return RawCell.date(column, number, date);
    }

    /**
     * Returns the day of a serial number as {@code DateUtil.getLocalDateTime(serial, date1904, true)} gives
     * it, with the time rounded to the second, or null when POI gives null (a negative serial). In the 1900
     * system serial 60 is Excel's 1900-02-29, which POI reads as 1900-03-01, as it does serial 61.
     */
    static LocalDate excelDay(double serial, boolean date1904) {
        if (!DateUtil.isValidExcelDate(serial)) {
            return null;
        }
        int wholeDays = (int) serial;
        double fraction = serial - wholeDays;
        // POI reads the fraction from the decimal of Double.toString, which can differ from the binary
        // fraction by half an ulp. So POI decides near NEXT_DAY, and for serials whose int part would wrap.
        if (serial >= ARITHMETIC_DAYS || Math.abs(fraction - NEXT_DAY) <= 4 * Math.ulp(serial)) {
            return DateUtil.getLocalDateTime(serial, date1904, true).toLocalDate();
        }
        long day;
        if (date1904) {
            day = DAY_ZERO_1904 + wholeDays;
        } else {
            day = DAY_ZERO_1900 + wholeDays - (wholeDays < MARCH_1900 ? 1 : 2);
        }
        return LocalDate.ofEpochDay(fraction > NEXT_DAY ? day + 1 : day);
    }

    /** Builds the DATE cell for a calendar day, computing the serial number in the workbook's date system. */
    static RawCell date(int column, LocalDate date, boolean date1904) {
        return RawCell.date(column, toNumber(DateUtil.getExcelDate(date, date1904)), date);
    }

    /** Returns the same value at another column, for the cells of a merged region. */
    static RawCell atColumn(RawCell cell, int column) {
        return new RawCell(column, cell.kind(), cell.text(), cell.number(), cell.date());
    }
}
