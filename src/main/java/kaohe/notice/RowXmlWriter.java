package kaohe.notice;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Writes the XML of rows to a stream as UTF-8. The first {@code threshold} chars are made on the caller's
 * thread; the rest, if any, are made and encoded by a thread of its own, which hands them over in chunks
 * of bytes while the caller writes them. Into the notice file's zip stream, that writing is the deflating,
 * so the two take about the same time on two cores.
 *
 * <p>The bytes are the same whichever thread makes them, and the same as an {@code OutputStreamWriter}
 * gives for UTF-8: a surrogate without its other half becomes "?". At most {@value #CHUNKS} chunks of
 * {@value #CHUNK_BYTES} bytes wait for the caller. The thread ends before {@link #write} returns or throws.
 */
final class RowXmlWriter {

    /** The chars of XML made on the caller's thread before a thread of its own takes over: 2 M chars. */
    static final long DEFAULT_THRESHOLD = 1L << 21;
    /** The name of the thread, for tests to find it. */
    static final String THREAD_NAME = "kaohe-sheet-writer";
    private static final int CHUNK_BYTES = 1 << 16;
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
     * @param threshold the chars made on the caller's thread before a thread takes over; 0 makes every row there
     * @throws IOException when writing to {@code out} fails, after the thread has ended
     */
    static void write(RowSource rows, OutputStream out, long threshold) throws IOException {
        CellXml xml = new CellXml();
        Utf8Chunks direct = new Utf8Chunks() {
            @Override
            byte[] pass(byte[] chunk, int length) throws IOException {
                out.write(chunk, 0, length);
                return chunk;
            }
        };
        long made = 0;
        while (made < threshold) {
            xml.clear();
            if (!rows.appendNext(xml)) {
                direct.finish();
                return;
            }
            made += xml.length();
            direct.encode(xml.chars(), xml.length());
        }
        direct.finish();
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
        /** What the thread failed with, set before it passes on {@link #END}. */
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
                    empty.add(chunk.bytes());
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

        /** The thread's work: makes and encodes the rows, passes on the chunks, then {@link #END}. */
        private void makeRows() {
            Utf8Chunks chunks = new Utf8Chunks() {
                @Override
                byte[] pass(byte[] chunk, int length) throws InterruptedIOException {
                    put(new Chunk(chunk, length));
                    byte[] next = empty.poll();
                    return next != null ? next : new byte[CHUNK_BYTES];
                }
            };
            CellXml xml = new CellXml();
            try {
                try {
                    for (xml.clear(); rows.appendNext(xml); xml.clear()) {
                        chunks.encode(xml.chars(), xml.length());
                    }
                    chunks.finish();
                } catch (RuntimeException | Error e) {
                    failure = e;
                }
                put(END);
            } catch (IOException e) {
                // Interrupted by the caller, whose writing failed, so nobody takes the chunks any more.
            }
        }

        private void put(Chunk chunk) throws InterruptedIOException {
            try {
                full.put(chunk);
            } catch (InterruptedException e) {
                throw new InterruptedIOException("stopped while making a sheet's rows");
            }
        }
    }

    /**
     * Encodes chars as UTF-8 into chunks of {@value #CHUNK_BYTES} bytes and passes each one on when full.
     * A surrogate pair must not be split between two calls of {@link #encode}; a row's XML contains whole
     * pairs only.
     */
    private abstract static class Utf8Chunks {
        /** The most bytes one char makes: 3, or 4 for the two chars of a surrogate pair. */
        private static final int MAX_BYTES_A_CHAR = 3;

        private byte[] chunk = new byte[CHUNK_BYTES];
        private int length;

        /** Passes on {@code length} bytes of a full chunk and returns the array to fill next. */
        abstract byte[] pass(byte[] chunk, int length) throws IOException;

        void encode(char[] chars, int count) throws IOException {
            int i = 0;
            while (i < count) {
                // Each step of the loop below writes at most 3 bytes a char it reads, so the run fits the chunk.
                int run = Math.min(count - i, (chunk.length - length) / MAX_BYTES_A_CHAR - 1);
                if (run <= 0) {
                    chunk = pass(chunk, length);
                    length = 0;
                    continue;
                }
                i = encodeRun(chars, i, i + run, count);
            }
        }

        /** Passes on the bytes not passed on yet, if any. */
        void finish() throws IOException {
            if (length > 0) {
                chunk = pass(chunk, length);
                length = 0;
            }
        }

        /**
         * Encodes chars from {@code start} to before {@code end}, and the low surrogate after {@code end - 1}
         * if that is the first half of a pair. Returns the index of the next char to encode.
         */
        private int encodeRun(char[] chars, int start, int end, int count) {
            byte[] bytes = chunk;
            int at = length;
            int i = start;
            while (i < end) {
                char c = chars[i++];
                if (c < 0x80) {
                    bytes[at++] = (byte) c;
                } else if (c < 0x800) {
                    bytes[at++] = (byte) (0xc0 | c >> 6);
                    bytes[at++] = (byte) (0x80 | c & 0x3f);
                } else if (!Character.isSurrogate(c)) {
                    bytes[at++] = (byte) (0xe0 | c >> 12);
                    bytes[at++] = (byte) (0x80 | c >> 6 & 0x3f);
                    bytes[at++] = (byte) (0x80 | c & 0x3f);
                } else if (Character.isHighSurrogate(c) && i < count && Character.isLowSurrogate(chars[i])) {
                    int codePoint = Character.toCodePoint(c, chars[i++]);
                    bytes[at++] = (byte) (0xf0 | codePoint >> 18);
                    bytes[at++] = (byte) (0x80 | codePoint >> 12 & 0x3f);
                    bytes[at++] = (byte) (0x80 | codePoint >> 6 & 0x3f);
                    bytes[at++] = (byte) (0x80 | codePoint & 0x3f);
                } else {
                    bytes[at++] = '?';
                }
            }
            length = at;
            return i;
        }
    }

    /** The first {@code length} bytes of {@code bytes} are XML to write. */
    private record Chunk(byte[] bytes, int length) {
    }
}
