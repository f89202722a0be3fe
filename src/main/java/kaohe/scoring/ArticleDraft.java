package kaohe.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import kaohe.rules.Unit;

/** An article while it is being scored: its counted rows and the instructions linked to it. */
final class ArticleDraft {

    /** Every row of the article in input order, the first naming it, counted or not. */
    final List<Adoption> rows;
    List<Adoption> counted;
    /** The linked instructions. {@link #link} makes the list on the first one, because most articles get none. */
    List<Instruction> instructions = List.of();

    /** @param counted the rows that count, {@code rows} itself when all of them do, or a list to fill */
    ArticleDraft(List<Adoption> rows, List<Adoption> counted) {
        this.rows = rows;
        this.counted = counted;
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

    /** Returns whether the counted adoptions and the linked instructions are rows of more than one file. */
    boolean fromSeveralFiles() {
        String firstFile = null;
        int size = counted.size() + instructions.size();
        for (int i = 0; i < size; i++) {
            String file = i < counted.size() ? counted.get(i).file()
                    : instructions.get(i - counted.size()).source().file();
            if (i == 0) {
                firstFile = file;
            } else if (!Objects.equals(file, firstFile)) {
                return true;
            }
        }
        return false;
    }
}
