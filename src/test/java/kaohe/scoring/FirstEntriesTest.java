package kaohe.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FirstEntriesTest {

    @Test
    void equalHashesSplitByKey() {
        String[] keys = {"甲", "乙", "甲", "乙", "丙"};
        FirstEntries firstEntries = new FirstEntries((stored, entry) -> keys[stored].equals(keys[entry]));

        assertEquals(-1, firstEntries.putIfAbsent(7, 0));
        assertEquals(-1, firstEntries.putIfAbsent(7, 1));
        assertEquals(0, firstEntries.putIfAbsent(7, 2));
        assertEquals(1, firstEntries.putIfAbsent(7, 3));
        assertEquals(-1, firstEntries.putIfAbsent(7, 4));
    }

    @Test
    void entriesSurviveGrowth() {
        // Entry i has the key i % 1500 and one of ten hash codes, so entries 1500 to 2999 repeat 0 to 1499.
        FirstEntries firstEntries = new FirstEntries((stored, entry) -> stored % 1500 == entry % 1500);
        for (int i = 0; i < 1500; i++) {
            assertEquals(-1, firstEntries.putIfAbsent(i % 1500 % 10, i));
        }
        for (int i = 1500; i < 3000; i++) {
            assertEquals(i - 1500, firstEntries.putIfAbsent(i % 1500 % 10, i));
        }
    }
}
