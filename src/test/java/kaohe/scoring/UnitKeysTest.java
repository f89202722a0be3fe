package kaohe.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import kaohe.rules.Unit;

class UnitKeysTest {

    private static Unit unit(int rosterIndex) {
        return new Unit("单位" + rosterIndex, null, rosterIndex);
    }

    @Test
    void setKeyIgnoresOrder() {
        assertEquals("3,17", UnitKeys.ofSet(List.of(unit(17), unit(3))));
        assertEquals("3,17", UnitKeys.ofSet(List.of(unit(3), unit(17))));
        assertEquals("0,2,1500", UnitKeys.ofSet(List.of(unit(1500), unit(0), unit(2))));
    }

    @Test
    void singleUnitKeyIsItsIndex() {
        assertEquals("5", UnitKeys.ofSet(List.of(unit(5))));
        assertEquals("5", UnitKeys.of(unit(5)));
        assertEquals("1023", UnitKeys.of(unit(1023)));
        assertEquals("1024", UnitKeys.of(unit(1024)));
        assertEquals("20000", UnitKeys.ofSet(List.of(unit(20000))));
    }

    @Test
    void emptySetKeyIsEmpty() {
        assertEquals("", UnitKeys.ofSet(List.of()));
    }
}
