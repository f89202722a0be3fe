package kaohe.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import kaohe.intake.Ledgers;
import kaohe.intake.LoadedLedger;
import kaohe.rules.Settings;
import kaohe.scoring.ScoreResult;
import kaohe.scoring.SeriesRanking;

/**
 * Everything a quarter or year report shows, worked out from the pooled score of the period's ledgers.
 *
 * @param ledgers the ledgers read, oldest month first
 * @param missingMonths the months of the period with no ledger, oldest first; they add nothing to any score
 * @param result the score of all the ledgers, as of the latest month given
 * @param checks one check a series, in the order of {@code result.rankings()}
 * @param featured the featured-article candidates, best first
 * @param featuredLimit how many candidates the settings ask for, ties at the cut aside
 * @param awardFactors for a year, every ranked unit's factors for choosing advanced units; empty for a quarter
 * @param hasSubmissions whether any ledger has a 报送 sheet, without which no unit's submissions are known
 */
public record PeriodReport(
        Period period,
        List<LoadedLedger> ledgers,
        List<YearMonth> missingMonths,
        ScoreResult result,
        List<SeriesCheck> checks,
        List<FeaturedArticle> featured,
        int featuredLimit,
        List<AwardFactors> awardFactors,
        boolean hasSubmissions) {

    private static final String SUBMISSIONS_SHEET = "报送";

    /**
     * Builds the report of {@code period}.
     *
     * @param ledgers the period's ledgers only, as pooled for scoring
     * @param result the score of {@code ledgers} up to their latest month
     */
    public static PeriodReport build(Period period, Ledgers ledgers, ScoreResult result, Settings settings) {
        List<YearMonth> given = ledgers.ledgers().stream().map(LoadedLedger::month).distinct().toList();
        List<YearMonth> missing = period.months().stream().filter(month -> !given.contains(month)).toList();
        List<SeriesCheck> checks = new ArrayList<>();
        for (SeriesRanking ranking : result.rankings()) {
            checks.add(SeriesCheck.of(ranking, result.months()));
        }
        List<FeaturedArticle> featured = FeaturedArticle.select(result.articles(), settings.featuredArticles());
        List<AwardFactors> factors = period.isYear() ? AwardFactors.of(result) : List.of();
        boolean hasSubmissions = ledgers.ledgers().stream()
                .anyMatch(ledger -> ledger.dataRowsBySheet().containsKey(SUBMISSIONS_SHEET));
        return new PeriodReport(period, ledgers.ledgers(), missing, result, List.copyOf(checks), featured,
                settings.featuredArticles(), factors, hasSubmissions);
    }

    /** Whether every series' months add up to its totals. */
    public boolean checksHold() {
        return checks.stream().allMatch(SeriesCheck::holds);
    }

    /** Names the ledgers read, and the months of the period that have none, for a note under a title. */
    public List<String> ledgerNotes() {
        List<String> notes = new ArrayList<>();
        notes.add("台账：" + ledgers.stream().map(ledger -> ledger.file().getFileName().toString())
                .collect(Collectors.joining("、")) + "（共 " + ledgers.size() + " 个，计分截至 " + result.month() + "）");
        if (!missingMonths.isEmpty()) {
            notes.add("缺少台账的月份：" + missingMonths.stream().map(YearMonth::toString).collect(Collectors.joining("、"))
                    + "。这些月份未计分，其月份栏为空");
        }
        Map<YearMonth, Long> ledgersByMonth = ledgers.stream()
                .collect(Collectors.groupingBy(LoadedLedger::month, TreeMap::new, Collectors.counting()));
        ledgersByMonth.forEach((month, count) -> {
            if (count > 1) {
                notes.add("注意：" + month + " 有 " + count + " 个台账，均已读入；重复的记录只计一次");
            }
        });
        return notes;
    }
}
