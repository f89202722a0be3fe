package kaohe.notice;

import java.time.YearMonth;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import kaohe.ledger.Location;
import kaohe.rules.InstructionLevel;
import kaohe.rules.Level;
import kaohe.scoring.Adoption;
import kaohe.scoring.Instruction;
import kaohe.scoring.ScoreResult;
import kaohe.scoring.ScoredArticle;
import kaohe.scoring.SetAside;
import kaohe.scoring.Submission;

/**
 * The notice month's own totals, counted from the records of that month that the scoring counted.
 *
 * <p>A record belongs to the month when its {@code month()}, the month of the ledger it was read from,
 * equals {@link ScoreResult#month()}. It is counted when the scoring kept it:
 * <ul>
 *   <li>a submission of an assessed unit that is not a duplicate of another submission;</li>
 *   <li>an adoption or media report, or an instruction, that is one of the source rows of a scored article.
 *     Duplicates, unconfirmed reports, rows of exempt units and problem rows are therefore left out.</li>
 * </ul>
 * Adoptions are counted per row (篇次): an article adopted by a district and a city publication counts once
 * at each level, although only the higher one scores.
 *
 * @param submissions the month's counted 报送 rows
 * @param publicationsByLevel the month's counted adoptions by publications, for every level
 * @param mediaReports the month's confirmed media reports
 * @param instructionsByKind the month's counted instructions for every kind of leader of the rules, highest
 *     level first
 */
record MonthFigures(int submissions, Map<Level, Integer> publicationsByLevel, int mediaReports,
                    Map<InstructionLevel, Integer> instructionsByKind) {

    static MonthFigures of(ScoreResult result, List<InstructionLevel> instructionKinds) {
        YearMonth month = result.month();
        Rows counted = new Rows();
        for (ScoredArticle article : result.articles()) {
            article.sources().forEach(counted::add);
        }

        Map<Level, Integer> publications = new EnumMap<>(Level.class);
        for (Level level : Level.values()) {
            publications.put(level, 0);
        }
        int media = 0;
        for (Adoption adoption : result.records().adoptions) {
            if (adoption.month().equals(month) && counted.contains(adoption.source().wholeRow())) {
                if (adoption.outlet().isMedia()) {
                    media++;
                } else {
                    publications.merge(adoption.outlet().level(), 1, Integer::sum);
                }
            }
        }

        return new MonthFigures(submissions(result), publications, media,
                instructions(result, counted, instructionKinds));
    }

    /** Returns the total of the month's counted publication adoptions over all levels. */
    int publications() {
        return publicationsByLevel.values().stream().mapToInt(Integer::intValue).sum();
    }

    int instructions() {
        return instructionsByKind.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static int submissions(ScoreResult result) {
        Set<Location> duplicates = new HashSet<>();
        for (SetAside row : result.setAside()) {
            if (row.disposition() == SetAside.Disposition.DUPLICATE) {
                duplicates.add(row.source());
            }
        }
        int count = 0;
        for (Submission submission : result.records().submissions) {
            if (submission.month().equals(result.month()) && !submission.unit().isExempt()
                    && !duplicates.contains(submission.source())) {
                count++;
            }
        }
        return count;
    }

    private static Map<InstructionLevel, Integer> instructions(ScoreResult result, Rows counted,
                                                               List<InstructionLevel> kinds) {
        Map<InstructionLevel, Integer> byKind = new LinkedHashMap<>();
        for (Level level : List.of(Level.NATIONAL, Level.PROVINCE, Level.CITY, Level.DISTRICT)) {
            kinds.stream().filter(kind -> kind.level() == level).forEach(kind -> byKind.put(kind, 0));
        }
        for (Instruction instruction : result.records().instructions) {
            if (instruction.month().equals(result.month()) && counted.contains(instruction.source().wholeRow())) {
                byKind.merge(instruction.level(), 1, Integer::sum);
            }
        }
        return byKind;
    }

    /**
     * A set of whole-row locations as one bit per row number for each file and sheet, a few hundred KB
     * where a {@code HashSet<Location>} of a million source rows takes tens of MB.
     */
    private static final class Rows {
        private final Map<String, Map<String, BitSet>> rowsBySheetByFile = new HashMap<>();

        void add(Location location) {
            rowsBySheetByFile.computeIfAbsent(location.file(), file -> new HashMap<>())
                    .computeIfAbsent(location.sheet(), sheet -> new BitSet())
                    .set(location.rowNumber());
        }

        /** Returns whether the row of {@code location} was added; its column is ignored. */
        boolean contains(Location location) {
            Map<String, BitSet> rowsBySheet = rowsBySheetByFile.get(location.file());
            BitSet rows = rowsBySheet == null ? null : rowsBySheet.get(location.sheet());
            return rows != null && rows.get(location.rowNumber());
        }
    }
}
