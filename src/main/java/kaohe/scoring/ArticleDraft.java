package kaohe.scoring;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

import kaohe.ledger.Location;
import kaohe.rules.Names;
import kaohe.rules.Unit;

/** An article while it is being scored: its counted rows and the instructions linked to it. */
final class ArticleDraft {

    final List<Unit> units;
    final String title;
    final String number;
    List<Adoption> counted;
    final List<Instruction> instructions = new ArrayList<>();
    private List<Adoption> rows = List.of();

    /** @param rowCount the article's rows, the most it can count, so the list never grows */
    ArticleDraft(Adoption first, int rowCount) {
        this.counted = new ArrayList<>(rowCount);
        this.units = first.units();
        this.title = first.title();
        this.number = first.articleNumber();
    }

    void adoptedRows(List<Adoption> allRows) {
        this.rows = allRows;
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
            for (Unit unit : units) {
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
     * of their own, and it follows later changes to the draft's lists: see {@link #finishedSources}.
     */
    List<Location> sources() {
        return new RowLocations(counted, instructions);
    }

    /** Returns {@link #sources()} over copies of the draft's lists, for an article that is finished. */
    List<Location> finishedSources() {
        List<Instruction> linked = instructions.isEmpty() ? List.of() : List.copyOf(instructions);
        return new RowLocations(counted, linked);
    }

    /** The whole-row locations of adoptions, then of instructions, made on each read. */
    private static final class RowLocations extends AbstractList<Location> implements RandomAccess {
        private final List<Adoption> adoptions;
        private final List<Instruction> instructions;

        RowLocations(List<Adoption> adoptions, List<Instruction> instructions) {
            this.adoptions = adoptions;
            this.instructions = instructions;
        }

        @Override
        public Location get(int index) {
            if (index < adoptions.size()) {
                return adoptions.get(index).source().wholeRow();
            }
            return instructions.get(index - adoptions.size()).source().wholeRow();
        }

        @Override
        public int size() {
            return adoptions.size() + instructions.size();
        }
    }
}
