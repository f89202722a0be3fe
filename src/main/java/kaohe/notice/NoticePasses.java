package kaohe.notice;

import java.io.InterruptedIOException;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import kaohe.scoring.ScoreResult;

/**
 * The passes over a whole result that the notice makes before its first data row is written: the paragraphs
 * of the notice text, and the measures of the 得分明细 and 未计分 sheets, whose column widths come first in
 * their sheets. Each pass only reads the result, its articles and their rows, which keep no state that reading
 * changes, so the passes may run at the same time.
 *
 * <p>For a result of {@link #DEFAULT_THRESHOLD} table rows and more, a thread of its own measures the two
 * sheets while the caller works out the paragraphs and starts the workbook. On the million-row notice the two
 * sides take about two seconds each. A measure that the thread has not started yet when it is asked for is made
 * on the caller's thread. Whatever a measure throws is thrown on the caller's thread as it is.
 */
final class NoticePasses {

    /** The rows of the detail and set-aside sheets from which the two sheets are measured on a thread of their own. */
    static final int DEFAULT_THRESHOLD = 10_000;
    /** The name of the thread, for tests to find it. */
    static final String THREAD_NAME = "kaohe-notice-measure";

    private static volatile int threadThreshold = DEFAULT_THRESHOLD;

    private final List<NoticeText.Paragraph> paragraphs;
    private final FutureTask<TableMeasure> detail;
    private final FutureTask<TableMeasure> setAside;

    /**
     * Makes the passes over {@code result}: the paragraphs at once, the measures on a thread of their own when
     * the result is large, otherwise when they are asked for.
     */
    NoticePasses(NoticeText text, ScoreResult result) {
        this.detail = new FutureTask<>(() -> DetailSheet.measure(result));
        this.setAside = new FutureTask<>(() -> SetAsideSheet.measure(result.setAside()));
        long rows = (long) result.articles().size() + result.deductions().size() + result.setAside().size();
        if (rows >= threadThreshold) {
            Thread thread = new Thread(() -> {
                detail.run();
                setAside.run();
            }, THREAD_NAME);
            thread.setDaemon(true);
            thread.start();
        }
        this.paragraphs = List.copyOf(text.paragraphs(result));
    }

    /**
     * Sets the table rows from which the sheets are measured on a thread of their own, and returns the setting
     * it replaces. Tests set 0 to take the threaded path with a small notice.
     */
    static int setThreadThreshold(int rows) {
        int previous = threadThreshold;
        threadThreshold = rows;
        return previous;
    }

    List<NoticeText.Paragraph> paragraphs() {
        return paragraphs;
    }

    /** Returns the measure of the 得分明细 sheet, waiting for the thread if it is making it. */
    TableMeasure detail() throws InterruptedIOException {
        return get(detail);
    }

    /** Returns the measure of the 未计分 sheet, waiting for the thread if it is making it. */
    TableMeasure setAside() throws InterruptedIOException {
        return get(setAside);
    }

    /** Runs the measure here unless the thread has started it, and returns it or throws what it threw. */
    private static TableMeasure get(FutureTask<TableMeasure> measure) throws InterruptedIOException {
        measure.run();
        try {
            return measure.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while measuring a sheet");
        } catch (ExecutionException e) {
            Failures.throwIfUnchecked(e.getCause());
            throw new IllegalStateException(e.getCause());
        }
    }
}
