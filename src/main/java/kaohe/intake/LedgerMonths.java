package kaohe.intake;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Works out which month a ledger is for, from its file name or from the dates inside it. */
public final class LedgerMonths {

    private static final Pattern MONTH_IN_NAME =
            Pattern.compile("(?<!\\d)(20\\d{2})\\s*(?:[-_.]\\s*|年\\s*)?(0[1-9]|1[0-2]|[1-9])(?!\\d)");

    private LedgerMonths() {
    }

    /** Returns the month a file name gives (2018-06.xlsx, 201806.xlsx, 2018年6月.xlsx), or null. */
    public static YearMonth fromFileName(String fileName) {
        Matcher matcher = MONTH_IN_NAME.matcher(Normalizer.normalize(fileName, Normalizer.Form.NFKC));
        if (!matcher.find()) {
            return null;
        }
        try {
            return YearMonth.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** Counts dates by month and returns the month most dates fall in, the later month on a tie, or null. */
    static final class Tally {
        private final Map<YearMonth, Integer> countByMonth = new TreeMap<>();

        void add(LocalDate date) {
            if (date != null && date.getYear() >= 1990) {
                countByMonth.merge(YearMonth.from(date), 1, Integer::sum);
            }
        }

        YearMonth mostCommon() {
            YearMonth best = null;
            for (Map.Entry<YearMonth, Integer> entry : countByMonth.entrySet()) {
                if (best == null || entry.getValue() >= countByMonth.get(best)) {
                    best = entry.getKey();
                }
            }
            return best;
        }
    }
}
