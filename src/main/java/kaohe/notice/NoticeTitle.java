package kaohe.notice;

import java.time.YearMonth;
import java.util.List;

/** The title every sheet of the notice carries, naming the month and, for several months, the whole period. */
final class NoticeTitle {

    private NoticeTitle() {
    }

    /**
     * Returns "萧山区“最多跑一次”改革信息宣传考核情况（2018年6月）", or for several months
     * "…（2018年6月，累计2018年5月至6月）".
     */
    static String of(YearMonth month, List<YearMonth> months) {
        return "萧山区“最多跑一次”改革信息宣传考核情况（" + period(month, months) + "）";
    }

    /** Returns "2018年6月", or "2018年6月，累计2018年5月至6月" when more than one month was scored. */
    static String period(YearMonth month, List<YearMonth> months) {
        if (months.size() <= 1) {
            return monthText(month);
        }
        return monthText(month) + "，累计" + span(months.get(0), month);
    }

    /** Returns "2018年5月至6月", or "2017年12月至2018年2月" across a new year. */
    static String span(YearMonth first, YearMonth last) {
        if (first.equals(last)) {
            return monthText(last);
        }
        String end = first.getYear() == last.getYear() ? last.getMonthValue() + "月" : monthText(last);
        return monthText(first) + "至" + end;
    }

    static String monthText(YearMonth month) {
        return month.getYear() + "年" + month.getMonthValue() + "月";
    }
}
