package kaohe.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import kaohe.rules.Rules;
import kaohe.rules.Series;
import kaohe.rules.Unit;

/**
 * Scores pooled ledgers: the cumulative ranking at the latest month, and each month's own score as the
 * cumulative score up to that month less the cumulative score up to the month before.
 *
 * <p>Pure computation on records: it reads no file and knows nothing of workbooks.
 */
public final class Scorer {

    private final Rules rules;

    public Scorer(Rules rules) {
        this.rules = rules;
    }

    /**
     * Scores all records up to and including {@code month}.
     *
     * @param records the records of every ledger given, added oldest month first
     * @param month the month of the notice; records of later months are ignored
     */
    public ScoreResult score(LedgerRecords records, YearMonth month) {
        List<YearMonth> months = months(records, month);
        List<Evaluation> evaluations = months.stream().map(m -> new Evaluation(rules, records, m)).toList();
        Evaluation last = evaluations.get(evaluations.size() - 1);

        List<SeriesRanking> rankings = new ArrayList<>();
        for (Series series : rules.series()) {
            rankings.add(rank(series, months, evaluations));
        }

        List<SetAside> setAside = new ArrayList<>(records.setAside);
        setAside.addAll(last.setAside);
        setAside.sort(Comparator.comparing(SetAside::source, Sources.ORDER));
        return new ScoreResult(month, months, rankings, last.articles, last.deductions, setAside, records);
    }

    private static List<YearMonth> months(LedgerRecords records, YearMonth month) {
        TreeSet<YearMonth> months = new TreeSet<>();
        addMonths(records.adoptions, Adoption::month, month, months);
        addMonths(records.instructions, Instruction::month, month, months);
        addMonths(records.commissions, Commission::month, month, months);
        addMonths(records.deductions, Deduction::month, month, months);
        addMonths(records.submissions, Submission::month, month, months);
        months.addAll(records.months.stream().filter(m -> !m.isAfter(month)).toList());
        months.add(month);
        return List.copyOf(months);
    }

    /**
     * Adds the months of the rows up to {@code upTo}. Rows come in runs of one month, so a month like the row
     * before's is skipped without a look-up in the set.
     */
    private static <T> void addMonths(List<T> rows, Function<T, YearMonth> monthOf, YearMonth upTo,
                                      Set<YearMonth> months) {
        YearMonth previous = null;
        for (int i = 0; i < rows.size(); i++) {
            YearMonth month = monthOf.apply(rows.get(i));
            if (!month.equals(previous) && !month.isAfter(upTo)) {
                months.add(month);
            }
            previous = month;
        }
    }

    private SeriesRanking rank(Series series, List<YearMonth> months, List<Evaluation> evaluations) {
        Evaluation last = evaluations.get(evaluations.size() - 1);
        List<Unit> units = rules.units().stream().filter(unit -> series.equals(unit.series()))
                .sorted(Comparator.comparing(last::score).reversed().thenComparingInt(Unit::rosterIndex))
                .toList();
        List<UnitStanding> standings = new ArrayList<>();
        for (Unit unit : units) {
            BigDecimal score = last.score(unit);
            int place = 1 + (int) units.stream().filter(other -> last.score(other).compareTo(score) > 0).count();
            Map<YearMonth, BigDecimal> monthly = monthlyScores(unit, months, evaluations);
            Evaluation.UnitTotals totals = last.totalsOf(unit);
            BigDecimal rate = score.divide(series.target(), 6, RoundingMode.HALF_UP);
            standings.add(new UnitStanding(unit, place, place <= 3 && score.signum() > 0,
                    totals.publication, totals.media, totals.instruction, totals.deduction, score,
                    monthly.get(months.get(months.size() - 1)), monthly, rate,
                    score.compareTo(series.target()) >= 0, totals.submissions, totals.adoptions));
        }
        return new SeriesRanking(series, List.copyOf(standings));
    }

    private static Map<YearMonth, BigDecimal> monthlyScores(Unit unit, List<YearMonth> months,
                                                            List<Evaluation> evaluations) {
        Map<YearMonth, BigDecimal> monthly = new LinkedHashMap<>();
        BigDecimal before = BigDecimal.ZERO;
        for (int i = 0; i < months.size(); i++) {
            BigDecimal cumulative = evaluations.get(i).score(unit);
            monthly.put(months.get(i), cumulative.subtract(before));
            before = cumulative;
        }
        return monthly;
    }
}
