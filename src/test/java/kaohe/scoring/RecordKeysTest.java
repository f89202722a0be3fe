package kaohe.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import kaohe.ledger.Location;
import kaohe.rules.Rules;
import kaohe.rules.RulesLoader;
import kaohe.rules.Unit;

/**
 * The key hashes that records work out when they are made, and the grouping that reads them, which must
 * still tell apart different keys of one hash code.
 */
class RecordKeysTest {

    private static final YearMonth JUNE = YearMonth.of(2018, 6);
    private static final LocalDate DAY = LocalDate.of(2018, 6, 1);
    /** "abc".hashCode(): (97 * 31 + 98) * 31 + 99. */
    private static final int ABC = 96354;
    /** "Aa" and "BB" share this String hash code: 65 * 31 + 97 = 66 * 31 + 66. */
    private static final int AA_OR_BB = 2112;

    private final Rules rules = RulesLoader.defaults();
    private final List<Adoption> rows = new ArrayList<>();

    private Adoption adoption(String unit, String title, String number) {
        Location source = Location.row("2018-06.xlsx", "录用", rows.size() + 2);
        return new Adoption(source, JUNE, List.of(unit(unit)), title, number,
                rules.outlets().find("萧山信息•专报"), DAY, false, "");
    }

    private void add(String unit, String title, String number) {
        rows.add(adoption(unit, title, number));
    }

    private Unit unit(String name) {
        return rules.roster().find(name);
    }

    /** Returns the row numbers of each group, as the lists of row numbers ArticleGrouping makes. */
    private List<List<Integer>> groups() {
        return ArticleGrouping.group(rows).stream()
                .map(group -> group.stream().map(row -> row.source().rowNumber()).toList()).toList();
    }

    @Test
    void adoptionHashesFoldedKeys() {
        Adoption row = adoption("区民政局", "ａ，ｂ　c", " 1 2 ");

        assertEquals(ABC, row.titleKeyHash());
        // "12".hashCode(): 49 * 31 + 50.
        assertEquals(1569, row.numberKeyHash());
    }

    @Test
    void adoptionOfSharedSheetHashesKeys() {
        Adoption.Sheet sheet = new Adoption.Sheet("2018-06.xlsx", "录用", Location.NO_COLUMN, JUNE);

        Adoption row = new Adoption(sheet, 5, List.of(unit("区民政局")), "a-b c", "7",
                rules.outlets().find("萧山信息•专报"), DAY, false, "");

        assertEquals(ABC, row.titleKeyHash());
        assertEquals(55, row.numberKeyHash());
    }

    @Test
    void adoptionHashesNormalisedKey() {
        // The ligature U+FB01 takes the normaliser, whose NFKC form is "fi": 102 * 31 + 105.
        Adoption row = adoption("区民政局", "\uFB01", "\uFB01");

        assertEquals(3267, row.titleKeyHash());
        assertEquals(3267, row.numberKeyHash());
    }

    @Test
    void adoptionWithoutTextsHashesZero() {
        Adoption row = adoption("区民政局", null, "");

        assertEquals(0, row.titleKeyHash());
        assertEquals(0, row.numberKeyHash());
    }

    @Test
    void submissionHashesTitleKey() {
        Submission submission = new Submission(Location.row("2018-06.xlsx", "报送", 2), JUNE, unit("区司法局"),
                "a-b c", DAY);

        assertEquals(ABC, submission.titleKeyHash());
    }

    @Test
    void collidingTitlesStayTwoArticles() {
        add("区民政局", "Aa", "");
        add("区民政局", "BB", "");

        assertEquals(AA_OR_BB, rows.get(0).titleKeyHash());
        assertEquals(AA_OR_BB, rows.get(1).titleKeyHash());
        assertEquals(List.of(List.of(2), List.of(3)), groups());
    }

    @Test
    void collidingNumbersStayTwoArticles() {
        add("区民政局", "第一篇", "Aa");
        add("区民政局", "第二篇", "BB");

        assertEquals(List.of(List.of(2), List.of(3)), groups());
    }

    @Test
    void collidingTitleLaterJoinsItsArticle() {
        add("区民政局", "Aa", "");
        add("区民政局", "BB", "");
        add("区民政局", "Aa", "");

        assertEquals(List.of(List.of(2, 4), List.of(3)), groups());
    }

    @Test
    void sameTitleOfOtherUnitIsOtherArticle() {
        add("区民政局", "入学一次办", "");
        add("区教育局", "入学一次办", "");
        add("区民政局", "入学一次办", "");

        assertEquals(List.of(List.of(2, 4), List.of(3)), groups());
    }

    @Test
    void spellingVariantsInARowAreOneArticle() {
        add("区民政局", "入学 一次办", "");
        add("区民政局", "入学“一次办”", "");
        add("区民政局", "另一标题", "入学“一次办”");

        assertEquals(List.of(List.of(2, 3), List.of(4)), groups());
    }

    @Test
    void numberLinksRowsAfterTitleChanges() {
        add("区民政局", "标题甲", "7");
        add("区民政局", "标题乙", "7");
        add("区民政局", "标题乙", "");
        add("区民政局", "标题丙", "");

        assertEquals(List.of(List.of(2, 3, 4), List.of(5)), groups());
    }
}
