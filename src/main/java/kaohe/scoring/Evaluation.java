package kaohe.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

import kaohe.ledger.Location;
import kaohe.rules.Names;
import kaohe.rules.Rules;
import kaohe.rules.Settings;
import kaohe.rules.Unit;
import kaohe.scoring.SetAside.Disposition;

/**
 * The cumulative score of every unit over the records of all months up to one month, evaluated at that
 * month's last day.
 */
final class Evaluation {

    final List<ScoredArticle> articles;
    final List<AppliedDeduction> deductions = new ArrayList<>();
    final List<SetAside> setAside = new ArrayList<>();
    /**
     * The sums of each unit by roster index, null for a unit with no records yet. The roster numbers its
     * units 0, 1, 2 and so on, so an array serves where a map would hash a record on every credit.
     */
    private final UnitTotals[] totalsByRosterIndex;
    private final Rules rules;

    /** One unit's running sums. */
    static final class UnitTotals {
        BigDecimal publication = BigDecimal.ZERO;
        BigDecimal media = BigDecimal.ZERO;
        BigDecimal instruction = BigDecimal.ZERO;
        BigDecimal credit = BigDecimal.ZERO;
        BigDecimal deduction = BigDecimal.ZERO;
        int adoptions;
        int submissions;
    }

    Evaluation(Rules rules, LedgerRecords records, YearMonth upTo) {
        this.rules = rules;
        totalsByRosterIndex = new UnitTotals[rules.units().size()];
        Predicate<YearMonth> inPeriod = month -> !month.isAfter(upTo);
        Consumer<SetAside> sink = setAside::add;
        ArticleScoring scoring = new ArticleScoring(rules.settings(), sink);
        articles = scoring.score(
                assessed(records.adoptions, inPeriod, Adoption::month, Evaluation::allExempt, Adoption::source),
                assessed(records.instructions, inPeriod, Instruction::month, i -> i.unit().isExempt(),
                        Instruction::source));
        articles.forEach(this::credit);
        deduct(records, inPeriod, upTo.atEndOfMonth(), sink);
        countSubmissions(assessed(records.submissions, inPeriod, Submission::month, s -> s.unit().isExempt(),
                Submission::source));
    }

    /** Returns the records of the period, setting aside those of exempt units. */
    private <T> List<T> assessed(List<T> rows, Predicate<YearMonth> inPeriod,
                                 Function<T, YearMonth> month, Predicate<T> exempt,
                                 Function<T, Location> source) {
        List<T> kept = new ArrayList<>(rows.size());
        for (T row : rows) {
            if (!inPeriod.test(month.apply(row))) {
                continue;
            }
            if (exempt.test(row)) {
                setAside.add(new SetAside(source.apply(row), Disposition.NOT_COUNTED, "不列入考核单位，不计分"));
            } else {
                kept.add(row);
            }
        }
        return kept;
    }

    /** Returns whether every unit of a row is exempt, as {@code allMatch} would, true for a row of no units. */
    private static boolean allExempt(Adoption row) {
        List<Unit> units = row.units();
        for (int i = 0; i < units.size(); i++) {
            if (!units.get(i).isExempt()) {
                return false;
            }
        }
        return true;
    }

    private void credit(ScoredArticle article) {
        int unitCount = article.units().size();
        Settings.JointArticles joint = rules.settings().jointArticles();
        // Each part is worked out once here, where the article's own methods would choose its rows again for each.
        BigDecimal publicationPoints = article.publicationPoints();
        BigDecimal mediaPoints = article.mediaPoints();
        BigDecimal bonus = article.instructionBonus();
        BigDecimal publication = ArticleScoring.share(publicationPoints, unitCount, joint);
        BigDecimal media = ArticleScoring.share(mediaPoints, unitCount, joint);
        BigDecimal instruction = ArticleScoring.share(bonus, unitCount, joint);
        BigDecimal credit = ArticleScoring.share(ScoredArticle.total(publicationPoints, mediaPoints, bonus), unitCount,
                joint);
        List<Unit> units = article.units();
        for (int i = 0; i < units.size(); i++) {
            Unit unit = units.get(i);
            if (unit.isExempt()) {
                continue;
            }
            UnitTotals totals = totals(unit);
            totals.publication = totals.publication.add(publication);
            totals.media = totals.media.add(media);
            totals.instruction = totals.instruction.add(instruction);
            totals.credit = totals.credit.add(credit);
            totals.adoptions++;
        }
    }

