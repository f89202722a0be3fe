package kaohe.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import kaohe.ledger.Location;
import kaohe.rules.Rules;
import kaohe.rules.RulesLoader;
import kaohe.rules.Settings;

/** Each rule of the 2018 method on plain records, with the figures worked out by hand. */
class ScorerTest {

    private static final YearMonth MAY = YearMonth.of(2018, 5);
    private static final YearMonth JUNE = YearMonth.of(2018, 6);
    private final Rules rules = RulesLoader.defaults();
    private final RecordsBuilder ledger = new RecordsBuilder(rules, JUNE);

    private ScoreResult score() {
        return new Scorer(rules).score(ledger.records, JUNE);
    }

    private static ScoreResult score(Rules rules, RecordsBuilder ledger) {
        return new Scorer(rules).score(ledger.records, JUNE);
    }

    private Rules with(Settings settings) {
        return new Rules(rules.series(), rules.roster(), rules.outlets(), rules.instructions(), settings);
    }

    /** Returns the default rules with same-level adoptions adding up. */
    private Rules sameLevelAdding() {
        Settings d = Settings.defaults();
        return with(new Settings(Settings.SameLevelDuplicates.ADD, d.jointArticles(), false,
                d.lateCommissionPoints(), d.maxDeductionPoints(), d.featuredArticles()));
    }

    /** Returns a June ledger of one 区教育局 article, on rows from 2, by each outlet in turn, a day apart. */
    private static RecordsBuilder adoptedBy(Rules rules, String... outlets) {
        RecordsBuilder rows = new RecordsBuilder(rules, JUNE);
        for (int i = 0; i < outlets.length; i++) {
            rows.adoption("区教育局", "入学报名掌上办", outlets[i], "2018-06-0" + (i + 1), true);
        }
        return rows;
    }

    private static UnitStanding standing(ScoreResult result, String unit) {
        return result.rankings().stream().flatMap(ranking -> ranking.standings().stream())
                .filter(standing -> standing.unit().name().equals(unit)).findFirst().orElseThrow();
    }

    private static void assertPoints(String expected, BigDecimal actual) {
        assertEquals(new BigDecimal(expected).stripTrailingZeros(), actual.stripTrailingZeros(),
                "expected " + expected + " but was " + actual);
    }

    private static SetAside setAside(ScoreResult result, Location row) {
        return result.setAside().stream().filter(s -> s.source().wholeRow().equals(row)).findFirst().orElse(null);
    }

    @Test
    void articleAdoptedAtTwoLevelsScoresOnlyTheHigher() {
        ledger.adoption("区民政局", "婚姻登记一证通办", "萧山信息•每日动态", "2018-06-02", false);
        ledger.adoption("区民政局", "婚姻登记一证通办", "浙江信息•专报", "2018-06-09", false);

        ScoreResult result = score();

        assertEquals(1, result.articles().size());
        assertPoints("30", result.articles().get(0).total());
        assertPoints("30", standing(result, "区民政局").score());
        assertEquals(1, result.articles().get(0).notAdded().size());
    }

    @Test
    void publicationMediaAndInstructionAdd() {
        ledger.adoption("区发改局", "投资项目审批提速", "杭州信息•专报", "2018-06-05", false);
        ledger.adoption("区发改局", "投资项目审批提速", "杭州日报", "2018-06-06", true);
        ledger.instruction("区发改局", "投资项目审批提速", "区领导", "2018-06-07");
        ledger.instruction("区发改局", "投资项目审批提速", "市其他领导", "2018-06-08");

        UnitStanding standing = standing(score(), "区发改局");

        assertPoints("20", standing.publicationPoints());
        assertPoints("10", standing.mediaPoints());
        assertPoints("15", standing.instructionBonus());
        assertPoints("45", standing.score());
    }

    @Test
    void unconfirmedMediaReportScoresNothing() {
        Location row = ledger.adoption("区民政局", "养老服务一次办", "浙江日报", "2018-06-03", false);

        ScoreResult result = score();

        assertPoints("0", standing(result, "区民政局").score());
        assertEquals(SetAside.Disposition.NOT_COUNTED, setAside(result, row).disposition());
        assertFalse(result.hasProblems());
    }

