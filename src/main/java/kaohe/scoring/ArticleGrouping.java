package kaohe.scoring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import kaohe.rules.Names;

/**
 * Groups adoption rows into articles: rows of the same units with the same 信息编号 or the same title
 * (after normalisation) are one article, transitively, so one union-find pass serves every link.
 */
final class ArticleGrouping {

    /** The kind of a key that links rows of one 信息编号. */
    private static final int BY_NUMBER = 0;
    /** The kind of a key that links rows of one normalised title. */
    private static final int BY_TITLE = 1;

    private ArticleGrouping() {
    }

    /**
     * Returns the rows of each article, articles in order of their first row, rows in input order, each in an
     * immutable list.
     */
    static List<List<Adoption>> group(List<Adoption> adoptions) {
        int[] parent = link(adoptions);
        // The table of first rows is unreachable here, so the collector can take it back while the lists are made.
        // A root is the article's first row, so ordering articles by root orders them by their first row.
        List<List<Adoption>> rowsByRoot = new ArrayList<>(Collections.nCopies(adoptions.size(), null));
        for (int i = 0; i < adoptions.size(); i++) {
            int root = find(parent, i);
            if (rowsByRoot.get(root) == null) {
                rowsByRoot.set(root, new ArrayList<>(2));
            }
            rowsByRoot.get(root).add(adoptions.get(i));
        }
        // Each article's rows go into a compact list that a scored article can keep as it is.
        List<List<Adoption>> articles = new ArrayList<>();
        for (int root = 0; root < rowsByRoot.size(); root++) {
            List<Adoption> rows = rowsByRoot.set(root, null);
            if (rows != null) {
                articles.add(List.copyOf(rows));
            }
        }
        return articles;
    }

    /** Returns the union-find parents that link the rows of each article, each root the article's first row. */
    private static int[] link(List<Adoption> adoptions) {
        int[] parent = new int[adoptions.size()];
        // An entry is a row and the kind of one of its keys, as row * 2 + kind, the kind 0 by number, 1 by title.
        FirstEntries firstRows = new FirstEntries((stored, entry) -> (stored & 1) == (entry & 1)
                && sameKey(adoptions.get(stored >> 1), adoptions.get(entry >> 1), entry & 1));
        Adoption previous = null;
        for (int i = 0; i < adoptions.size(); i++) {
            parent[i] = i;
            Adoption row = adoptions.get(i);
            int units = UnitKeys.hashOfSet(row.units());
            for (int kind = BY_NUMBER; kind <= BY_TITLE; kind++) {
                String text = kind == BY_NUMBER ? row.articleNumber() : row.title();
                int hash = kind == BY_NUMBER ? row.numberKeyHash() : row.titleKeyHash();
                if (isBlank(text, hash, kind)) {
                    continue;
                }
                if (previous != null && sameText(previous, row, kind)
                        && UnitKeys.sameSet(previous.units(), row.units())) {
                    // The row before has this key, so it is already linked to the key's first row.
                    union(parent, i - 1, i);
                    continue;
                }
                int first = firstRows.putIfAbsent(31 * (31 * units + kind) + hash, i * 2 + kind);
                if (first >= 0) {
                    union(parent, first >> 1, i);
                }
            }
            previous = row;
        }
        return parent;
    }

    /**
     * Returns whether the key of {@code kind} is empty, so that rows without a number or a title link to no
     * other. An empty key's hash code is 0, so the key is made only for the few texts whose hash code is 0.
     */
    private static boolean isBlank(String text, int hash, int kind) {
        if (hash != 0) {
            return false;
        }
        return kind == BY_NUMBER ? Names.compact(text).isEmpty() : Names.titleKey(text).isEmpty();
    }

    /** Returns whether two rows have the same key of {@code kind}: the same set of units and the same text key. */
    private static boolean sameKey(Adoption a, Adoption b, int kind) {
        if (!UnitKeys.sameSet(a.units(), b.units())) {
            return false;
        }
        return kind == BY_NUMBER ? Names.sameCompact(a.articleNumber(), b.articleNumber())
                : Names.sameTitleKey(a.title(), b.title());
    }

    /**
     * Returns whether two rows have the same text of {@code kind}, which the rows of one article listed one
     * after another usually have, often as one string instance. Equal texts have equal keys.
     */
    private static boolean sameText(Adoption a, Adoption b, int kind) {
        if (kind == BY_NUMBER) {
            return a.numberKeyHash() == b.numberKeyHash() && Objects.equals(a.articleNumber(), b.articleNumber());
        }
        return a.titleKeyHash() == b.titleKeyHash() && Objects.equals(a.title(), b.title());
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
