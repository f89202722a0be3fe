package kaohe.report;

import java.text.Normalizer;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The months a report covers: one quarter of a year, or a whole year.
 *
 * @param year the calendar year, such as 2018
 * @param quarter 1 to 4 for a quarter, 0 for the whole year
 */
public record Period(int year, int quarter) {

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})\\s*[-_]?\\s*Q([1-4])");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final String[] QUARTER_NAMES = {"一", "二", "三", "四"};
    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2099;

    public Period {
        if (year < FIRST_YEAR || year > LAST_YEAR || quarter < 0 || quarter > 4) {
            throw new IllegalArgumentException("no such period: " + year + " quarter " + quarter);
        }
    }

    /**
     * Parses a quarter written as 2018-Q2, 2018Q2 or 2018-q2.
     *
     * @throws IllegalArgumentException with a message for the clerk when the text is not a quarter
     */
    public static Period parseQuarter(String text) {
        String normalized = Normalizer.normalize(text.strip(), Normalizer.Form.NFKC).toUpperCase(Locale.ROOT);
        Matcher matcher = QUARTER.matcher(normalized);
        if (!matcher.matches() || !inRange(matcher.group(1))) {
            throw new IllegalArgumentException("无法识别的季度“" + text + "”，请写成 2018-Q2（Q1 至 Q4）");
        }
        return new Period(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    /**
     * Parses a year written as 2018.
     *
     * @throws IllegalArgumentException with a message for the clerk when the text is not a year
     */
    public static Period parseYear(String text) {
        String normalized = Normalizer.normalize(text.strip(), Normalizer.Form.NFKC);
        if (!YEAR.matcher(normalized).matches() || !inRange(normalized)) {
            throw new IllegalArgumentException("无法识别的年份“" + text + "”，请写成 2018");
        }
        return new Period(Integer.parseInt(normalized), 0);
    }

    private static boolean inRange(String year) {
        int value = Integer.parseInt(year);
        return value >= FIRST_YEAR && value <= LAST_YEAR;
    }

    public boolean isYear() {
        return quarter == 0;
    }

    /** The months of the period, oldest first. */
    public List<YearMonth> months() {
        int first = isYear() ? 1 : (quarter - 1) * 3 + 1;
        int count = isYear() ? 12 : 3;
        List<YearMonth> months = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            months.add(YearMonth.of(year, first + i));
        }
        return List.copyOf(months);
    }

    public boolean contains(YearMonth month) {
        return months().contains(month);
    }

    /** The period as the clerk reads it: "2018年第二季度" or "2018年度". */
    public String label() {
        return isYear() ? year + "年度" : year + "年第" + QUARTER_NAMES[quarter - 1] + "季度";
    }

    /** The report's title row. */
    public String title() {
        return "萧山区“最多跑一次”改革信息宣传考核情况（" + label() + "）";
    }

    /** The default name of the report workbook: "2018-Q2-报告.xlsx" or "2018-年度报告.xlsx". */
    public String reportFileName() {
        return isYear() ? year + "-年度报告.xlsx" : year + "-Q" + quarter + "-报告.xlsx";
    }

    /** The period as the command line writes it: "2018-Q2" or "2018". */
    @Override
    public String toString() {
        return isYear() ? Integer.toString(year) : year + "-Q" + quarter;
    }
}