    @Test
    void instructionWithoutArticleIsProblem() {
        Location row = ledger.instruction("区民政局", "没有录用的信息", "区领导", null);

        ScoreResult result = score();

        assertEquals(SetAside.Disposition.PROBLEM, setAside(result, row).disposition());
        assertPoints("0", standing(result, "区民政局").score());
    }

    @Test
    void numberAndTitleLinkRowsTransitively() {
        ledger.adoption("区环保局", "五水共治审批提速", "7", "萧山信息•每日动态", "2018-06-01", false);
        ledger.adoption("区环保局", "环保审批最多跑一次", "7", "杭州信息•今日要情", "2018-06-02", false);
        ledger.adoption("区环保局", "环保审批“最多跑一次”", "", "省改革简报", "2018-06-03", false);

        ScoreResult result = score();

        assertEquals(1, result.articles().size());
        assertPoints("15", standing(result, "区环保局").score());
    }

    @Test
    void sameRowTwiceIsDuplicate() {
        ledger.adoption("区信访局", "信访代办", "萧山信息•专报", "2018-06-04", false);
        Location copy = ledger.adoption("区信访局", "信访代办", "《萧山信息·专报》第3期", "2018-06-04", false);

        ScoreResult result = score();

        assertPoints("10", standing(result, "区信访局").score());
        assertEquals(SetAside.Disposition.DUPLICATE, setAside(result, copy).disposition());
    }

    @Test
    void copyAfterAnotherReportIsDuplicate() {
        ledger.adoption("区信访局", "信访代办", "萧山信息•专报", "2018-06-04", false);
        ledger.adoption("区信访局", "信访代办", "杭州信息•专报", "2018-06-05", false);
        Location copy = ledger.adoption("区信访局", "信访代办", "萧山信息•专报", "2018-06-04", false);

        ScoreResult result = score();

        assertPoints("20", standing(result, "区信访局").score());
        assertEquals(SetAside.Disposition.DUPLICATE, setAside(result, copy).disposition());
        assertEquals(List.of(), result.articles().get(0).sources().stream().filter(copy::equals).toList());
    }

    @Test
    void unconfirmedReportBesidePublicationIsSetAside() {
        Location publication = ledger.adoption("区民政局", "养老服务一次办", "萧山信息•专报", "2018-06-01", false);
        Location report = ledger.adoption("区民政局", "养老服务一次办", "浙江日报", "2018-06-03", false);

        ScoreResult result = score();

        assertPoints("10", standing(result, "区民政局").score());
        assertEquals(SetAside.Disposition.NOT_COUNTED, setAside(result, report).disposition());
        assertEquals(List.of(publication), result.articles().get(0).sources());
    }

    @Test
    void copyInLongArticleIsDuplicate() {
        for (int day = 1; day <= 9; day++) {
            ledger.adoption("区信访局", "信访代办", "萧山信息•专报", "2018-06-0" + day, false);
        }
        Location copy = ledger.adoption("区信访局", "信访代办", "萧山信息•专报", "2018-06-01", false);

        ScoreResult result = score();

        // Nine adoptions by one outlet count once, 10 points, and the tenth row copies the first.
        assertPoints("10", standing(result, "区信访局").score());
        assertEquals(SetAside.Disposition.DUPLICATE, setAside(result, copy).disposition());
        assertEquals(1, result.setAside().stream().filter(s -> s.disposition() == SetAside.Disposition.DUPLICATE)
                .count());
        assertEquals(9, result.articles().get(0).sources().size());
    }

    @Test
    void jointArticleSplitsRoundedHalfUp() {
        ledger.adoption("区民政局、区信息中心", "数据共享助力一证通办", "杭州信息•今日要情", "2018-06-05", false);
        ledger.adoption("区城市管理局、区环保局、区公安分局", "联合执法一次到位", "萧山信息•每日动态", "2018-06-06", false);

        ScoreResult result = score();

        assertPoints("5", standing(result, "区民政局").score());
        assertPoints("5", standing(result, "区信息中心").score());
        assertPoints("1.67", standing(result, "区城市管理局").score());
        assertPoints("1.67", standing(result, "区公安分局").score());
    }

