package kaohe.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class NameTableTest {

    private final NameTable<Unit> roster = new NameTable<>(Names::unitKey);
    private final Unit civilAffairs = new Unit("区民政局", null, 0);
    private final Unit dataCentre = new Unit("区信息中心", null, 1);

    NameTableTest() {
        roster.add(civilAffairs, "区民政局", List.of("民政局"));
        roster.add(dataCentre, "区信息中心", List.of());
    }

    @Test
    void rememberedSpellingFindsSameUnit() {
        Unit first = roster.find("萧山区民政局");
        Unit second = roster.find("萧山区民政局");

        assertSame(civilAffairs, first);
        assertSame(civilAffairs, second);
        assertSame(dataCentre, roster.find("区信息中心"));
        assertSame(civilAffairs, roster.find("萧山区民政局"));
        assertEquals(2, roster.rememberedCount());
    }

    @Test
    void unknownSpellingIsNotRemembered() {
        assertNull(roster.find("区统计局"));
        assertEquals(0, roster.rememberedCount());

        Unit statistics = new Unit("区统计局", null, 2);
        roster.add(statistics, "区统计局", List.of());

        assertSame(statistics, roster.find("区统计局"));
    }

    @Test
    void rememberedSpellingsStayWithinBound() {
        // Each spelling differs by its trailing spaces, which the key drops, so every one finds a unit.
        StringBuilder spelling = new StringBuilder("区民政局");
        for (int i = 0; i < NameTable.MAX_REMEMBERED * 3; i++) {
            spelling.append(' ');
            assertSame(civilAffairs, roster.find(spelling.toString()));
            assertTrue(roster.rememberedCount() <= NameTable.MAX_REMEMBERED, "remembered after " + i);
        }
        assertTrue(roster.rememberedCount() > 0);
    }

    @Test
    void nullSpellingFindsNothing() {
        assertNull(roster.find(null));
    }
}
