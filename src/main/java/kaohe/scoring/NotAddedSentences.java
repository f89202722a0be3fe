package kaohe.scoring;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.RandomAccess;

import kaohe.ledger.Location;

/**
 * The sentences of one scored article that explain which counted rows were not added and why: first the
 * publications, then the media reports, then the instructions, each in input order.
 *
 * <p>The sentences are made each time the list is read, from the rows the article keeps anyway. A
 * million-row ledger has hundreds of thousands of them, tens of MB as strings or as one closure a
 * sentence, and the notice reads each only twice. Rows are named within their file ("录用!5"), or with
 * the file ("2018-05.xlsx 录用!5") when the article's rows span several ledgers.
 */
final class NotAddedSentences extends AbstractList<String> implements RandomAccess {

    private final boolean withFile;
    private final List<Adoption> counted;
    private final List<Adoption> publications;
    private final List<Adoption> media;
    private final Instruction instruction;
    private final List<Instruction> otherInstructions;
    private final int size;

    private NotAddedSentences(boolean withFile, List<Adoption> counted, List<Adoption> publications,
                              List<Adoption> media, Instruction instruction, List<Instruction> otherInstructions) {
        this.withFile = withFile;
        this.counted = counted;
        this.publications = publications;
        this.media = media;
        this.instruction = instruction;
        this.otherInstructions = otherInstructions;
        int notAdded = otherInstructions.size();
        for (Adoption row : counted) {
            if (!chosenOfKind(row).contains(row)) {
                notAdded++;
            }
        }
        this.size = notAdded;
    }

    /**
     * Returns the sentences, or an empty list when every counted row was added.
     *
     * @param counted the article's counted adoptions in input order
     * @param publications the publication adoptions whose points count
     * @param media the media reports whose points count
     * @param instruction the instruction whose bonus counts, or null
     * @param otherInstructions the article's other instructions, repeats left out
     */
    static List<String> of(boolean withFile, List<Adoption> counted, List<Adoption> publications,
                           List<Adoption> media, Instruction instruction, List<Instruction> otherInstructions) {
        NotAddedSentences sentences =
                new NotAddedSentences(withFile, counted, publications, media, instruction, otherInstructions);
        return sentences.size == 0 ? List.of() : sentences;
    }

    @Override
    public String get(int index) {
        return sentences().get(index);
    }

    @Override
    public Iterator<String> iterator() {
        return sentences().iterator();
    }

    @Override
    public int size() {
        return size;
    }

    private List<Adoption> chosenOfKind(Adoption row) {
        return row.outlet().isMedia() ? media : publications;
    }

    private List<String> sentences() {
        List<String> lines = new ArrayList<>(size);
        for (boolean isMedia : new boolean[] {false, true}) {
            for (Adoption row : counted) {
                List<Adoption> chosen = chosenOfKind(row);
                if (row.outlet().isMedia() == isMedia && !chosen.contains(row)) {
                    lines.add(label(row) + "（" + Figures.points(row.outlet().points()) + "分）未加："
                            + "同一信息已按" + describe(chosen) + "就高计分");
                }
            }
        }
        for (Instruction other : otherInstructions) {
            lines.add(other.level().name() + "批示 " + row(other.source()) + "（"
                    + Figures.points(other.level().bonus()) + "分）未加：已按" + instruction.level().name()
                    + "批示（" + Figures.points(instruction.level().bonus()) + "分）就高计分");
        }
        return lines;
    }

    private String describe(List<Adoption> chosen) {
        if (chosen.size() == 1) {
            return label(chosen.get(0)) + "（" + Figures.points(ArticleScoring.sum(chosen)) + "分）";
        }
        String points = Figures.points(ArticleScoring.sum(chosen));
        return chosen.get(0).outlet().level().label() + "级合计（" + points + "分）";
    }

    private String row(Location location) {
        return withFile ? location.wholeRow().toString() : location.wholeRow().inFile();
    }

    private String label(Adoption adoption) {
        return adoption.outlet().name() + " " + row(adoption.source());
    }
}
