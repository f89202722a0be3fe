package kaohe.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How points are shown in the notice, the CSV and the messages. */
class FiguresTest {

    @ParameterizedTest(name = "{0} shows as {1}")
    @CsvSource({
        "15, 15", "15.0, 15", "15.00, 15", "-10, -10", "0, 0", "0.00, 0",
        "12.5, 12.50", "12.50, 12.50", "7.25, 7.25", "0.05, 0.05", "-0.05, -0.05", "-0.5, -0.50", "-12.75, -12.75",
        "3.333, 3.33", "3.335, 3.34", "2.000, 2", "1E+1, 10", "9999999999999999, 9999999999999999",
        "123456789012345678.5, 123456789012345678.50"})
    void pointsWholeOrToTwoPlaces(String points, String expected) {
        assertEquals(expected, Figures.points(new BigDecimal(points)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"15", "15.00", "-10", "0", "0.000", "1E+2", "30.0"})
    void wholePoints(String points) {
        assertTrue(Figures.isWhole(new BigDecimal(points)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"12.5", "0.05", "-0.50", "3.333", "7.001"})
    void pointsWithDecimals(String points) {
        assertFalse(Figures.isWhole(new BigDecimal(points)));
    }
}
