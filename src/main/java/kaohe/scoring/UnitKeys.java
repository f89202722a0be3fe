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

    /** A key of the set of units, independent of their order: "3,17". */
    static String ofSet(List<Unit> units) {
        if (units.size() == 1) {
            return of(units.get(0));
        }
        int[] indices = new int[units.size()];
        for (int i = 0; i < indices.length; i++) {
            indices[i] = units.get(i).rosterIndex();
        }
        Arrays.sort(indices);
        StringBuilder key = new StringBuilder(indices.length * 4);
        for (int i = 0; i < indices.length; i++) {
            if (i > 0) {
                key.append(',');
            }
            key.append(indices[i]);
        }
        return key.toString();
    }

    static String of(Unit unit) {
        int index = unit.rosterIndex();
        return index >= 0 && index < SMALL_KEYS.length ? SMALL_KEYS[index] : String.valueOf(index);
    }
}
