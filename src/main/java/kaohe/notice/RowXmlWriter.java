package kaohe.notice;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Writes the XML of rows to a stream as UTF-8. The first {@code threshold} bytes are made on the caller's
 * thread. The rest, if any, are made by a thread of its own and handed over in chunks of whole rows, which the
 * caller writes. Into the notice file's zip stream that writing is deflating, and on the million-row notice
 * making the XML and deflating it take about the same time, so the split keeps both cores busy.
 *
 * <p>The bytes are the same whichever thread makes the XML, and the same as an {@code OutputStreamWriter}
 * gives for UTF-8: a surrogate without its other half becomes "?". At most {@value #CHUNKS} chunks of about
 * {@value #CHUNK_BYTES} bytes wait for the caller. The thread ends before {@link #write} returns or throws.
 */
final class RowXmlWriter {

    /** The bytes of XML made on the caller's thread before a thread of its own takes over: 2 MB. */
    static final long DEFAULT_THRESHOLD = 1L << 21;
    /** The name of the thread, for tests to find it. */
    static final String THREAD_NAME = "kaohe-sheet-writer";
    /** The bytes of XML a chunk reaches before it is written or passed between the threads: 64 KB. */
    private static final int CHUNK_BYTES = 1 << 16;
    /** The size of a chunk's array, which leaves room for the row that takes a chunk past {@link #CHUNK_BYTES}. */
    private static final int CHUNK_ARRAY = 2 * CHUNK_BYTES;
    private static final int CHUNKS = 4;

    /** Rows to write, one a call. */
    interface RowSource {
        /** Appends the XML of the next row and returns true, or returns false when no row is left. */
        boolean appendNext(CellXml xml);
    }

    private RowXmlWriter() {
    }

    /**
     * Writes every row of {@code rows} to {@code out}, which it does not close.
     *
     * @param threshold the bytes made on the caller's thread before a thread takes over, so 0 makes every row on
     *                  the thread
     * @throws IOException when writing to {@code out} fails, after the thread has ended
     */
    static void write(RowSource rows, OutputStream out, long threshold) throws IOException {
        CellXml xml = new CellXml();
        long bytesMade = 0;
        while (bytesMade < threshold) {
            int before = xml.length();
            if (!rows.appendNext(xml)) {
                out.write(xml.bytes(), 0, xml.length());
                return;
            }
            bytesMade += xml.length() - before;
            if (xml.length() >= CHUNK_BYTES) {
                out.write(xml.bytes(), 0, xml.length());
                xml.clear();
            }
        }
        out.write(xml.bytes(), 0, xml.length());
        new Handoff(rows).run(out);
    }

    /** The thread that makes the rest of the rows and the queues that carry chunks between it and the caller. */
    private static final class Handoff {
        /** Tells the caller that no more chunks come. */
        private static final Chunk END = new Chunk(new byte[0], 0);

        private final RowSource rows;
        private final BlockingQueue<Chunk> full = new ArrayBlockingQueue<>(CHUNKS);
        private final BlockingQueue<byte[]> empty = new ArrayBlockingQueue<>(CHUNKS + 2);
        private final Thread thread = new Thread(this::makeRows, THREAD_NAME);
        /** The exception the thread failed with, set before it passes on {@link #END}. */
        private volatile Throwable failure;

        Handoff(RowSource rows) {
            this.rows = rows;
            thread.setDaemon(true);
        }

        /** Starts the thread, writes the chunks it makes and throws what it failed with. */
        void run(OutputStream out) throws IOException {
            thread.start();
            try {
                for (Chunk chunk = take(); chunk != END; chunk = take()) {
                    out.write(chunk.bytes(), 0, chunk.length());
                    // An array that does not fit is left to the collector, and the thread makes new ones as needed.
                    empty.offer(chunk.bytes());
                }
            } finally {
                stop();
            }
            Failures.throwIfUnchecked(failure);
        }

        private Chunk take() throws InterruptedIOException {
            try {
                return full.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while writing a sheet");
            }
        }

        /** Ends the thread, at once if it still runs, as after a failure to write. */
        private void stop() {
            boolean interrupted = false;
            while (thread.isAlive()) {
                thread.interrupt();
                try {
                    thread.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }

        /** Makes the rows' XML on the thread and passes it on in chunks of whole rows, then {@link #END}. */
        private void makeRows() {
            CellXml xml = new CellXml();
            try {
                try {
                    while (rows.appendNext(xml)) {
                        if (xml.length() >= CHUNK_BYTES) {
                            pass(xml);
                        }
                    }
                    pass(xml);
                } catch (RuntimeException | Error e) {
                    failure = e;
                }
                full.put(END);
            } catch (InterruptedException e) {
                // Interrupted by the caller, whose writing failed, so no one takes the chunks any more.
            }
        }

        private void pass(CellXml xml) throws InterruptedException {
            int length = xml.length();
            if (length > 0) {
                byte[] next = empty.poll();
                full.put(new Chunk(xml.exchange(next != null ? next : new byte[CHUNK_ARRAY]), length));
            }
        }
    }

    /** The first {@code length} bytes of {@code bytes} are the XML of whole rows. */
    private record Chunk(byte[] bytes, int length) {
    }
}
