package kaohe.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kaohe.ledger.LedgerException;
import kaohe.rules.Rules;
import kaohe.rules.RulesLoader;
import kaohe.scoring.ScoreResult;
import kaohe.scoring.SetAside;

/**
 * The passes over a result before the notice's rows. A large result's sheets are measured on a thread of their
 * own and a small one's on the caller's thread. A failure of the thread is thrown on the caller's as it is.
 */
class NoticePassesTest {

    @TempDir
    Path folder;

    @Test
    void smallNoticeReadOnCallersThreadOnly() throws IOException, LedgerException {
        Rules rules = RulesLoader.defaults();
        ScoreResult sample = NoticeFixture.scoreSample(rules, "2018-06.xlsx");
        IllegalStateException failure = new IllegalStateException("read on another thread");
        Path file = folder.resolve("small.xlsx");
        Path reference = folder.resolve("reference.xlsx");

        new NoticeWriter(rules).write(withSetAside(sample, new CallerOnly(sample.setAside(), failure)), file);
        new NoticeWriter(rules).write(sample, reference);

        assertEquals(-1, Files.mismatch(reference, file), "the same notice as measured on the caller's thread");
    }

    @Test
    void failureOfMeasuringThreadThrownOnCaller() throws IOException, LedgerException {
        Rules rules = RulesLoader.defaults();
        ScoreResult sample = NoticeFixture.scoreSample(rules, "2018-06.xlsx");
        IllegalStateException failure = new IllegalStateException("read on another thread");
        ScoreResult result = withSetAside(sample, new CallerOnly(sample.setAside(), failure));
        int previous = NoticePasses.setThreadThreshold(0);
        try {
            NoticeWriter writer = new NoticeWriter(rules);
            writer.draftText(result);
            // The thread has then measured both sheets, so the caller takes the failure rather than measuring.
            joinMeasuringThread();

            IllegalStateException thrown = assertThrows(IllegalStateException.class,
                    () -> writer.write(result, folder.resolve("failed.xlsx")));
            assertSame(failure, thrown);
        } finally {
            NoticePasses.setThreadThreshold(previous);
        }
    }

    @Test
    void measuredOnThreadSameAsPoiWrites() throws IOException, LedgerException {
        Rules rules = RulesLoader.defaults();
        ScoreResult sample = NoticeFixture.scoreSample(rules, "2018-05.xlsx");
        Path file = folder.resolve("threaded.xlsx");
        Path reference = folder.resolve("reference.xlsx");
        int previous = NoticePasses.setThreadThreshold(0);
        try {
            new NoticeWriter(rules).write(sample, file);
        } finally {
            NoticePasses.setThreadThreshold(previous);
        }
        new NoticeWriter(rules).write(sample, reference);

        assertEquals(-1, Files.mismatch(reference, file), "the same notice as measured on the caller's thread");
    }

    private static void joinMeasuringThread() {
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().equals(NoticePasses.THREAD_NAME)) {
                try {
                    thread.join();
                } catch (InterruptedException e) {
                    throw new AssertionError(e);
                }
            }
        }
    }

    private static ScoreResult withSetAside(ScoreResult result, List<SetAside> setAside) {
        return new ScoreResult(result.month(), result.months(), result.rankings(), result.articles(),
                result.deductions(), setAside, result.records());
    }

    /** Set-aside rows that throw {@code failure} when read on a thread other than the one that made the list. */
    private static final class CallerOnly extends AbstractList<SetAside> {
        private final List<SetAside> rows;
        private final RuntimeException failure;
        private final Thread caller = Thread.currentThread();

        CallerOnly(List<SetAside> rows, RuntimeException failure) {
            this.rows = rows;
            this.failure = failure;
        }

        @Override
        public SetAside get(int index) {
            if (Thread.currentThread() != caller) {
                throw failure;
            }
            return rows.get(index);
        }

        @Override
        public int size() {
            return rows.size();
        }
    }
}
