package kaohe.scoring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

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
        // An entry is a row and which of the row's keys it is, as row * 2 + key index.
        FirstEntries firstRows = new FirstEntries(entry -> keys(adoptions.get(entry >> 1)).get(entry & 1));
        for (int i = 0; i < adoptions.size(); i++) {
            parent[i] = i;
            List<String> keys = keys(adoptions.get(i));
            for (int k = 0; k < keys.size(); k++) {
                int first = firstRows.putIfAbsent(keys.get(k), i * 2 + k);
                if (first >= 0) {
                    union(parent, first >> 1, i);
                }
            }
        }
        firstRows = null;
        // A root is the article's first row, so ordering articles by root orders them by their first row.
        List<List<Adoption>> rowsByRoot = new ArrayList<>(Collections.nCopies(adoptions.size(), null));
        for (int i = 0; i < adoptions.size(); i++) {
            int root = find(parent, i);
            if (rowsByRoot.get(root) == null) {
                rowsByRoot.set(root, new ArrayList<>(2));
            }
            rowsByRoot.get(root).add(adoptions.get(i));
        }
        List<List<Adoption>> articles = new ArrayList<>();
        for (List<Adoption> rows : rowsByRoot) {
            if (rows != null) {
                articles.add(rows);
            }
        }
        return articles;
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
