package kaohe.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import kaohe.ledger.Location;
import kaohe.rules.Level;
import kaohe.rules.Series;
import kaohe.rules.Unit;
import kaohe.scoring.AppliedDeduction;
import kaohe.scoring.Commission;
import kaohe.scoring.Instruction;
import kaohe.scoring.ScoreResult;
import kaohe.scoring.ScoredArticle;
import kaohe.scoring.SeriesRanking;
import kaohe.scoring.SetAside;
import kaohe.scoring.UnitStanding;

/**
 * One unit's figures for choosing the year's advanced units (评先参考): the factors the 2018 method names for
 * units that reached their target, namely place and score, commissions completed, the number and quality
 * of submissions, and leader instructions.
 *
 * @param commissions the distinct commissions given to the unit; rows of one commission in several months
 *     count once
 * @param onTime the commissions whose latest row records them as done by the deadline
 * @param late the commissions deducted as not completed on time
 * @param adoptionRate adoptions divided by submissions, unrounded, or null when the unit submitted nothing
 * @param instructionsByLevel the instructions linked to the unit's scored articles, by the leader's level,
 *     every level present; an instruction repeated on a later row counts once
 */
public record AwardFactors(
        Series series,
        UnitStanding standing,
        int commissions,
        int onTime,
        int late,
        BigDecimal adoptionRate,
        Map<Level, Integer> instructionsByLevel) {

    /** The commissions neither done on time nor deducted: not yet due at the end of the period. */
    public int pending() {
        return commissions - onTime - late;
    }

    /** Works out the factors of every ranked unit, series by series in ranking order. */
    public static List<AwardFactors> of(ScoreResult result) {
        Map<Unit, List<Commission>> commissionsByUnit = latestCommissionRows(result);
        Map<Unit, Integer> lateByUnit = new HashMap<>();
        for (AppliedDeduction deduction : result.deductions()) {
            if (deduction.kind() == AppliedDeduction.Kind.LATE_COMMISSION) {
                lateByUnit.merge(deduction.unit(), 1, Integer::sum);
            }
        }
        Map<Unit, Map<Level, Integer>> instructions = linkedInstructions(result);

        List<AwardFactors> factors = new ArrayList<>();
        for (SeriesRanking ranking : result.rankings()) {
            for (UnitStanding standing : ranking.standings()) {
                Unit unit = standing.unit();
                List<Commission> given = commissionsByUnit.getOrDefault(unit, List.of());
                int onTime = (int) given.stream().filter(Commission::completedOnTime).count();
                factors.add(new AwardFactors(ranking.series(), standing, given.size(), onTime,
                        lateByUnit.getOrDefault(unit, 0), adoptionRate(standing),
                        instructions.getOrDefault(unit, emptyLevels())));
            }
        }
        return List.copyOf(factors);
    }

    /** The latest row of each commission, by unit; the records are in month order, so the last row wins. */
    private static Map<Unit, List<Commission>> latestCommissionRows(ScoreResult result) {
        Map<String, Commission> latestByIdentity = new LinkedHashMap<>();
        for (Commission row : result.records().commissions) {
            latestByIdentity.put(row.identity(), row);
        }
        Map<Unit, List<Commission>> byUnit = new HashMap<>();
        latestByIdentity.values().forEach(row -> byUnit.computeIfAbsent(row.unit(), u -> new ArrayList<>()).add(row));
        return byUnit;
    }

    /**
     * Counts the instructions that scoring linked to an article, which are the instruction rows among the
     * articles' source rows, less those set aside as repeats.
     */
    private static Map<Unit, Map<Level, Integer>> linkedInstructions(ScoreResult result) {
        Set<Location> articleRows = new HashSet<>();
        for (ScoredArticle article : result.articles()) {
            articleRows.addAll(article.sources());
        }
        Set<Location> repeats = new HashSet<>();
        for (SetAside row : result.setAside()) {
            if (row.disposition() == SetAside.Disposition.DUPLICATE) {
                repeats.add(row.source().wholeRow());
            }
        }
        Map<Unit, Map<Level, Integer>> byUnit = new HashMap<>();
        for (Instruction instruction : result.records().instructions) {
            Location row = instruction.source().wholeRow();
            if (articleRows.contains(row) && !repeats.contains(row)) {
                byUnit.computeIfAbsent(instruction.unit(), unit -> emptyLevels())
                        .merge(instruction.level().level(), 1, Integer::sum);
            }
        }
        return byUnit;
    }

    private static Map<Level, Integer> emptyLevels() {
        Map<Level, Integer> levels = new EnumMap<>(Level.class);
        for (Level level : Level.values()) {
            levels.put(level, 0);
        }
        return levels;
    }

    private static BigDecimal adoptionRate(UnitStanding standing) {
        if (standing.submissions() == 0) {
            return null;
        }
        return BigDecimal.valueOf(standing.adoptions())
                .divide(BigDecimal.valueOf(standing.submissions()), 6, RoundingMode.HALF_UP);
    }
}
