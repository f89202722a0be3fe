package kaohe.scoring;

import java.math.BigDecimal;
import java.util.List;

import kaohe.ledger.Location;
import kaohe.rules.Unit;

/**
 * One article and how it scored: the highest publication, the highest confirmed media report and the
 * highest instruction, added together.
 *
 * @param publications the adoptions whose points count: one, or with same-level adding all of the best level;
 *     empty when no publication adopted it
 * @param media the confirmed media reports whose points count, like {@code publications}
 * @param instruction the instruction whose bonus counts, or null
 * @param total publication points + media points + instruction bonus, before any split
 * @param creditPerUnit what each of {@code units} is credited: the total, or for a split joint article the
 *     total divided by the number of units, rounded half up to two decimals
 * @param notAdded one sentence per counted row whose points were not added, saying why
 * @param sources every row the article was built from (adoptions and instructions), in ledger order
 */
public record ScoredArticle(
        List<Unit> units,
        String title,
        String articleNumber,
        List<Adoption> publications,
        BigDecimal publicationPoints,
        List<Adoption> media,
        BigDecimal mediaPoints,
        Instruction instruction,
        BigDecimal instructionBonus,
        BigDecimal total,
        BigDecimal creditPerUnit,
        List<String> notAdded,
        List<Location> sources) {

    public boolean isJoint() {
        return units.size() > 1;
    }
}
