package kaohe.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Date format detection and number rounding shared by both readers. */
class DateFormatsTest {

    @Test
    void detectsChineseAndBuiltinDateFormats() {
        assertTrue(DateFormats.isDateFormat(176, "yyyy\"年\"m\"月\"d\"日\""));
        assertTrue(DateFormats.isDateFormat(177, "[DBNum1][$-804]yyyy\"年\"m\"月\"d\"日\""));
        assertTrue(DateFormats.isDateFormat(178, "[$-F800]dddd\\,\\ mmmm\\ dd\\,\\ yyyy"));
        for (int id : new int[] {14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 31, 36, 50, 58}) {
            assertTrue(DateFormats.isDateFormat(id, null), "built-in id " + id);
        }
        assertTrue(DateFormats.isDateFormat(31, "reserved-0x1F"));
    }

    @Test
    void keepsNumberFormatsAsNumbers() {
        assertFalse(DateFormats.isDateFormat(0, "General"));
        assertFalse(DateFormats.isDateFormat(2, null));
        assertFalse(DateFormats.isDateFormat(180, "0.00_ "));
        assertFalse(DateFormats.isDateFormat(181, "[DBNum1]0"));
        assertFalse(DateFormats.isDateFormat(31, "0.00"));
    }

    @Test
    void roundsToFifteenSignificantDigits() {
        assertEquals(new BigDecimal("4.6"), CellValues.toNumber(4.6000000000000005));
        assertEquals(new BigDecimal("1"), CellValues.toNumber(1.0));
        assertEquals(new BigDecimal("100"), CellValues.toNumber(100.0));
        assertEquals(new BigDecimal("0.3"), CellValues.toNumber(0.1 + 0.2));
        assertEquals(new BigDecimal("123456789012345"), CellValues.toNumber(123456789012345.0));
        assertEquals("-0.5", CellValues.toNumber(-0.5).toPlainString());
    }

    @Test
    void decodesEscapes() {
        assertEquals("a\rb", XmlEscapes.decode("a_x000D_b"));
        assertEquals("_x000D_", XmlEscapes.decode("_x005F_x000D_"));
        assertEquals("_x00G0_ and _x12", XmlEscapes.decode("_x00G0_ and _x12"));
    }
}
