package kaohe.scoring;

import java.util.ArrayList;
import java.util.Arrays;
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
        FirstRows firstRows = new FirstRows(adoptions);
        for (int i = 0; i < adoptions.size(); i++) {
            parent[i] = i;
            List<String> keys = keys(adoptions.get(i));
            for (int k = 0; k < keys.size(); k++) {
                int first = firstRows.putIfAbsent(keys.get(k), i, k);
                if (first >= 0) {
                    union(parent, first, i);
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

    /**
     * The first row of each key, as an open-addressing hash table of primitive arrays: a slot stores a row
     * and which of that row's {@link #keys} it is, and a hit is confirmed by recomputing that key and
     * comparing it, so the table is exact whatever the hash codes. A {@code HashMap<String, Integer>} of the
     * same keys takes several times the memory, which for a million rows is more than a 256 MB heap spares.
     */
    private static final class FirstRows {
        private final List<Adoption> adoptions;
        private int[] rows;
        private int[] hashes;
        private byte[] keyIndexes;
        private int size;

        FirstRows(List<Adoption> adoptions) {
            this.adoptions = adoptions;
            allocate(1 << 10);
        }

        /** Stores {@code row} as the first row of {@code key} and returns -1, or returns the earlier first row. */
        int putIfAbsent(String key, int row, int keyIndex) {
            int hash = key.hashCode();
            int mask = rows.length - 1;
            for (int slot = mix(hash) & mask; ; slot = (slot + 1) & mask) {
                if (rows[slot] < 0) {
                    rows[slot] = row;
                    hashes[slot] = hash;
                    keyIndexes[slot] = (byte) keyIndex;
                    if (++size * 4 > rows.length * 3) {
                        grow();
                    }
                    return -1;
                }
                if (hashes[slot] == hash && keys(adoptions.get(rows[slot])).get(keyIndexes[slot]).equals(key)) {
                    return rows[slot];
                }
            }
        }

        private void allocate(int capacity) {
            rows = new int[capacity];
            Arrays.fill(rows, -1);
            hashes = new int[capacity];
            keyIndexes = new byte[capacity];
        }

        private void grow() {
            int[] oldRows = rows;
            int[] oldHashes = hashes;
            byte[] oldKeyIndexes = keyIndexes;
            allocate(oldRows.length * 2);
            int mask = rows.length - 1;
            for (int i = 0; i < oldRows.length; i++) {
                if (oldRows[i] >= 0) {
                    int slot = mix(oldHashes[i]) & mask;
                    while (rows[slot] >= 0) {
                        slot = (slot + 1) & mask;
                    }
                    rows[slot] = oldRows[i];
                    hashes[slot] = oldHashes[i];
                    keyIndexes[slot] = oldKeyIndexes[i];
                }
            }
        }

        /** Spreads the hash code's bits, because linear probing suffers from String hash codes' clustering. */
        private static int mix(int hash) {
            int h = hash * 0x9E3779B9;
            return h ^ (h >>> 16);
        }
    }
}
