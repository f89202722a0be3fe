package kaohe.scoring;

import java.util.ArrayList;
import java.util.List;

import kaohe.ledger.Location;
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
     * Every row the article was built from: counted adoptions, then linked instructions, each in input order.
     * The list is a view that makes each location when it is read, because adoptions keep no {@link Location}
     * of their own, and it follows later changes to the draft's lists.
     */
    List<Location> sources() {
        return new RowLocations(counted, instructions);
    }
}
