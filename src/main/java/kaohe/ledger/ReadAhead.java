package kaohe.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Runs the reading of one worksheet on a daemon thread and hands its rows, in batches through a bounded
 * queue, to the thread that calls {@link #drainTo}, so that parsing and the sink's work overlap on two cores.
 * The sink receives the same {@link RowSink#row} calls in the same order as if the task had called it
 * directly, all on the draining thread. A slow sink throttles the reader, because fewer than
 * {@code (queueBatches + 2) * batchRows} rows are ever in flight.
 *
 * <p>Rows are handed over as they are. {@link RawRow} and {@link RawCell} are immutable, and
 * {@link RowAssembler} copies each row's cells into a new list, so the reader keeps no reference it could
 * change later. The queue's hand-over makes them visible to the draining thread.
 *
 * <p>{@link #close} interrupts the reader and waits for it to end. The owner calls it on every exit path,
 * so that no reader thread outlives the read.
 */
final class ReadAhead implements AutoCloseable {

    /** The name of the reader thread, so that it reads plainly in a thread dump. */
    static final String THREAD_NAME = "kaohe-xlsx-read-ahead";

    /** The reading of one worksheet, which delivers its rows to the sink it is given. */
    @FunctionalInterface
    interface Task {
        void run(RowSink rows) throws LedgerException;
    }

    /** Thrown on the reader thread when {@link #close} interrupts it while it waits for room in the queue. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super("the read-ahead was stopped", null, false, false);
        }
    }

    /** The marker put after the last batch, compared by identity. */
    private static final List<RawRow> END = new ArrayList<>(0);
    private static final long POLL_MILLIS = 100;

    private final Task task;
    private final int batchRows;
    private final BlockingQueue<List<RawRow>> queue;
    private final Thread thread;
    private List<RawRow> batch;
    private volatile Throwable failure;
    private boolean callerInterrupted;

    /**
     * @param batchRows how many rows go in one hand-over, at least 1
     * @param queueBatches how many full batches may wait for the draining thread, at least 1
     */
    ReadAhead(Task task, int batchRows, int queueBatches) {
        this.task = task;
        this.batchRows = batchRows;
        this.queue = new ArrayBlockingQueue<>(queueBatches);
        this.batch = new ArrayList<>(batchRows);
        this.thread = new Thread(this::runTask, THREAD_NAME);
        thread.setDaemon(true);
    }

    /** Starts the reader thread; call once. */
    void start() {
        thread.start();
    }

    /**
     * Calls {@code sink.row} for every row the task delivers, in order, until the task ends.
     *
     * @throws LedgerException the task's own, unchanged. The task's runtime exceptions and errors are rethrown
     *     unchanged too.
     */
    void drainTo(RowSink sink) throws LedgerException {
        for (List<RawRow> rows = next(); rows != END; rows = next()) {
            for (RawRow row : rows) {
                sink.row(row);
            }
        }
        Throwable thrown = failure;
        if (thrown instanceof LedgerException ledger) {
            throw ledger;
        }
        if (thrown instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (thrown instanceof Error error) {
            throw error;
        }
    }

    /** Stops the reader thread if it still runs and waits until it has ended. */
    @Override
    public void close() {
        thread.interrupt();
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                callerInterrupted = true;
            }
        }
        if (callerInterrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Takes the next batch, or {@link #END}. An interrupt of the draining thread does not stop the read, as
     * it does not on the single-thread path, so {@link #close} restores it afterwards.
     */
    private List<RawRow> next() {
        while (true) {
            List<RawRow> rows = null;
            try {
                rows = queue.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                callerInterrupted = true;
            }
            if (rows != null) {
                return rows;
            }
            // A reader that died before it could put END, for lack of memory at the worst moment.
            if (!thread.isAlive() && queue.isEmpty()) {
                return END;
            }
        }
    }

    private void runTask() {
        Throwable thrown = null;
        try {
            task.run(new RowSink() {
                @Override
                public boolean startSheet(SheetInfo sheet) {
                    throw new IllegalStateException("a read-ahead task reads one sheet and starts none");
                }

                @Override
                public void row(RawRow row) {
                    add(row);
                }
            });
        } catch (Throwable e) {
            thrown = e;
        }
        if (!(thrown instanceof Stopped)) {
            failure = thrown;
            finish();
        }
    }

    /** Hands over the rows delivered before the end or the failure, as the sink would have had them, and END. */
    private void finish() {
        try {
            hand(batch);
            queue.put(END);
        } catch (Stopped | InterruptedException e) {
            // The draining thread has stopped draining, so the rest is dropped.
        }
    }

    private void add(RawRow row) {
        batch.add(row);
        if (batch.size() == batchRows) {
            hand(batch);
            batch = new ArrayList<>(batchRows);
        }
    }

    private void hand(List<RawRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        try {
            queue.put(rows);
        } catch (InterruptedException e) {
            throw new Stopped();
        }
    }
}
