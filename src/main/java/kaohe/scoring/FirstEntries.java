package kaohe.scoring;

import java.util.Arrays;

/**
 * The first entry of each key, as an open-addressing hash table of primitive arrays. An entry is an int the
 * caller gives, such as a row index, and is the handle of its key. The table stores only entries and the hash
 * codes of their keys. It confirms a hit by asking whether the stored entry has the same key as the new one,
 * so the table is exact whatever the hash codes. No key is ever made: a million-row ledger's keys are
 * long texts, and making each one only to hash and compare it cost most of the grouping's time, and a
 * {@code HashMap<String, Integer>} of a million keys takes more than a 256 MB heap spares next to the records.
 */
final class FirstEntries {

    /** Whether two entries have the same key. */
    @FunctionalInterface
    interface SameKey {
        boolean test(int stored, int entry);
    }

    private final SameKey sameKey;
    private int[] entries;
    private int[] hashes;
    private int size;

    /** @param sameKey whether an entry already stored has the same key as one being put */
    FirstEntries(SameKey sameKey) {
        this.sameKey = sameKey;
        allocate(1 << 10);
    }

    /**
     * Stores {@code entry} as the first of its key and returns -1, or returns the earlier entry of that key.
     *
     * @param hash the hash code of the entry's key: entries with the same key must have the same hash code
     * @param entry a value of at least 0
     */
    int putIfAbsent(int hash, int entry) {
        int mask = entries.length - 1;
        for (int slot = mix(hash) & mask; ; slot = (slot + 1) & mask) {
            if (entries[slot] < 0) {
                entries[slot] = entry;
                hashes[slot] = hash;
                if (++size * 4 > entries.length * 3) {
                    grow();
                }
                return -1;
            }
            if (hashes[slot] == hash && sameKey.test(entries[slot], entry)) {
                return entries[slot];
            }
        }
    }

    private void allocate(int capacity) {
        entries = new int[capacity];
        Arrays.fill(entries, -1);
        hashes = new int[capacity];
    }

    private void grow() {
        int[] oldEntries = entries;
        int[] oldHashes = hashes;
        allocate(oldEntries.length * 2);
        int mask = entries.length - 1;
        for (int i = 0; i < oldEntries.length; i++) {
            if (oldEntries[i] >= 0) {
                int slot = mix(oldHashes[i]) & mask;
                while (entries[slot] >= 0) {
                    slot = (slot + 1) & mask;
                }
                entries[slot] = oldEntries[i];
                hashes[slot] = oldHashes[i];
            }
        }
    }

    /** Spreads the hash code's bits, because linear probing suffers from the clustering of String hash codes. */
    private static int mix(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
