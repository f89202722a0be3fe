package kaohe.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import kaohe.ledger.RawCell;

class CellReaderTest {

    @Test
    void codesReadSameAsNumberOrText() {
        assertEquals("7", CellReader.code(RawCell.number(0, new BigDecimal("7"))));
        assertEquals("7", CellReader.code(RawCell.text(0, "7.0")));
        assertEquals("7", CellReader.code(RawCell.text(0, "７")));
        assertEquals("007", CellReader.code(RawCell.text(0, "007")));
        assertEquals("XS-2018-07", CellReader.code(RawCell.text(0, " XS-2018-07\u200B")));
    }

    @Test
    void pointsAreExactDecimals() {
        assertEquals(new BigDecimal("-10"), CellReader.points(RawCell.text(0, "－１０分")));
        assertEquals(new BigDecimal("4.6"), CellReader.points(RawCell.text(0, "4.6")));
        assertEquals(new BigDecimal("-5"), CellReader.points(RawCell.text(0, "\u22125")));
        assertNull(CellReader.points(RawCell.text(0, "五分")));
    }

    @Test
    void confirmationWords() {
        assertTrue(CellReader.confirms(RawCell.text(0, " 是 ")));
        assertTrue(CellReader.confirms(RawCell.text(0, "√")));
        assertTrue(CellReader.confirms(RawCell.bool(0, true)));
        assertFalse(CellReader.confirms(RawCell.text(0, "否")));
        assertFalse(CellReader.confirms(RawCell.text(0, "待审核")));
        assertFalse(CellReader.confirms(null));
    }

    @Test
    void textDropsInvisibleCharacters() {
        assertEquals("区民政局 养老服务", CellReader.text(RawCell.text(0, "\uFEFF区民政局\u00A0\r\n养老服务\u200B ")));
    }
}
