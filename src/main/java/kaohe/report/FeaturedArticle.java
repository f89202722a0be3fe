package kaohe.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import kaohe.scoring.ScoredArticle;

/**
 * A candidate for the period's featured articles (精品信息).
 *
 * @param place 1 for the best score; articles of equal score share a place and the next place is skipped
 */
public record FeaturedArticle(int place, ScoredArticle article) {

    /**
     * Ranks the articles by score, best first, and keeps those placed within {@code limit}, so articles tied
     * at the cut are all kept. Articles of equal score keep their ledger order.
     *
     * @param limit how many articles to propose; 0 or less proposes none
     */
    public static List<FeaturedArticle> select(List<ScoredArticle> articles, int limit) {
        // An article works out its total on each call, so each total is taken once before sorting.
        List<Scored> ranked = new ArrayList<>(articles.size());
        for (ScoredArticle article : articles) {
            ranked.add(new Scored(article, article.total()));
        }
        ranked.sort(Comparator.comparing(Scored::total).reversed());
        List<FeaturedArticle> featured = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            Scored scored = ranked.get(i);
            boolean tiedWithPrevious = i > 0 && ranked.get(i - 1).total().compareTo(scored.total()) == 0;
            int place = tiedWithPrevious ? featured.get(i - 1).place() : i + 1;
            if (place > limit) {
                break;
            }
            featured.add(new FeaturedArticle(place, scored.article()));
        }
        return List.copyOf(featured);
    }

    private record Scored(ScoredArticle article, BigDecimal total) {
    }
}
