package kaohe.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import kaohe.ledger.Location;
import kaohe.rules.Names;
import kaohe.rules.Unit;

/** An article while it is being scored: its counted rows and the instructions linked to it. */
final class ArticleDraft {

    /** Every row of the article in input order, the first naming it, counted or not. */
    final List<Adoption> rows;
    List<Adoption> counted;
    /** The linked instructions. {@link #link} makes the list on the first one, because most articles get none. */
    List<Instruction> instructions = List.of();

    ArticleDraft(List<Adoption> rows) {
        this.rows = rows;
        this.counted = new ArrayList<>(rows.size());
    }

    /** Returns the units of the article's first row, which all its rows share. */
    List<Unit> units() {
        return rows.get(0).units();
    }

    void link(Instruction instruction) {
        if (instructions.isEmpty()) {
            instructions = new ArrayList<>(2);
        }
        instructions.add(instruction);
    }

    /**
     * Indexes the article under each unit's number and title keys that {@code draftByKey} contains, where
     * no earlier article took them. A key is taken when it maps to an article rather than to null.
     *
     * @param numbers {@link Names#compact} of 信息编号
     * @param titles {@link Names#titleKey}
     */
    void index(Map<String, ArticleDraft> draftByKey, LastKey numbers, LastKey titles) {
        if (draftByKey.isEmpty()) {
            return;
        }
        // Every key maps to this draft, so the order of the keys does not matter, and each row's keys are
        // computed once for all its units.
        for (Adoption row : rows) {
            String number = numbers.of(row.articleNumber());
            String title = titles.of(row.title());
            for (Unit unit : units()) {
                String unitKey = UnitKeys.of(unit);
                if (!number.isEmpty()) {
                    take(draftByKey, unitKey + "#n:" + number);
                }
                take(draftByKey, unitKey + "#t:" + title);
            }
        }
    }

    private void take(Map<String, ArticleDraft> draftByKey, String key) {
        if (draftByKey.containsKey(key)) {
            draftByKey.putIfAbsent(key, this);
        }
    }

    /**
     * Every row the article was built from: counted adoptions, then linked instructions, each in input order.
     * The list is a view that makes each location when it is read, because adoptions keep no {@link Location}
     * of their own, and it follows later changes to the draft's lists.
     */
    List<Location> sources() {
        return new RowLocations(counted, instructions);
    }
}
