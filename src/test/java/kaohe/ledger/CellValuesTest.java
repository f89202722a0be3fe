package kaohe.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.DateUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link CellValues}: serial numbers to days as POI reads them, and numbers as Excel shows them. */
class CellValuesTest {

    private static LocalDate poiDay(double serial, boolean date1904) {
        return DateUtil.getLocalDateTime(serial, date1904, true).toLocalDate();
    }

    @ParameterizedTest
    @CsvSource({
        "0, false, 1899-12-31", "1, false, 1900-01-01", "59, false, 1900-02-28", "60, false, 1900-03-01",
        "61, false, 1900-03-01", "62, false, 1900-03-02", "43253, false, 2018-06-02",
        "43253.5, false, 2018-06-02", "43253.999994, false, 2018-06-02", "43253.9999943, false, 2018-06-03",
        "2958465, false, 9999-12-31", "2958466, false, +10000-01-01", "0, true, 1904-01-01",
        "1, true, 1904-01-02", "41791, true, 2018-06-02", "0.99999, true, 1904-01-01", "0.999995, true, 1904-01-02"
    })
    void serialNumbersGiveTheDayExcelShows(double serial, boolean date1904, LocalDate expected) {
        assertEquals(expected, CellValues.excelDay(serial, date1904));
    }

    @Test
    void negativeSerialNumbersAreNoDays() {
        assertNull(CellValues.excelDay(-1, false));
        assertNull(CellValues.excelDay(-0.5, true));
        assertEquals(LocalDate.of(1899, 12, 31), CellValues.excelDay(-0.0, false));
    }

    @Test
    void everyDayFrom1900To2100IsPoisDay() {
        for (int serial = 0; serial <= 73_051; serial++) {
            for (boolean date1904 : new boolean[] {false, true}) {
                assertEquals(poiDay(serial, date1904), CellValues.excelDay(serial, date1904), serial + " " + date1904);
            }
        }
    }

    @Test
    void fractionsOfADayArePoisDay() {
        double[] fractions = {1e-9, 0.25, 0.5, 0.75, 0.999, 0.99999, 0.999994, 0.9999942, 0.99999421,
            0.999994212962, 0.9999942129629, 0.99999421296296, 0.999994212962963, 0.9999942129629631,
            0.9999943, 0.999995, 0.9999999, 1 - 1 / 172_800.0, Math.nextUp(1 - 1 / 172_800.0),
            Math.nextDown(1 - 1 / 172_800.0), Math.nextDown(1.0)};
        for (int serial = 0; serial <= 73_051; serial += 7) {
            for (double fraction : fractions) {
                double value = serial + fraction;
                assertEquals(poiDay(value, false), CellValues.excelDay(value, false), Double.toString(value));
                assertEquals(poiDay(value, true), CellValues.excelDay(value, true), Double.toString(value));
            }
        }
    }

    @Test
    void secondsBeforeMidnightRoundToTheNextDay() {
        double lastHalfSecond = 43253 + 86_399.5 / 86_400;

        assertEquals(LocalDate.of(2018, 6, 3), CellValues.excelDay(lastHalfSecond, false));
        assertEquals(LocalDate.of(2018, 6, 2), CellValues.excelDay(43253 + 86_399.4 / 86_400, false));
    }

    @ParameterizedTest
    @CsvSource({
        "0, 0, 0", "1, 1, 0", "100, 100, 0", "-42, -42, 0", "43253, 43253, 0", "-0.0, 0, 0",
        "999999999999999, 999999999999999, 0", "1000000000000000, 1000000000000000, 0",
        "1234567890123456789, 1234567890123460000, 0", "4.6000000000000005, 4.6, 1", "0.1, 0.1, 1", "1.25, 1.25, 2"
    })
    void numbersHaveFifteenDigitsAndNoTrailingZeros(double value, String expected, int scale) {
        BigDecimal number = CellValues.toNumber(value);

        assertEquals(expected, number.toPlainString());
        assertEquals(scale, number.scale());
    }

    @Test
    void dateCellsOutsideExcelsDaysStayNumbers() {
        assertEquals(RawCell.Kind.DATE, CellValues.numeric(0, 43253, true, false).kind());
        assertEquals("2018-06-02", CellValues.numeric(0, 43253, true, false).text());
        assertEquals(RawCell.Kind.NUMBER, CellValues.numeric(0, 2958466, true, false).kind());
        assertEquals(RawCell.Kind.NUMBER, CellValues.numeric(0, -1, true, false).kind());
        assertEquals(RawCell.Kind.NUMBER, CellValues.numeric(0, 43253, false, false).kind());
    }
}
