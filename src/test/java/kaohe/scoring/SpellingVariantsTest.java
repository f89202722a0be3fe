package kaohe.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import kaohe.ledger.Location;
import kaohe.rules.Rules;
import kaohe.rules.RulesLoader;

/**
 * Tests of rows spelled differently. Rows whose titles, numbers or units have the same keys are one article,
 * one instruction's target or one submission, and rows whose keys differ are not. 萧山信息•专报 scores 10,
 * 杭州信息•专报 20 and an instruction by 区领导 adds 5.
 */
class SpellingVariantsTest {

    private static final YearMonth JUNE = YearMonth.of(2018, 6);
    private final Rules rules = RulesLoader.defaults();
    private final RecordsBuilder ledger = new RecordsBuilder(rules, JUNE);

    private ScoreResult score() {
        return new Scorer(rules).score(ledger.records, JUNE);
    }

    private static BigDecimal score(ScoreResult result, String unit) {
        return result.rankings().stream().flatMap(ranking -> ranking.standings().stream())
                .filter(standing -> standing.unit().name().equals(unit)).findFirst().orElseThrow().score();
    }

    private static void assertPoints(String expected, BigDecimal actual) {
        assertEquals(new BigDecimal(expected).stripTrailingZeros(), actual.stripTrailingZeros(),
                "expected " + expected + " but was " + actual);
    }

    private static SetAside.Disposition disposition(ScoreResult result, Location row) {
        return result.setAside().stream().filter(s -> s.source().wholeRow().equals(row)).findFirst()
                .orElseThrow().disposition();
    }

    @Test
    void widthAndInvisibleVariantsAreOneArticle() {
        ledger.adoption("区民政局", "五水共治（第１２号）", "萧山信息•专报", "2018-06-01", false);
        ledger.adoption("区民政局", "五水共治(第12号)\u200B", "杭州信息•专报", "2018-06-02", false);

        ScoreResult result = score();

        assertEquals(1, result.articles().size());
        assertPoints("20", score(result, "区民政局"));
    }

    @Test
    void otherUnitIsOtherArticle() {
        ledger.adoption("区民政局", "五水共治", "萧山信息•专报", "2018-06-01", false);
        ledger.adoption("区教育局", "五水共治", "杭州信息•专报", "2018-06-02", false);

        ScoreResult result = score();

        assertEquals(2, result.articles().size());
        assertPoints("10", score(result, "区民政局"));
        assertPoints("20", score(result, "区教育局"));
    }

    @Test
    void jointUnitsInAnyOrderMatch() {
        ledger.adoption("区民政局、区教育局", "数据共享", "萧山信息•专报", "2018-06-01", false);
        ledger.adoption("区教育局、区民政局", "数据共享", "杭州信息•专报", "2018-06-02", false);

        ScoreResult result = score();

        // The higher publication, 20, split between the two units.
        assertEquals(1, result.articles().size());
        assertPoints("10", score(result, "区民政局"));
        assertPoints("10", score(result, "区教育局"));
    }

    @Test
    void numberNeverMatchesTitle() {
        ledger.adoption("区民政局", "养老服务", "甲1", "萧山信息•专报", "2018-06-01", false);
        ledger.adoption("区民政局", "甲1", "", "杭州信息•专报", "2018-06-02", false);

        ScoreResult result = score();

        assertEquals(2, result.articles().size());
        assertPoints("30", score(result, "区民政局"));
    }

    @Test
    void fullWidthNumberLinksRows() {
        ledger.adoption("区民政局", "养老服务", "ＸＳ-７", "萧山信息•专报", "2018-06-01", false);
        ledger.adoption("区民政局", "养老一次办", "XS-7", "杭州信息•专报", "2018-06-02", false);

        ScoreResult result = score();

        assertEquals(1, result.articles().size());
        assertPoints("20", score(result, "区民政局"));
    }

    @Test
    void instructionMatchesTitleVariant() {
        ledger.adoption("区环保局", "环保审批“最多跑一次”", "萧山信息•专报", "2018-06-01", false);
        Location instruction = ledger.instruction("区环保局", "环保审批\u3000最多跑一次。", "区领导", "2018-06-03");

        ScoreResult result = score();

        assertEquals(1, result.articles().get(0).sources().stream().filter(instruction::equals).count());
        assertPoints("15", score(result, "区环保局"));
    }

    @Test
    void instructionFindsJointArticleBySecondUnit() {
        ledger.adoption("区民政局、区教育局", "数据共享", "杭州信息•专报", "2018-06-01", false);
        ledger.instruction("区教育局", "数据共享", "区领导", "2018-06-03");

        ScoreResult result = score();

        // 20 + 5, split between the two units.
        assertPoints("12.5", score(result, "区民政局"));
        assertPoints("12.5", score(result, "区教育局"));
    }

    @Test
    void instructionFindsArticleByNumber() {
        ledger.adoption("区民政局", "养老服务", "ＸＳ-７", "萧山信息•专报", "2018-06-01", false);
        ledger.instructionOnNumber("区民政局", "XS-7", "区领导");

        assertPoints("15", score(score(), "区民政局"));
    }

    @Test
    void instructionOfOtherUnitIsProblem() {
        ledger.adoption("区民政局", "养老服务", "萧山信息•专报", "2018-06-01", false);
        Location instruction = ledger.instruction("区教育局", "养老服务", "区领导", "2018-06-03");

        ScoreResult result = score();

        assertEquals(SetAside.Disposition.PROBLEM, disposition(result, instruction));
        assertPoints("10", score(result, "区民政局"));
    }

    @Test
    void submissionTitleVariantsAreDuplicates() {
        ledger.submission("区司法局", "公证一次办", "2018-06-01");
        Location again = ledger.submission("区司法局", "公证“一次办”\u3000", "2018-06-01");
        ledger.submission("区司法局", "公证一次办", "2018-06-02");
        ledger.submission("区民政局", "公证一次办", "2018-06-01");

        ScoreResult result = score();

        assertEquals(SetAside.Disposition.DUPLICATE, disposition(result, again));
        assertEquals(2, result.rankings().stream().flatMap(ranking -> ranking.standings().stream())
                .filter(standing -> standing.unit().name().equals("区司法局")).findFirst().orElseThrow()
                .submissions());
    }
}
