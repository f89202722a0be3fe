package kaohe.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import kaohe.notice.NoticeWriter;
import kaohe.rules.Rules;
import kaohe.rules.RulesLoader;
import kaohe.scoring.LedgerRecords;
import kaohe.scoring.ScoreResult;
import kaohe.scoring.Scorer;

/**
 * Writes a throw-away notice of no records on a second thread while the main thread reads and scores a
 * small ledger, so that the classes the notice needs are loaded and initialised by the time the real one
 * is written.
 *
 * <p>The monthly run spends about half its time in the notice writer (an estimate from the class-loading log
 * of one run of the sample), most of it loading and initialising POI's XML schema classes the first time a
 * workbook, its styles and a chart are made. On a machine of two
 * or more cores that work now overlaps with reading the ledger; see docs/benchmark.md for the figures.
 * Large ledgers skip it: their start-up is a small part of the run, and the second core reads ahead.
 *
 * <p>Nothing of the throw-away notice is kept and nothing it does is reported: it is written to a
 * temporary file that is deleted at once, and any failure is ignored, because the real notice meets the
 * same failure and reports it.
 */
final class WarmUp {

    /** The total size of the ledgers up to which the notice is warmed up. */
    static final long MAX_INPUT_BYTES = 2L << 20;
    static final String THREAD_NAME = "kaohe-warm-up";

    private WarmUp() {
    }

    /** Starts the warm-up for a run over {@code ledgers}, where the machine and the input make it pay. */
    static void start(List<Path> ledgers) {
        if (pays(ledgers, Runtime.getRuntime().availableProcessors())) {
            Path temporary = Path.of(System.getProperty("java.io.tmpdir"));
            Thread thread = new Thread(() -> writeEmptyNotice(temporary), THREAD_NAME);
            thread.setDaemon(true);
            thread.start();
        }
    }

    /** Returns whether warming up pays for a run over {@code ledgers} on a machine of {@code cores} cores. */
    static boolean pays(List<Path> ledgers, int cores) {
        return cores >= 2 && inputBytes(ledgers) <= MAX_INPUT_BYTES;
    }

    private static long inputBytes(List<Path> ledgers) {
        long total = 0;
        for (Path ledger : ledgers) {
            try {
                total += Files.size(ledger);
            } catch (IOException | SecurityException e) {
                // The main thread reports the unreadable ledger, so the warm-up only stays out of the way.
                return Long.MAX_VALUE;
            }
        }
        return total;
    }

    /** Writes the throw-away notice in {@code folder}, deletes it and returns whether it was written. */
    static boolean writeEmptyNotice(Path folder) {
        Path file = null;
        try {
            Rules rules = RulesLoader.defaults();
            LedgerRecords records = new LedgerRecords();
            YearMonth month = YearMonth.of(2018, 6);
            records.months.add(month);
            ScoreResult result = new Scorer(rules).score(records, month);
            file = Files.createTempFile(folder, "kaohe-warm-up-", ".xlsx");
            new NoticeWriter(rules).content(result).writeTo(file);
            return true;
        } catch (Exception | LinkageError e) {
            // Ignored on purpose: the real notice is written, and its failures reported, on the main thread.
            return false;
        } finally {
            deleteQuietly(file);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException | SecurityException e) {
                file.toFile().deleteOnExit();
            }
        }
    }
}