    @Test
    void jointArticleEachFullWhenSet() {
        Settings d = Settings.defaults();
        Rules eachFull = with(new Settings(d.sameLevelDuplicates(), Settings.JointArticles.EACH_FULL, false,
                d.lateCommissionPoints(), d.maxDeductionPoints(), d.featuredArticles()));
        RecordsBuilder joint = new RecordsBuilder(eachFull, JUNE);
        joint.adoption("区民政局、区信息中心", "数据共享助力一证通办", "杭州信息•今日要情", "2018-06-05", false);

        ScoreResult result = score(eachFull, joint);

        assertPoints("10", standing(result, "区民政局").score());
        assertPoints("10", standing(result, "区信息中心").score());
    }

    @Test
    void sameLevelAdoptionsAddWhenSet() {
        Rules add = sameLevelAdding();
        RecordsBuilder rows = adoptedBy(add, "萧山信息•专报", "萧山信息•每日动态", "市改革简报");

        assertPoints("15", standing(score(add, rows), "区教育局").score());
        RecordsBuilder highest = adoptedBy(rules, "萧山信息•专报", "萧山信息•每日动态", "市改革简报");
        assertPoints("10", standing(score(rules, highest), "区教育局").score());
    }

    @Test
    void commissionStatesDecideDeductions() {
        ledger.commission("Y1", "营商环境", "区档案局", "2018-06-10", "2018-06-12", false);
        ledger.commission("Y2", "审批改革", "区档案局", "2018-06-10", null, false);
        Location pending = ledger.commission("Y3", "年中总结", "区档案局", "2018-06-30", null, false);
        Location onTime = ledger.commission("Y4", "数据共享", "区档案局", "2018-06-10", null, true);

        ScoreResult result = score();

        assertPoints("20", standing(result, "区档案局").deductionPoints());
        assertPoints("-20", standing(result, "区档案局").score());
        assertEquals(SetAside.Disposition.NOT_COUNTED, setAside(result, pending).disposition());
        assertEquals(SetAside.Disposition.NOT_COUNTED, setAside(result, onTime).disposition());
    }

    @Test
    void commissionPendingInMayLateInJune() {
        RecordsBuilder months = new RecordsBuilder(rules, MAY);
        months.commission("Y9", "季度信息", "党湾镇", "2018-06-10", null, false);
        months.month(JUNE);
        months.commission("Y9", "季度信息", "党湾镇", "2018-06-10", "2018-06-15", false);

        UnitStanding standing = standing(score(rules, months), "党湾镇");

        assertPoints("0", standing.monthlyScores().get(MAY));
        assertPoints("-10", standing.monthlyScores().get(JUNE));
        assertPoints("-10", standing.score());
    }

    @Test
    void otherDeductionsSignBlindAndCapped() {
        ledger.deduction("瓜沥镇", "重大信息迟报", "-5", "2018-06-20");
        Location copy = ledger.deduction("瓜沥镇", "重大信息迟报", "5", "2018-06-20");
        Location tooMuch = ledger.deduction("瓜沥镇", "重大信息漏报", "150", "2018-06-21");

        ScoreResult result = score();

        assertPoints("5", standing(result, "瓜沥镇").deductionPoints());
        assertEquals(SetAside.Disposition.DUPLICATE, setAside(result, copy).disposition());
        assertEquals(SetAside.Disposition.PROBLEM, setAside(result, tooMuch).disposition());
    }

