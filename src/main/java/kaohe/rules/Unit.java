package kaohe.rules;

/**
 * A unit of the roster.
 *
 * @param series the unit's series, or null for a unit that is not assessed (不列入考核)
 * @param rosterIndex the unit's 0-based position in the roster, which orders units of equal score
 */
public record Unit(String name, Series series, int rosterIndex) {

    public boolean isExempt() {
        return series == null;
    }
}
