package kaohe.rules;

import java.util.List;

/**
 * Everything a scoring run needs to know of the method in force: who is scored, what each outlet and
 * instruction is worth, and the chosen readings.
 */
public record Rules(
        List<Series> series,
        NameTable<Unit> roster,
        NameTable<Outlet> outlets,
        NameTable<InstructionLevel> instructions,
        Settings settings) {

    /** Returns the series with the given code ("A"), or null. */
    public Series series(String code) {
        for (Series candidate : series) {
            if (candidate.code().equalsIgnoreCase(Names.compact(code))) {
                return candidate;
            }
        }
        return null;
    }

    /** All units in roster order, exempt ones included. */
    public List<Unit> units() {
        return roster.items();
    }
}