    @Test
    void juneUpgradeAddsOnlyDifference() {
        RecordsBuilder months = new RecordsBuilder(rules, MAY);
        months.adoption("区卫计局", "看病少跑腿", "萧山信息•每日动态", "2018-05-20", false);
        months.month(JUNE);
        months.adoption("区卫计局", "看病少跑腿", "杭州信息•今日要情", "2018-06-03", false);
        months.instruction("区卫计局", "看病少跑腿", "市主要领导", "2018-06-10");

        UnitStanding standing = standing(score(rules, months), "区卫计局");

        assertPoints("5", standing.monthlyScores().get(MAY));
        assertPoints("35", standing.monthlyScores().get(JUNE));
        assertPoints("35", standing.monthScore());
        assertPoints("40", standing.score());
        assertPoints("0.667", Figures.fraction(standing.completionRate()));
    }

    @Test
    void equalScoresSharePlaceInRosterOrder() {
        ledger.adoption("区档案局", "档案查询一次办", "萧山信息•专报", "2018-06-01", false);
        ledger.adoption("区编委办", "编制审批简化", "萧山信息•专报", "2018-06-01", false);
        ledger.adoption("区教育局", "入学一次办", "杭州信息•专报", "2018-06-01", false);

        List<UnitStanding> b = score().rankings().get(1).standings();

        assertEquals("区教育局", b.get(0).unit().name());
        assertEquals(1, b.get(0).place());
        assertEquals("区编委办", b.get(1).unit().name());
        assertEquals(2, b.get(1).place());
        assertEquals("区档案局", b.get(2).unit().name());
        assertEquals(2, b.get(2).place());
        assertEquals(4, b.get(3).place());
        assertTrue(b.get(2).topThree());
        assertFalse(b.get(3).topThree());
    }

    @Test
    void zeroScoreIsNeverTopThree() {
        List<UnitStanding> c = score().rankings().get(2).standings();

        assertEquals(1, c.get(0).place());
        assertFalse(c.get(0).topThree());
    }

    @Test
    void exemptUnitIsNotCountedNorRanked() {
        Location row = ledger.adoption("区气象局", "气象服务一次办", "萧山信息•专报", "2018-06-01", false);

        ScoreResult result = score();

        assertEquals(SetAside.Disposition.NOT_COUNTED, setAside(result, row).disposition());
        assertTrue(result.rankings().stream().flatMap(r -> r.standings().stream())
                .noneMatch(s -> s.unit().name().equals("区气象局")));
    }

    @Test
    void floorAtZeroStopsDeductions() {
        Settings d = Settings.defaults();
        Rules floored = with(new Settings(d.sameLevelDuplicates(), d.jointArticles(), true,
                d.lateCommissionPoints(), d.maxDeductionPoints(), d.featuredArticles()));
        RecordsBuilder rows = new RecordsBuilder(floored, JUNE);
        rows.adoption("义桥镇", "村级代办", "萧山信息•每日动态", "2018-06-01", false);
        rows.deduction("义桥镇", "重大信息漏报", "20", "2018-06-02");

        assertPoints("0", standing(score(floored, rows), "义桥镇").score());
        assertPoints("-15", standing(score(rules, rows), "义桥镇").score());
    }

    @Test
    void submissionsCountedButNotScored() {
        Location first = ledger.submission("区司法局", "公证一次办", "2018-06-01");
        Location again = ledger.submission("区司法局", "公证一次办", "2018-06-01");
        ledger.submission("区司法局", "法律援助上门", "2018-06-02");

        ScoreResult result = score();

        assertEquals(2, standing(result, "区司法局").submissions());
        assertEquals(SetAside.Disposition.NOT_COUNTED, setAside(result, first).disposition());
        assertEquals(SetAside.Disposition.DUPLICATE, setAside(result, again).disposition());
    }

    @Test
    void mediaConfirmedInJuneCountsThen() {
        RecordsBuilder months = new RecordsBuilder(rules, MAY);
        Location waiting = months.adoption("区人力社保局", "社保一窗办", "浙江新闻", "2018-05-28", false);
        months.month(JUNE);
        months.adoption("区人力社保局", "社保一窗办", "浙江新闻", "2018-05-28", true);

        ScoreResult result = score(rules, months);
        UnitStanding standing = standing(result, "区人力社保局");

        assertPoints("0", standing.monthlyScores().get(MAY));
        assertPoints("15", standing.monthlyScores().get(JUNE));
        assertEquals(SetAside.Disposition.DUPLICATE, setAside(result, waiting).disposition());
        assertNull(result.articles().get(0).instruction());
    }

