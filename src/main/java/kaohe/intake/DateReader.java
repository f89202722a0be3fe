package kaohe.intake;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kaohe.ledger.RawCell;

/**
 * Reads the date a clerk sees in a cell: a date cell, an Excel serial day in a General or Text cell (in
 * the workbook's 1900 or 1904 date system), 20180605 as a number, or text in any of the forms
 * 2018-06-05, 2018/6/5, 2018.6.5, 20180605, 2018年6月5日, and without a year 6月5日 and 6.5.
 */
final class DateReader {

    /** Serial days from 1 (1900-01-01) to 2958465 (9999-12-31), the range Excel accepts. */
    private static final BigDecimal MAX_SERIAL = BigDecimal.valueOf(2_958_465);
    private static final Pattern FULL =
            Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*[日号]?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern MONTH_DAY = Pattern.compile(
           "(\\d{1,2})\\s*(?:月\\s*(\\d{1,2})\\s*[日号]?|\\.(\\d{1,2}))");
    private static final Pattern SERIAL = Pattern.compile("\\d{1,7}(\\.\\d+)?");
    private static final Pattern TIME_OF_DAY = Pattern.compile("(?:\\s+|T)\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?$");
    private static final Pattern FORMAT_CHARACTERS = Pattern.compile("[\\p{Cf}\\uFEFF]");
    private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 30);
    private static final LocalDate EPOCH_1904 = LocalDate.of(1904, 1, 1);

    private DateReader() {
    }

    /**
     * Returns the date in {@code cell}, or null when it contains none of the accepted forms.
     *
     * @param defaultYear the ledger's year, for 6月5日 and 6.5
     */
    static LocalDate read(RawCell cell, boolean date1904, int defaultYear) {
        return switch (cell.kind()) {
            case DATE -> cell.date();
            case NUMBER -> fromNumber(cell.number(), date1904, defaultYear);
            case TEXT -> fromText(cell.text(), date1904, defaultYear);
            default -> null;
        };
    }

    private static LocalDate fromNumber(BigDecimal number, boolean date1904, int defaultYear) {
        String plain = number.stripTrailingZeros().toPlainString();
        Matcher compact = COMPACT.matcher(plain);
        if (compact.matches()) {
            return date(compact.group(1), compact.group(2), compact.group(3));
        }
        if (number.scale() > 0 && number.compareTo(BigDecimal.valueOf(13)) < 0) {
            Matcher monthDay = MONTH_DAY.matcher(plain);
            return monthDay.matches() ? monthDay(monthDay, defaultYear) : null;
        }
        return fromSerial(number, date1904);
    }

    private static LocalDate fromText(String text, boolean date1904, int defaultYear) {
        String value = TIME_OF_DAY.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC).strip()).replaceFirst("");
        value = FORMAT_CHARACTERS.matcher(value).replaceAll("").strip();
        Matcher full = FULL.matcher(value);
        if (full.matches()) {
            return date(full.group(1), full.group(2), full.group(3));
        }
        Matcher compact = COMPACT.matcher(value);
        if (compact.matches()) {
            return date(compact.group(1), compact.group(2), compact.group(3));
        }
        Matcher monthDay = MONTH_DAY.matcher(value);
        if (monthDay.matches()) {
            return monthDay(monthDay, defaultYear);
        }
        if (SERIAL.matcher(value).matches()) {
            return fromSerial(new BigDecimal(value), date1904);
        }
        return null;
    }

    private static LocalDate monthDay(Matcher matcher, int defaultYear) {
        String day = matcher.group(2) != null ? matcher.group(2) : matcher.group(3);
        return date(Integer.toString(defaultYear), matcher.group(1), day);
    }

    /** Converts a serial day, ignoring any time of day; 1900's fictitious 29 February is read as 28 February. */
    static LocalDate fromSerial(BigDecimal serial, boolean date1904) {
        if (serial.signum() < 0 || serial.compareTo(MAX_SERIAL) > 0) {
            return null;
        }
        long days = serial.longValue();
        if (date1904) {
            return EPOCH_1904.plusDays(days);
        }
        if (days < 1) {
            return null;
        }
        if (days == 60) {
            return LocalDate.of(1900, 2, 28);
        }
        return days < 60 ? EPOCH_1900.plusDays(days + 1) : EPOCH_1900.plusDays(days);
    }

    private static LocalDate date(String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
