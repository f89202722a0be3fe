package kaohe.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RulesLoaderTest {

    private static RuleTable csv(String name, String text) throws RulesException {
        return RulesLoader.readCsv(name, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void wrongHeaderNamesTheHeader() throws Exception {
        RuleTable roster = csv("roster.csv", "名称,序列\n区民政局,A\n");

        RulesException error = assertThrows(RulesException.class,
                () -> RulesLoader.build(Map.of(RulesLoader.TableName.ROSTER, roster)));

        assertTrue(error.getMessage().contains("表头中没有“单位”列"), error.getMessage());
    }

    @Test
    void shortLinesReadAsBlank() throws Exception {
        RuleTable series = csv("series.csv", "考核序列,目标分\nA,50\nB,30\nC,15\n");
        RuleTable roster = csv("roster.csv", "单位,考核序列,别名\n区民政局,A\n区档案局,B\n城厢街道,C\n");

        Rules rules = RulesLoader.build(Map.of(RulesLoader.TableName.SERIES, series,
                RulesLoader.TableName.ROSTER, roster));

        assertEquals(3, rules.units().size());
        assertEquals(0, rules.series("A").target().compareTo(BigDecimal.valueOf(50)));
    }

    @Test
    void unknownSettingIsRejected() throws Exception {
        RuleTable settings = csv("settings.csv", "设置,值\nsame-level,add\n");

        RulesException error = assertThrows(RulesException.class,
                () -> RulesLoader.build(Map.of(RulesLoader.TableName.SETTINGS, settings)));

        assertTrue(error.getMessage().contains("未知的设置“same-level”"), error.getMessage());
    }

    @Test
    void rosterIndicesCountUnitsFromZero() {
        List<Unit> units = RulesLoader.defaults().units();

        // The default roster has 80 units; scoring keeps each unit's totals at its roster index.
        assertEquals(80, units.size());
        for (int i = 0; i < units.size(); i++) {
            assertEquals(i, units.get(i).rosterIndex(), units.get(i).name());
        }
        assertEquals(units.get(0), RulesLoader.defaults().roster().find("区市监局"));
    }
}
