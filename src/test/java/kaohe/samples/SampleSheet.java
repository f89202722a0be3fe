package kaohe.samples;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * One sheet of a sample ledger as a clerk lays it out: title lines above the header, the header, the rows.
 *
 * <p>A row value is written by its type: a {@code String} as a text cell, a {@link LocalDate} as a date cell
 * formatted {@code yyyy/m/d}, a {@link DateCell} as a date cell in its own format, a {@link Double} as a
 * plain number (an Excel serial day that lost its date format), and {@code null} as no cell. An empty row
 * is a blank line. When the first header is 序号, the writer numbers the non-blank rows itself, so a row
 * lists the values of the other columns only.
 *
 * @param titles lines above the header, each written in one cell merged across the header's width
 */
record SampleSheet(String name, List<String> titles, List<String> headers, List<List<Object>> rows) {

    static final String NUMBER_HEADER = "序号";

    /** A date cell shown in a given Excel number format, such as {@code yyyy"年"m"月"d"日"}. */
    record DateCell(LocalDate date, String format) {
    }

    boolean numbered() {
        return headers.get(0).equals(NUMBER_HEADER);
    }

    static List<Object> row(Object... values) {
        return Arrays.asList(values);
    }

    static List<Object> blankRow() {
        return List.of();
    }

    static LocalDate date(int month, int day) {
        return LocalDate.of(2018, month, day);
    }

    static DateCell chineseDate(int month, int day) {
        return new DateCell(date(month, day), "yyyy\"年\"m\"月\"d\"日\"");
    }

    /** Returns the day as the bare Excel serial number (1900 date system) of a cell whose date format was lost. */
    static Double serial(int month, int day) {
        return org.apache.poi.ss.usermodel.DateUtil.getExcelDate(date(month, day));
    }
}