    @Test
    void repeatedInstructionNamedOnlyOnce() {
        ledger.adoption("区民政局", "养老一次办", "萧山信息•专报", "2018-06-01", false);
        Location first = ledger.instruction("区民政局", "养老一次办", "区领导", "2018-06-03");
        Location again = ledger.instruction("区民政局", "养老一次办", "区领导", "2018-06-03");

        ScoreResult result = score();

        assertTrue(result.articles().get(0).sources().contains(first));
        assertFalse(result.articles().get(0).sources().contains(again));
        assertEquals(SetAside.Disposition.DUPLICATE, setAside(result, again).disposition());
        assertPoints("15", standing(result, "区民政局").score());
    }

    @Test
    void pooledExplanationNamesFiles() {
        RecordsBuilder months = new RecordsBuilder(rules, MAY);
        months.adoption("区卫计局", "看病少跑腿", "萧山信息•每日动态", "2018-05-20", false);
        months.month(JUNE);
        months.adoption("区卫计局", "看病少跑腿", "杭州信息•今日要情", "2018-06-03", false);

        String note = score(rules, months).articles().get(0).notAdded().get(0);

        assertTrue(note.startsWith("萧山信息•每日动态 2018-05.xlsx 录用!2（5分）未加"), note);
        assertTrue(note.contains("杭州信息•今日要情 2018-06.xlsx 录用!3（10分）"), note);
    }

    @Test
    void sameLevelAddingKeepsHigherLevelSum() {
        Rules add = sameLevelAdding();
        RecordsBuilder rows = adoptedBy(add, "萧山信息•专报", "萧山信息•每日动态", "市改革简报", "杭州日报");

        ScoredArticle article = score(add, rows).articles().get(0);

        assertEquals(List.of("萧山信息•专报", "萧山信息•每日动态"),
                article.publications().stream().map(row -> row.outlet().name()).toList());
        assertPoints("15", article.publicationPoints());
        assertEquals(List.of("杭州日报"), article.media().stream().map(row -> row.outlet().name()).toList());
        assertPoints("10", article.mediaPoints());
        assertPoints("25", article.total());
        assertEquals(List.of("市“最多跑一次”改革简报 录用!4（10分）未加：同一信息已按区级合计（15分）就高计分"),
                article.notAdded());
    }

    /** Scores an article adopted once by 萧山信息•专报 (10 points) on row 2 and instructed on rows 3 and 4. */
    private ScoredArticle instructedTwice(String firstLeader, String secondLeader) {
        ledger.adoption("区民政局", "养老一次办", "萧山信息•专报", "2018-06-01", false);
        ledger.instruction("区民政局", "养老一次办", firstLeader, "2018-06-03");
        ledger.instruction("区民政局", "养老一次办", secondLeader, "2018-06-04");
        return score().articles().get(0);
    }

    @Test
    void lowerInstructionIsExplained() {
        ScoredArticle article = instructedTwice("区领导", "市主要领导");

        assertEquals("市主要领导", article.instruction().level().name());
        assertPoints("30", article.instructionBonus());
        assertPoints("40", article.total());
        assertEquals(List.of("区领导批示 批示!3（5分）未加：已按市主要领导批示（30分）就高计分"), article.notAdded());
    }

    @Test
    void firstOfEqualInstructionsCounts() {
        ScoredArticle article = instructedTwice("省其他领导", "市主要领导");

        assertEquals("省其他领导", article.instruction().level().name());
        assertEquals(List.of("市主要领导批示 批示!4（30分）未加：已按省其他领导批示（30分）就高计分"), article.notAdded());
    }

