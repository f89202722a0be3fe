package kaohe.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@link ReadAhead} with made-up tasks: order, bounds, failures and stopping. */
@Timeout(30)
class ReadAheadTest {

    /** A sink that collects row numbers and calls {@link #onRow} before keeping each. */
    private static class Numbers implements RowSink {
        final List<Integer> rows = new ArrayList<>();

        @Override
        public boolean startSheet(SheetInfo sheet) {
            return true;
        }

        @Override
        public void row(RawRow row) {
            onRow(row);
            rows.add(row.rowNumber());
        }

        void onRow(RawRow row) {
        }
    }

    static RawRow row(int number) {
        return new RawRow(number, List.of(RawCell.text(0, "行" + number)), false);
    }

    static boolean readerAlive() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().equals(ReadAhead.THREAD_NAME) && t.isAlive());
    }

    private static List<Integer> oneTo(int last) {
        List<Integer> numbers = new ArrayList<>();
        for (int n = 1; n <= last; n++) {
            numbers.add(n);
        }
        return numbers;
    }

    private static void drain(ReadAhead.Task task, int batchRows, int queueBatches, RowSink sink)
            throws LedgerException {
        try (ReadAhead ahead = new ReadAhead(task, batchRows, queueBatches)) {
            ahead.start();
            ahead.drainTo(sink);
        }
    }

    @Test
    void deliversRowsInOrderWithShortLastBatch() throws Exception {
        Numbers sink = new Numbers();

        drain(rows -> {
            for (int n = 1; n <= 7; n++) {
                rows.row(row(n));
            }
        }, 3, 2, sink);

        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7), sink.rows);
        assertFalse(readerAlive());
    }

    @Test
    void slowSinkThrottlesReader() throws Exception {
        AtomicInteger produced = new AtomicInteger();
        int[] widest = new int[1];
        Numbers sink = new Numbers() {
            @Override
            void onRow(RawRow row) {
                widest[0] = Math.max(widest[0], produced.get() - row.rowNumber());
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };

        drain(rows -> {
            for (int n = 1; n <= 100; n++) {
                produced.incrementAndGet();
                rows.row(row(n));
            }
        }, 2, 3, sink);

        // 3 queued batches of 2, 2 rows waiting to be queued, 1 left of the batch being drained.
        assertTrue(widest[0] <= 9, "the reader ran " + widest[0] + " rows ahead");
        assertTrue(widest[0] >= 6, "the reader never filled the queue: " + widest[0]);
        assertEquals(oneTo(100), sink.rows);
    }

    @Test
    void taskFailureFollowsEarlierRows() {
        LedgerException damage = new LedgerException("f.xlsx 表1!A6 附近的 XML 内容已损坏");
        Numbers sink = new Numbers();

        LedgerException thrown = assertThrows(LedgerException.class, () -> drain(rows -> {
            for (int n = 1; n <= 5; n++) {
                rows.row(row(n));
            }
            throw damage;
        }, 2, 2, sink));

        assertSame(damage, thrown);
        assertEquals(List.of(1, 2, 3, 4, 5), sink.rows);
    }

    @Test
    void readerErrorReachesCaller() {
        OutOfMemoryError error = new OutOfMemoryError("Java heap space");

        OutOfMemoryError thrown = assertThrows(OutOfMemoryError.class, () -> drain(rows -> {
            throw error;
        }, 2, 2, new Numbers()));

        assertSame(error, thrown);
        assertFalse(readerAlive());
    }

    @Test
    void throwingSinkStopsBlockedReader() {
        AtomicInteger produced = new AtomicInteger();
        Numbers sink = new Numbers() {
            @Override
            void onRow(RawRow row) {
                if (row.rowNumber() == 3) {
                    throw new IllegalStateException("录用表第3行处理失败");
                }
            }
        };

        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> drain(rows -> {
            for (int n = 1; n < Integer.MAX_VALUE; n++) {
                produced.incrementAndGet();
                rows.row(row(n));
            }
        }, 2, 2, sink));

        assertEquals("录用表第3行处理失败", thrown.getMessage());
        assertFalse(readerAlive());
        // Row 4 left in the batch being drained, 2 queued batches of 2, a full batch waiting for room.
        assertTrue(produced.get() <= 4 + 2 * 2 + 2, "produced " + produced.get());
    }

    @Test
    void callerInterruptIsKeptNotObeyed() throws Exception {
        Numbers sink = new Numbers();
        Thread.currentThread().interrupt();

        drain(rows -> {
            for (int n = 1; n <= 10; n++) {
                rows.row(row(n));
            }
        }, 4, 1, sink);

        assertTrue(Thread.interrupted());
        assertEquals(oneTo(10), sink.rows);
    }
}
