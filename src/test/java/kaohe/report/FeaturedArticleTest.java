package kaohe.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import kaohe.ledger.Location;
import kaohe.rules.Level;
import kaohe.rules.Outlet;
import kaohe.rules.OutletKind;
import kaohe.rules.Settings;
import kaohe.scoring.Adoption;
import kaohe.scoring.ScoredArticle;

class FeaturedArticleTest {

    /** An article adopted once, by a publication of {@code total} points. */
    private static ScoredArticle article(String title, int total) {
        Outlet outlet = new Outlet("区刊" + total, Level.DISTRICT, OutletKind.PUBLICATION, BigDecimal.valueOf(total));
        Adoption adoption = new Adoption(Location.row("2018-06.xlsx", "录用", 2), YearMonth.of(2018, 6), List.of(),
                title, "", outlet, LocalDate.of(2018, 6, 5), true, "");
        return new ScoredArticle(adoption, List.of(adoption), List.of(), false, Settings.defaults());
    }

    private static List<String> picked(List<FeaturedArticle> featured) {
        return featured.stream().map(f -> f.place() + " " + f.article().title()).toList();
    }

    private final List<ScoredArticle> articles = List.of(article("甲", 10), article("乙", 55), article("丙", 10),
            article("丁", 20), article("戊", 5));

    @Test
    void bestFirstWithSharedPlaces() {
        assertEquals(List.of("1 乙", "2 丁", "3 甲", "3 丙", "5 戊"), picked(FeaturedArticle.select(articles, 10)));
    }

    @Test
    void tiesAtTheCutAreAllKept() {
        assertEquals(List.of("1 乙", "2 丁", "3 甲", "3 丙"), picked(FeaturedArticle.select(articles, 3)));
        assertEquals(List.of("1 乙", "2 丁"), picked(FeaturedArticle.select(articles, 2)));
    }

    @Test
    void limitOfZeroProposesNone() {
        assertEquals(List.of(), FeaturedArticle.select(articles, 0));
    }
}
