package kaohe.notice;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Writes the XML of rows to a stream as UTF-8. The first {@code threshold} chars are made on the caller's
 * thread. The rest, if any, are made by a thread of its own and handed over in chunks of whole rows, which the
 * caller encodes and writes. Into the notice file's zip stream that writing is deflating, and on the
 * million-row notice making the XML and encoding plus deflating it take about the same time, so the split
 * keeps both cores busy.
 *
 * <p>The bytes are the same whichever thread makes the XML, and the same as an {@code OutputStreamWriter}
 * gives for UTF-8: a surrogate without its other half becomes "?". At most {@value #CHUNKS} chunks of about
 * {@value #CHUNK_CHARS} chars wait for the caller. The thread ends before {@link #write} returns or throws.
 */
final class RowXmlWriter {

    /** The chars of XML made on the caller's thread before a thread of its own takes over: 2 M chars. */
    static final long DEFAULT_THRESHOLD = 1L << 21;
    /** The name of the thread, for tests to find it. */
    static final String THREAD_NAME = "kaohe-sheet-writer";
    private static final int CHUNK_BYTES = 1 << 16;
    /** The chars of XML a chunk passed between the threads reaches before it is passed: 32 K, in 64 K arrays. */
    private static final int CHUNK_CHARS = 1 << 15;
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
     * @param threshold the chars made on the caller's thread before a thread takes over, so 0 makes every row on
     *                  the thread
     * @throws IOException when writing to {@code out} fails, after the thread has ended
     */
    static void write(RowSource rows, OutputStream out, long threshold) throws IOException {
        CellXml xml = new CellXml();
        Utf8Chunks bytes = new Utf8Chunks(out);
        long charsMade = 0;
        while (charsMade < threshold) {
            xml.clear();
            if (!rows.appendNext(xml)) {
                bytes.finish();
                return;
            }
            charsMade += xml.length();
            bytes.encode(xml.chars(), xml.length());
        }
        new Handoff(rows).run(bytes);
        bytes.finish();
    }

    /** The thread that makes the rest of the rows and the queues that carry chunks between it and the caller. */
    private static final class Handoff {
        /** Tells the caller that no more chunks come. */
        private static final Chunk END = new Chunk(new char[0], 0);

        private final RowSource rows;
        private final BlockingQueue<Chunk> full = new ArrayBlockingQueue<>(CHUNKS);
        private final BlockingQueue<char[]> empty = new ArrayBlockingQueue<>(CHUNKS + 2);
        private final Thread thread = new Thread(this::makeRows, THREAD_NAME);
        /** What the thread failed with, set before it passes on {@link #END}. */
        private volatile Throwable failure;

        Handoff(RowSource rows) {
            this.rows = rows;
            thread.setDaemon(true);
        }

        /** Starts the thread, encodes and writes the chunks it makes and throws what it failed with. */
        void run(Utf8Chunks bytes) throws IOException {
            thread.start();
            try {
                for (Chunk chunk = take(); chunk != END; chunk = take()) {
                    bytes.encode(chunk.chars(), chunk.length());
                    // An array that does not fit is left to the collector, and the thread makes new ones as needed.
                    empty.offer(chunk.chars());
                }
            } finally {
                stop();
            }
            rethrow(failure);
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

        private static void rethrow(Throwable failure) {
            if (failure instanceof RuntimeException unchecked) {
                throw unchecked;
            }
            if (failure instanceof Error error) {
                throw error;
            }
        }

        /** The thread's work: makes the rows' XML, passes it on in chunks of whole rows, then {@link #END}. */
        private void makeRows() {
            CellXml xml = new CellXml();
            try {
                try {
                    while (rows.appendNext(xml)) {
                        if (xml.length() >= CHUNK_CHARS) {
                            pass(xml);
                        }
                    }
                    pass(xml);
                } catch (RuntimeException | Error e) {
                    failure = e;
                }
                full.put(END);
            } catch (InterruptedException e) {
                // Interrupted by the caller, whose writing failed, so nobody takes the chunks any more.
            }
        }

        private void pass(CellXml xml) throws InterruptedException {
            int length = xml.length();
            if (length > 0) {
                char[] next = empty.poll();
                full.put(new Chunk(xml.exchange(next != null ? next : new char[2 * CHUNK_CHARS]), length));
            }
        }
    }

    /**
     * Encodes chars as UTF-8 with the JDK's encoder, set to replace malformed input as an
     * {@code OutputStreamWriter} does, and writes the bytes in chunks of {@value #CHUNK_BYTES}. Every call of
     * {@link #encode} must end at the end of a row, so never inside a surrogate pair.
     */
    private static final class Utf8Chunks {
        private final OutputStream out;
        private final ByteBuffer chunk = ByteBuffer.allocate(CHUNK_BYTES);
        private final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);

        Utf8Chunks(OutputStream out) {
            this.out = out;
        }

        void encode(char[] chars, int count) throws IOException {
            CharBuffer in = CharBuffer.wrap(chars, 0, count);
            while (encoder.encode(in, chunk, false).isOverflow()) {
                finish();
            }
            if (in.hasRemaining()) {
                // The encoder keeps back a high surrogate at the end, waiting for its other half.
                throw new IllegalStateException("row XML ends inside a surrogate pair");
            }
        }

        /** Writes the bytes not written yet, if any. */
        void finish() throws IOException {
            if (chunk.position() > 0) {
                out.write(chunk.array(), 0, chunk.position());
                chunk.clear();
            }
        }
    }

    /** The first {@code length} chars of {@code chars} are the XML of whole rows. */
    private record Chunk(char[] chars, int length) {
    }
}
