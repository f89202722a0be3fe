package kaohe.ledger;

import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;

/** Decides which number formats show a number as a date or time. */
final class DateFormats {

    private DateFormats() {
    }

    /**
     * Returns whether the number format shows dates or times.
     *
     * <p>Ids 27 to 36 and 50 to 58 are built-in formats whose pattern depends on the locale. Workbooks do not
     * store the pattern, and POI 5.5.1 has none for them. In Chinese, Japanese and Korean Excel all of them
     * are date or time formats (ECMA-376 part 1, 18.8.30, lists the zh-CN ones, such as 31 for
     * {@code yyyy"年"m"月"d"日"}), so they count as dates unless the workbook gives them its own pattern.
     *
     * @param formatId the number format id
     * @param formatString the pattern the workbook gives for the id, or null when it gives none
     */
    static boolean isDateFormat(int formatId, String formatString) {
        String pattern = formatString;
        if (pattern == null || pattern.startsWith("reserved-")) {
            if (isEastAsianDateId(formatId)) {
                return true;
            }
            pattern = BuiltinFormats.getBuiltinFormat(formatId);
        }
        if (pattern == null) {
            return false;
        }
        // POI 5.5.1 skips [DBNum1] and [$-804] prefixes and quoted text such as "年" itself.
        return DateUtil.isADateFormat(formatId, pattern);
    }

    static boolean isEastAsianDateId(int formatId) {
        return formatId >= 27 && formatId <= 36 || formatId >= 50 && formatId <= 58;
    }
}
