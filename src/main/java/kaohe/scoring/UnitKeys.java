package kaohe.scoring;

import java.util.Arrays;
import java.util.List;

import kaohe.rules.Unit;

/** Keys that group records by unit without depending on how a unit was spelled. */
final class UnitKeys {

    /** The keys of the first roster indices, made once because every record needs one. */
    private static final String[] SMALL_KEYS = new String[1024];

    static {
        for (int i = 0; i < SMALL_KEYS.length; i++) {
            SMALL_KEYS[i] = String.valueOf(i);
        }
    }

    private UnitKeys() {
    }

    /** Returns a hash code of the set of units that does not depend on their order, as {@link #sameSet} needs. */
    static int hashOfSet(List<Unit> units) {
        if (units.size() == 1) {
            return units.get(0).rosterIndex();
        }
        return Arrays.hashCode(sortedIndices(units));
    }

    /**
     * Returns whether two lists name the same units by roster index, in any order. A record's single unit
     * is usually a list shared by every record of that unit, so most comparisons end at the first test.
     */
    static boolean sameSet(List<Unit> a, List<Unit> b) {
        if (a == b) {
            return true;
        }
        if (a.size() != b.size()) {
            return false;
        }
        if (a.size() == 1) {
            return a.get(0).rosterIndex() == b.get(0).rosterIndex();
        }
        return Arrays.equals(sortedIndices(a), sortedIndices(b));
    }

    private static int[] sortedIndices(List<Unit> units) {
        int[] indices = new int[units.size()];
        for (int i = 0; i < indices.length; i++) {
            indices[i] = units.get(i).rosterIndex();
        }
        Arrays.sort(indices);
        return indices;
    }

    static String of(Unit unit) {
        int index = unit.rosterIndex();
        return index >= 0 && index < SMALL_KEYS.length ? SMALL_KEYS[index] : String.valueOf(index);
    }
}
