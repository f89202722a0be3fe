package kaohe.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import kaohe.rules.Unit;

class UnitKeysTest {

    private static Unit unit(int rosterIndex) {
        return new Unit("单位" + rosterIndex, null, rosterIndex);
    }

    @Test
    void setIgnoresOrder() {
        assertTrue(UnitKeys.sameSet(List.of(unit(17), unit(3)), List.of(unit(3), unit(17))));
        assertEquals(UnitKeys.hashOfSet(List.of(unit(17), unit(3))), UnitKeys.hashOfSet(List.of(unit(3), unit(17))));
        // Arrays.hashCode of {0, 2, 1500}: ((31 + 0) * 31 + 2) * 31 + 1500.
        assertEquals(31 * 31 * 31 + 2 * 31 + 1500, UnitKeys.hashOfSet(List.of(unit(1500), unit(0), unit(2))));
    }

    @Test
    void setComparesRosterIndices() {
        Unit renamed = new Unit("另一名称", null, 5);
        assertTrue(UnitKeys.sameSet(List.of(unit(5)), List.of(renamed)));
        assertFalse(UnitKeys.sameSet(List.of(unit(5)), List.of(unit(6))));
        assertFalse(UnitKeys.sameSet(List.of(unit(3), unit(5)), List.of(unit(3), unit(6))));
    }

    @Test
    void singleUnitDiffersFromPair() {
        assertFalse(UnitKeys.sameSet(List.of(unit(3)), List.of(unit(3), unit(17))));
        assertFalse(UnitKeys.sameSet(List.of(), List.of(unit(3))));
        assertTrue(UnitKeys.sameSet(List.of(), List.of()));
    }

    @Test
    void singleUnitHashIsItsIndex() {
        assertEquals(5, UnitKeys.hashOfSet(List.of(unit(5))));
        assertEquals(20000, UnitKeys.hashOfSet(List.of(unit(20000))));
    }

    @Test
    void singleUnitKeyIsItsIndex() {
        assertEquals("5", UnitKeys.of(unit(5)));
        assertEquals("1023", UnitKeys.of(unit(1023)));
        assertEquals("1024", UnitKeys.of(unit(1024)));
    }
}
