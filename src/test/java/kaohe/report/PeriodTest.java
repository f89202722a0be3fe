package kaohe.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

class PeriodTest {

    @Test
    void quarterHasItsThreeMonths() {
        Period period = Period.parseQuarter("2018-Q2");

        assertEquals(List.of(YearMonth.of(2018, 4), YearMonth.of(2018, 5), YearMonth.of(2018, 6)), period.months());
        assertTrue(period.contains(YearMonth.of(2018, 6)));
        assertFalse(period.contains(YearMonth.of(2018, 7)));
        assertEquals("2018年第二季度", period.label());
        assertEquals("萧山区“最多跑一次”改革信息宣传考核情况（2018年第二季度）", period.title());
        assertEquals("2018-Q2-报告.xlsx", period.reportFileName());
    }

    @Test
    void quarterAcceptsCommonSpellings() {
        assertEquals(new Period(2018, 4), Period.parseQuarter("2018q4"));
        assertEquals(new Period(2018, 1), Period.parseQuarter(" 2018-Q1 "));
        assertEquals(new Period(2018, 3), Period.parseQuarter("２０１８－Ｑ３"));
    }

    @Test
    void badQuarterIsRejectedWithTheExpectedForm() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> Period.parseQuarter("2018-Q5"));

        assertEquals("无法识别的季度“2018-Q5”，请写成 2018-Q2（Q1 至 Q4）", error.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Period.parseQuarter("二季度"));
    }

    @Test
    void yearHasTwelveMonths() {
        Period year = Period.parseYear("2018");

        assertEquals(12, year.months().size());
        assertEquals(YearMonth.of(2018, 12), year.months().get(11));
        assertEquals("萧山区“最多跑一次”改革信息宣传考核情况（2018年度）", year.title());
        assertEquals("2018-年度报告.xlsx", year.reportFileName());
        assertThrows(IllegalArgumentException.class, () -> Period.parseYear("18"));
    }
}
