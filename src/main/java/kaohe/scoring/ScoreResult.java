package kaohe.scoring;

import java.time.YearMonth;
import java.util.List;

/**
 * Everything a notice or report shows: the ranking of each series, each scored article, each deduction and
 * every row that added nothing.
 *
 * @param month the latest month, the one the notice is for
 * @param months every month given, oldest first
 * @param setAside the rows that added nothing, sorted by file, sheet and row
 * @param records the records scored, for figures such as the month's adoptions by level
 */
public record ScoreResult(
        YearMonth month,
        List<YearMonth> months,
        List<SeriesRanking> rankings,
        List<ScoredArticle> articles,
        List<AppliedDeduction> deductions,
        List<SetAside> setAside,
        LedgerRecords records) {

    /** Whether the records come from more than one ledger file, so that row references must name their file. */
    public boolean spansFiles() {
        return records.files.size() > 1;
    }

    /** Whether any row was set aside as a problem for the clerk to fix. */
    public boolean hasProblems() {
        return setAside.stream().anyMatch(row -> row.disposition() == SetAside.Disposition.PROBLEM);
    }
}
