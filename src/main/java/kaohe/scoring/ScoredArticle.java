package kaohe.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import kaohe.ledger.Location;
import kaohe.rules.Settings;
import kaohe.rules.Unit;

/**
 * One article and how it scored: the highest publication, the highest confirmed media report and the
 * highest instruction, added together.
 *
 * <p>It keeps only its rows, its linked instructions and the settings it was scored under, and works out
 * every other value from them on each call. A million-row ledger has hundreds of thousands of articles. In a
 * class histogram of the generated one (BenchLedger), keeping the chosen rows, the points, the sentences and
 * the sources of each cost about 130 bytes an article, 50 MB of a 256 MB heap. Two articles are equal
 * when the parts they keep are.
 */
public final class ScoredArticle {

    private final Adoption first;
    private final List<Adoption> counted;
    private final List<Instruction> instructions;
    private final boolean withFile;
    private final Settings settings;

    /**
     * Creates the article.
     *
     * @param first the article's first row, counted or not, whose units, title and 信息编号 name the article
     * @param counted the adoptions that count, publications and confirmed media reports, in input order
     * @param instructions every instruction linked to the article, repeats left out, in input order
     * @param withFile whether {@link #notAdded()} names rows with their file ("2018-05.xlsx 录用!5"), as when
     *     the article's rows span several ledgers, or within it ("录用!5")
     * @param settings how rows of one level combine and how a joint article's points are credited
     */
    public ScoredArticle(Adoption first, List<Adoption> counted, List<Instruction> instructions, boolean withFile,
                         Settings settings) {
        this.first = first;
        this.counted = counted;
        this.instructions = instructions;
        this.withFile = withFile;
        this.settings = settings;
    }

    public List<Unit> units() {
        return first.units();
    }

    public String title() {
        return first.title();
    }

    /** Returns the 信息编号, or "" when the article's first row has none. */
    public String articleNumber() {
        return first.articleNumber();
    }

    /**
     * Returns the publications whose points count: one, or with same-level adding all of the best level;
     * empty when no publication adopted it.
     */
    public List<Adoption> publications() {
        return ArticleScoring.chosen(counted, false, settings.sameLevelDuplicates());
    }

    public BigDecimal publicationPoints() {
        return ArticleScoring.sum(publications());
    }

    /** Returns the confirmed media reports whose points count, like {@link #publications()}. */
    public List<Adoption> media() {
        return ArticleScoring.chosen(counted, true, settings.sameLevelDuplicates());
    }

    public BigDecimal mediaPoints() {
        return ArticleScoring.sum(media());
    }

    /** Returns the instruction whose bonus counts, the highest, or null. */
    public Instruction instruction() {
        return ArticleScoring.best(instructions);
    }

    public BigDecimal instructionBonus() {
        Instruction best = instruction();
        return best == null ? BigDecimal.ZERO : best.level().bonus();
    }

    /** Returns publication points + media points + instruction bonus, before any split. */
    public BigDecimal total() {
        return total(publicationPoints(), mediaPoints(), instructionBonus());
    }

    /** Returns the total of an article with these points, as {@link #total()} adds them. */
    static BigDecimal total(BigDecimal publicationPoints, BigDecimal mediaPoints, BigDecimal instructionBonus) {
        return ArticleScoring.plus(ArticleScoring.plus(publicationPoints, mediaPoints), instructionBonus);
    }

    /**
     * Returns what each of {@link #units()} is credited: the total, or for a split joint article the total
     * divided by the number of units, rounded half up to two decimals.
     */
    public BigDecimal creditPerUnit() {
        return ArticleScoring.share(total(), first.units().size(), settings.jointArticles());
    }

    /** Returns one sentence per counted row whose points were not added, saying why. */
    public List<String> notAdded() {
        Instruction best = instruction();
        List<Instruction> others = new ArrayList<>(instructions);
        others.remove(best);
        return NotAddedSentences.of(withFile, counted, publications(), media(), best, others);
    }

    /**
     * Returns every row the article was built from, counted adoptions then linked instructions, each in
     * input order, as whole-row locations made when the list is read.
     */
    public List<Location> sources() {
        return new RowLocations(counted, instructions);
    }

    /** Returns the 备注 of the counted adoptions, in input order, each different text once and blanks left out. */
    public List<String> remarks() {
        List<String> remarks = new ArrayList<>(1);
        for (Adoption adoption : counted) {
            String remark = adoption.remark();
            if (remark != null && !remark.isEmpty() && !remarks.contains(remark)) {
                remarks.add(remark);
            }
        }
        return remarks;
    }

    public boolean isJoint() {
        return first.units().size() > 1;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ScoredArticle that && Objects.equals(units(), that.units())
                && Objects.equals(title(), that.title()) && Objects.equals(articleNumber(), that.articleNumber())
                && counted.equals(that.counted) && instructions.equals(that.instructions)
                && withFile == that.withFile && settings.equals(that.settings);
    }

    @Override
    public int hashCode() {
        return Objects.hash(units(), title(), articleNumber(), counted, instructions, withFile, settings);
    }

    @Override
    public String toString() {
        return "ScoredArticle[units=" + units() + ", title=" + title() + ", articleNumber=" + articleNumber()
                + ", publications=" + publications() + ", media=" + media() + ", instruction=" + instruction()
                + ", total=" + total() + ", creditPerUnit=" + creditPerUnit() + "]";
    }
}
