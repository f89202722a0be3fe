package kaohe.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import kaohe.ledger.RawCell;

class DateReaderTest {

    private static final LocalDate JUNE_5 = LocalDate.of(2018, 6, 5);

    private static LocalDate text(String value) {
        return DateReader.read(RawCell.text(0, value), false, 2018);
    }

    private static LocalDate number(String value, boolean date1904) {
        return DateReader.read(RawCell.number(0, new BigDecimal(value)), date1904, 2018);
    }

    @Test
    void everyTextFormReadsSameDay() {
        for (String form : new String[] {"2018-06-05", "2018/6/5", "2018.6.5", "20180605", "2018年6月5日", "6月5日",
            "6.5", "２０１８年６月５日", " 2018-6-5 ", "2018-06-05 00:00:00", "2018年06月05号", "43256"}) {
            assertEquals(JUNE_5, text(form), form);
        }
    }

    @Test
    void serialsInBothDateSystems() {
        assertEquals(JUNE_5, number("43256", false));
        assertEquals(JUNE_5, number("41794", true));
        assertEquals(JUNE_5, number("43256.75", false));
        assertEquals(JUNE_5, number("20180605", false));
        assertEquals(JUNE_5, number("6.05", false));
        assertEquals(LocalDate.of(1900, 3, 1), number("61", false));
    }

    @Test
    void impossibleDatesAreRejected() {
        for (String form : new String[] {"2018.13.5", "2018-02-30", "六月五日", "下周", "6/5/18", "13.5"}) {
            assertNull(text(form), form);
        }
    }
}
