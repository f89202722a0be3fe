package kaohe.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NamesTest {

    private final Rules rules = RulesLoader.defaults();

    @Test
    void unitSpellingsFindOneUnit() {
        for (String spelling : new String[] {"萧山区市场监督管理局", "区市场监督管理局 ", "市场监督管理局", "区市场监管局",
            "杭州市萧山区市场监督管理局", "区市场监督管理局\u200B", "区市场\u3000监督管理局", "区市场监督管理局\u00A0"}) {
            Unit unit = rules.roster().find(spelling);
            assertNotNull(unit, spelling);
            assertEquals("区市场监督管理局", unit.name(), spelling);
        }
    }

    @Test
    void fullWidthBracketsMatchRosterName() {
        assertEquals("区住房和城乡建设局（规划分局）", rules.roster().find("区住房和城乡建设局(规划分局)").name());
        assertEquals("萧山经济技术开发区", rules.roster().find("开发区").name());
    }

    @Test
    void outletSpellingsFindOneOutlet() {
        for (String spelling : new String[] {"《杭州信息·今日要情》", "杭州信息•今日要情", "杭州信息-今日要情", "杭州信息今日要情",
            "《杭州信息•今日要情》第35期", "杭州信息・今日要情（2018年第3期）", "今日要情", "《杭州信息．今日要情》总第45期"}) {
            Outlet outlet = rules.outlets().find(spelling);
            assertNotNull(outlet, spelling);
            assertEquals("杭州信息•今日要情", outlet.name(), spelling);
        }
    }

    @Test
    void unknownOutletSuggestsClosest() {
        assertNull(rules.outlets().find("杭州信息•今日要闻"));
        assertTrue(rules.outlets().suggest("杭州信息•今日要闻").contains("杭州信息•今日要情"));
    }

    @Test
    void unknownUnitSuggestsClosest() {
        assertNull(rules.roster().find("区市场监管"));
        assertEquals("区市场监督管理局", rules.roster().suggest("区市场监管").get(0));
    }

    @Test
    void titleKeyIgnoresPunctuationAndSpace() {
        assertEquals(Names.titleKey("环保审批“最多跑一次”"), Names.titleKey("环保审批 最多跑一次。"));
    }

    @Test
    void defaultTablesHaveRegulationSizes() {
        assertEquals(11, seriesSize("A"));
        assertEquals(13, seriesSize("B"));
        assertEquals(36, seriesSize("C"));
        assertEquals(20, rules.units().stream().filter(Unit::isExempt).count());
    }

    private long seriesSize(String code) {
        return rules.units().stream().filter(u -> u.series() != null && u.series().code().equals(code)).count();
    }
}
