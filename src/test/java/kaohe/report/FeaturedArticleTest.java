package kaohe.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import kaohe.scoring.ScoredArticle;

class FeaturedArticleTest {

    private static ScoredArticle article(String title, int total) {
        BigDecimal points = BigDecimal.valueOf(total);
        return new ScoredArticle(List.of(), title, "", List.of(), points, List.of(), BigDecimal.ZERO, null,
                BigDecimal.ZERO, points, points, List.of(), List.of());
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
