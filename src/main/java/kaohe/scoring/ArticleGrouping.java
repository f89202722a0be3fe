package kaohe.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kaohe.rules.Names;

/**
 * Groups adoption rows into articles: rows of the same units with the same 信息编号 or the same title
 * (after normalisation) are one article, transitively, so one union-find pass serves every link.
 */
final class ArticleGrouping {

    private ArticleGrouping() {
    }

    /** Returns the rows of each article, articles in order of their first row, rows in input order. */
    static List<List<Adoption>> group(List<Adoption> adoptions) {
        int[] parent = new int[adoptions.size()];
        Map<String, Integer> firstRowByKey = new HashMap<>();
        for (int i = 0; i < adoptions.size(); i++) {
            parent[i] = i;
            for (String key : keys(adoptions.get(i))) {
                Integer first = firstRowByKey.putIfAbsent(key, i);
                if (first != null) {
                    union(parent, first, i);
                }
            }
        }
        Map<Integer, List<Adoption>> rowsByRoot = new LinkedHashMap<>();
        for (int i = 0; i < adoptions.size(); i++) {
            rowsByRoot.computeIfAbsent(find(parent, i), root -> new ArrayList<>()).add(adoptions.get(i));
        }
        // Rows are visited in input order, so each article enters the map at its first row.
        return new ArrayList<>(rowsByRoot.values());
    }

    /** The keys of the article a row belongs to: by number and by title, each within its set of units. */
    static List<String> keys(Adoption adoption) {
        String units = UnitKeys.ofSet(adoption.units());
        List<String> keys = new ArrayList<>(2);
        String number = Names.compact(adoption.articleNumber());
        if (!number.isEmpty()) {
            keys.add(units + "#n:" + number);
        }
        String title = Names.titleKey(adoption.title());
        if (!title.isEmpty()) {
            keys.add(units + "#t:" + title);
        }
        return keys;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int rootA = find(parent, a);
        int rootB = find(parent, b);
        if (rootA != rootB) {
            parent[Math.max(rootA, rootB)] = Math.min(rootA, rootB);
        }
    }
}