    @Test
    void instructionRepeatElsewhereNamesFiles() {
        RecordsBuilder months = new RecordsBuilder(rules, MAY);
        months.adoption("区卫计局", "看病少跑腿", "萧山信息•每日动态", "2018-05-20", false);
        months.adoption("区卫计局", "看病少跑腿", "杭州信息•今日要情", "2018-05-21", false);
        months.instruction("区卫计局", "看病少跑腿", "区领导", "2018-05-25");
        months.month(JUNE);
        months.instruction("区卫计局", "看病少跑腿", "区领导", "2018-05-25");

        ScoredArticle article = score(rules, months).articles().get(0);

        assertEquals(3, article.sources().size());
        assertEquals(List.of("萧山信息•每日动态 2018-05.xlsx 录用!2（5分）未加：同一信息已按杭州信息•今日要情 2018-05.xlsx 录用!3"
                + "（10分）就高计分"), article.notAdded());
    }

    @Test
    void instructionFindsItsTitleAmongCollidingOnes() {
        // "Aa" and "BB" have one String hash code, so only the texts tell the articles apart.
        ledger.adoption("区民政局", "Aa", "萧山信息•专报", "2018-06-01", false);
        ledger.adoption("区民政局", "BB", "杭州信息•专报", "2018-06-02", false);
        ledger.instruction("区民政局", "BB", "区领导", "2018-06-05");

        ScoreResult result = score();

        assertEquals(2, result.articles().size());
        assertPoints("10", result.articles().get(0).total());
        assertPoints("25", result.articles().get(1).total());
        assertPoints("35", standing(result, "区民政局").score());
    }

    @Test
    void instructionFindsItsNumberAmongCollidingOnes() {
        ledger.adoption("区民政局", "第一篇", "Aa", "萧山信息•专报", "2018-06-01", false);
        ledger.adoption("区民政局", "第二篇", "BB", "杭州信息•专报", "2018-06-02", false);
        ledger.instructionOnNumber("区民政局", "Aa", "市其他领导");

        ScoreResult result = score();

        assertPoints("25", result.articles().get(0).total());
        assertPoints("20", result.articles().get(1).total());
    }

    @Test
    void collidingSubmissionTitlesBothCount() {
        ledger.submission("区司法局", "Aa", "2018-06-01");
        ledger.submission("区司法局", "BB", "2018-06-01");
        Location variant = ledger.submission("区司法局", "A-a", "2018-06-01");

        ScoreResult result = score();

        assertEquals(2, standing(result, "区司法局").submissions());
        assertEquals(SetAside.Disposition.DUPLICATE, setAside(result, variant).disposition());
    }

    @Test
    void pooledSpellingVariantsAreOneArticle() {
        RecordsBuilder months = new RecordsBuilder(rules, MAY);
        months.adoption("区卫计局", "看病 少跑腿", "萧山信息•每日动态", "2018-05-20", false);
        months.month(JUNE);
        months.adoption("区卫计局", "看病“少跑腿”", "杭州信息•今日要情", "2018-06-03", false);
        months.instruction("区卫计局", "看病少跑腿。", "市主要领导", "2018-06-10");

        ScoreResult result = score(rules, months);
        UnitStanding standing = standing(result, "区卫计局");

        assertEquals(1, result.articles().size());
        assertPoints("5", standing.monthlyScores().get(MAY));
        assertPoints("35", standing.monthlyScores().get(JUNE));
        assertPoints("40", standing.score());
    }

    @Test
    void lastAssessedUnitOfRosterIsCredited() {
        // 杭州公积金萧山分中心 is the last unit of the default roster before the exempt ones, roster index 59.
        ledger.adoption("杭州公积金萧山分中心", "缴存提取一次办", "杭州信息•专报", "2018-06-01", false);
        ledger.deduction("杭州公积金萧山分中心", "迟报", "2", "2018-06-02");

        UnitStanding standing = standing(score(), "杭州公积金萧山分中心");

        assertEquals(59, standing.unit().rosterIndex());
        assertPoints("20", standing.publicationPoints());
        assertPoints("2", standing.deductionPoints());
        assertPoints("18", standing.score());
        assertEquals(1, standing.adoptions());
    }
}
