package kaohe.scoring;

import java.util.Arrays;
import java.util.function.IntFunction;

/**
 * The first entry of each string key, as an open-addressing hash table of primitive arrays. An entry is an
 * int the caller gives, such as a row index, and the table stores only entries and hash codes: a hit is
 * confirmed by recomputing the stored entry's key and comparing it, so the table is exact whatever the hash
 * codes. A {@code HashMap<String, Integer>} of a million keys takes several times the memory, which is
 * more than a 256 MB heap spares next to a million-row ledger's records.
 */
final class FirstEntries {

    private final IntFunction<String> keyOfEntry;
    private int[] entries;
    private int[] hashes;
    private int size;

    /** @param keyOfEntry the key of an entry already stored, computed again to confirm a hit */
    FirstEntries(IntFunction<String> keyOfEntry) {
        this.keyOfEntry = keyOfEntry;
        allocate(1 << 10);
    }

    /**
     * Stores {@code entry} as the first of {@code key} and returns -1, or returns the earlier entry.
     *
     * @param entry a value of at least 0
     */
    int putIfAbsent(String key, int entry) {
        int hash = key.hashCode();
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
            if (hashes[slot] == hash && keyOfEntry.apply(entries[slot]).equals(key)) {
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

    /** Spreads the hash code's bits, because linear probing suffers from String hash codes' clustering. */
    private static int mix(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