    private void deduct(LedgerRecords records, Predicate<YearMonth> inPeriod, LocalDate asOf,
                        Consumer<SetAside> sink) {
        DeductionScoring scoring = new DeductionScoring(rules.settings(), sink);
        deductions.addAll(scoring.commissions(assessed(records.commissions, inPeriod, Commission::month,
                c -> c.unit().isExempt(), Commission::source), asOf));
        deductions.addAll(scoring.others(assessed(records.deductions, inPeriod, Deduction::month,
                d -> d.unit().isExempt(), Deduction::source)));
        for (AppliedDeduction deduction : deductions) {
            UnitTotals totals = totals(deduction.unit());
            totals.deduction = totals.deduction.add(deduction.points());
        }
    }

    private void countSubmissions(List<Submission> submissions) {
        // Equal rows have equal keys, so every row that is not a duplicate is counted once.
        FirstEntries firstByKey = new FirstEntries(
                (stored, entry) -> sameSubmission(submissions.get(stored), submissions.get(entry)));
        for (int i = 0; i < submissions.size(); i++) {
            Submission row = submissions.get(i);
            int first = firstByKey.putIfAbsent(submissionHash(row), i);
            if (first >= 0) {
                setAside.add(new SetAside(row.source(), Disposition.DUPLICATE, "与 "
                        + Sources.refer(row.source(), submissions.get(first).source())
                        + " 重复（同一单位、标题和日期），只计一次报送"));
            } else {
                totals(row.unit()).submissions++;
                setAside.add(new SetAside(row.source(), Disposition.NOT_COUNTED, "报送记录：计入报送数，本身不计分"));
            }
        }
    }

    /** Returns the hash code of a submission's key: its unit's roster index, its title key and its date. */
    private static int submissionHash(Submission row) {
        return 31 * (31 * row.unit().rosterIndex() + row.titleKeyHash()) + Objects.hashCode(row.date());
    }

    /** Returns whether two submissions are one: the same unit by roster index, title key and date. */
    private static boolean sameSubmission(Submission a, Submission b) {
        return a.unit().rosterIndex() == b.unit().rosterIndex() && Objects.equals(a.date(), b.date())
                && Names.sameTitleKey(a.title(), b.title());
    }

    /** Returns the unit's sums to add to, made on first use. The unit must be one of the rules' roster. */
    private UnitTotals totals(Unit unit) {
        UnitTotals totals = totalsByRosterIndex[unit.rosterIndex()];
        if (totals == null) {
            totals = new UnitTotals();
            totalsByRosterIndex[unit.rosterIndex()] = totals;
        }
        return totals;
    }

    /** The unit's sums; zero for a unit with no records. The unit must be one of the rules' roster. */
    UnitTotals totalsOf(Unit unit) {
        UnitTotals totals = totalsByRosterIndex[unit.rosterIndex()];
        return totals != null ? totals : new UnitTotals();
    }

    /** The unit's cumulative score: credits less deductions, stopped at zero when the floor-at-zero setting is on. */
    BigDecimal score(Unit unit) {
        UnitTotals totals = totalsOf(unit);
        BigDecimal score = totals.credit.subtract(totals.deduction);
        return rules.settings().floorAtZero() && score.signum() < 0 ? BigDecimal.ZERO : score;
    }
}
