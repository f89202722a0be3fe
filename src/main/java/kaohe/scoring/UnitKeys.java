package kaohe.scoring;

import java.util.List;
import java.util.stream.Collectors;

import kaohe.rules.Unit;

/** Keys that group records by unit without depending on how a unit was spelled. */
final class UnitKeys {

    private UnitKeys() {
    }

    /** A key of the set of units, independent of their order: "3,17". */
    static String ofSet(List<Unit> units) {
        return units.stream().map(Unit::rosterIndex).sorted().map(String::valueOf)
                .collect(Collectors.joining(","));
    }

    static String of(Unit unit) {
        return String.valueOf(unit.rosterIndex());
    }
}
