package kaohe.scoring;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

import kaohe.ledger.Location;

/**
 * The whole-row locations of adoptions, then of instructions, made on each read, because adoptions keep no
 * {@link Location} of their own. The list follows later changes to the lists it is given.
 */
final class RowLocations extends AbstractList<Location> implements RandomAccess {

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
