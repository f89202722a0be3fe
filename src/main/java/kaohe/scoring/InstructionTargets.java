package kaohe.scoring;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import kaohe.rules.Names;
import kaohe.rules.Unit;

/**
 * The articles that instructions point at, found by unit and 信息编号 or by unit and title.
 *
 * <p>Only the keys some instruction looks up are indexed, so the map grows with the instructions, not with
 * the articles. Most articles have no instruction, so each of their rows is first tested against a bit
 * table of the requested keys' hash codes, which makes no key. Without it, each row of a million-row ledger
 * would make two keys only to find that no instruction requests them.
 */
final class InstructionTargets {

    private static final int MAX_TABLE_LONGS = 1 << 19;

    /** A key mapped to null is requested but not yet taken by an article. */
    private final Map<Key, ArticleDraft> draftByKey;
    private final long[] requestedHashes;
    /** The number key and the title key of each instruction, by its index in the list given, made once. */
    private final Key[] numberKeys;
    private final Key[] titleKeys;

    /** One unit's number or title key of an article: the unit's roster index and the compacted text. */
    record Key(int unit, boolean byNumber, String text) {

        @Override
        public int hashCode() {
            return hash(unit, byNumber, text.hashCode());
        }

        /** Compares the components as a record does, written out because a record's own goes through method handles. */
        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && unit == that.unit && byNumber == that.byNumber
                    && text.equals(that.text);
        }

        /** Returns the hash code of the key whose text has the hash code {@code textHash}. */
        static int hash(int unit, boolean byNumber, int textHash) {
            return 31 * (31 * unit + (byNumber ? 1 : 0)) + textHash;
        }
    }

    /** Requests the number key and the title key of each instruction's article. */
    InstructionTargets(List<Instruction> instructions) {
        draftByKey = new HashMap<>(instructions.size() * 4);
        // From 32 to 64 bits for each of the two keys of an instruction, so that few unrequested keys pass, and
        // at most 4 MB.
        int size = Math.min(Integer.highestOneBit(instructions.size()) * 2, MAX_TABLE_LONGS);
        requestedHashes = new long[Math.max(1, size)];
        numberKeys = new Key[instructions.size()];
        titleKeys = new Key[instructions.size()];
        for (int i = 0; i < instructions.size(); i++) {
            Instruction instruction = instructions.get(i);
            int unit = instruction.unit().rosterIndex();
            numberKeys[i] = new Key(unit, true, Names.compact(instruction.articleNumber()));
            titleKeys[i] = new Key(unit, false, Names.titleKey(instruction.title()));
            request(numberKeys[i]);
            request(titleKeys[i]);
        }
    }

    private void request(Key key) {
        draftByKey.put(key, null);
        int bit = bit(key.hashCode());
        requestedHashes[bit >>> 6] |= 1L << bit;
    }

    /**
     * Indexes the article under each unit's number and title keys that are requested, where no earlier article
     * took them. Every key maps to this draft, so the order of its keys does not matter.
     */
    void offer(ArticleDraft draft) {
        if (draftByKey.isEmpty()) {
            return;
        }
        // A row with the number or title of the row before it has that row's keys, which are already offered.
        Adoption previous = null;
        for (Adoption row : draft.rows) {
            if (previous == null || !row.articleNumber().equals(previous.articleNumber())) {
                offer(draft, true, row.articleNumber(), row.numberKeyHash());
            }
            if (previous == null || !row.title().equals(previous.title())) {
                offer(draft, false, row.title(), row.titleKeyHash());
            }
            previous = row;
        }
    }

    /** Offers the draft under each unit's key of the number or title {@code text}, whose key hashes to {@code hash}. */
    private void offer(ArticleDraft draft, boolean byNumber, String text, int hash) {
        String key = null;
        List<Unit> units = draft.units();
        for (int i = 0; i < units.size(); i++) {
            int unit = units.get(i).rosterIndex();
            if (!isRequested(Key.hash(unit, byNumber, hash))) {
                continue;
            }
            if (key == null) {
                key = byNumber ? Names.compact(text) : Names.titleKey(text);
            }
            // An empty number names no article, but an empty title key is a key like any other.
            if (!byNumber || !key.isEmpty()) {
                draftByKey.replace(new Key(unit, byNumber, key), null, draft);
            }
        }
    }

    /**
     * Returns the article of an instruction's unit with its number or, failing that, its title, or null.
     *
     * @param index the instruction's index in the list this was made with
     */
    ArticleDraft find(int index) {
        ArticleDraft draft = numberKeys[index].text().isEmpty() ? null : draftByKey.get(numberKeys[index]);
        if (draft == null) {
            draft = draftByKey.get(titleKeys[index]);
        }
        return draft;
    }

    /** Returns whether a requested key may have the hash code. False means that none has. */
    private boolean isRequested(int hash) {
        int bit = bit(hash);
        return (requestedHashes[bit >>> 6] & 1L << bit) != 0;
    }

    /** Returns the hash code's bit in the table, its bits spread first because String hash codes cluster. */
    private int bit(int hash) {
        int h = hash * 0x9E3779B9;
        return (h ^ h >>> 16) & (requestedHashes.length * 64 - 1);
    }
}
