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

    /** A key mapped to null is requested but not yet taken by an article. */
    private final Map<Key, ArticleDraft> draftByKey;
    private final long[] requestedHashes;
    private final LastHash numbers = new LastHash(Names::compactHash);
    private final LastHash titles = new LastHash(Names::titleKeyHash);

    /** One unit's number or title key of an article: the unit's roster index and the compacted text. */
    record Key(int unit, boolean byNumber, String text) {

        @Override
        public int hashCode() {
            return hash(unit, byNumber, text.hashCode());
        }

        /** Returns the hash code of the key whose text has the hash code {@code textHash}. */
        static int hash(int unit, boolean byNumber, int textHash) {
            return 31 * (31 * unit + (byNumber ? 1 : 0)) + textHash;
        }
    }

    /** Requests the number key and the title key of each instruction's article. */
    InstructionTargets(List<Instruction> instructions) {
        draftByKey = new HashMap<>(instructions.size() * 4);
        requestedHashes = new long[Math.max(1, Integer.highestOneBit(instructions.size()) >> 1)];
        for (Instruction instruction : instructions) {
            int unit = instruction.unit().rosterIndex();
            request(new Key(unit, true, Names.compact(instruction.articleNumber())));
            request(new Key(unit, false, Names.titleKey(instruction.title())));
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
        for (Adoption row : draft.rows) {
            int numberHash = numbers.of(row.articleNumber());
            int titleHash = titles.of(row.title());
            for (Unit unit : draft.units()) {
                int index = unit.rosterIndex();
                if (isRequested(Key.hash(index, true, numberHash))) {
                    String number = Names.compact(row.articleNumber());
                    if (!number.isEmpty()) {
                        draftByKey.replace(new Key(index, true, number), null, draft);
                    }
                }
                if (isRequested(Key.hash(index, false, titleHash))) {
                    draftByKey.replace(new Key(index, false, Names.titleKey(row.title())), null, draft);
                }
            }
        }
    }

    /** Returns the article of the instruction's unit with its number or, failing that, its title, or null. */
    ArticleDraft find(Instruction instruction) {
        int unit = instruction.unit().rosterIndex();
        String number = Names.compact(instruction.articleNumber());
        ArticleDraft draft = number.isEmpty() ? null : draftByKey.get(new Key(unit, true, number));
        if (draft == null) {
            draft = draftByKey.get(new Key(unit, false, Names.titleKey(instruction.title())));
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
