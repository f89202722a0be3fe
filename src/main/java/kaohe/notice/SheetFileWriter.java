package kaohe.notice;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.Writer;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;

/**
 * Writes the XML of one sheet to its temporary file. Once the sheet has grown past a threshold, a thread of
 * its own encodes the text as UTF-8 and writes it, while the caller goes on making rows.
 *
 * <p>The text goes to the file through one {@link Writer} in the order it was written, whichever thread
 * writes it, so the file contains the same bytes as on the plain path. Below the threshold, as for every sheet
 * of a monthly notice, no thread is started and the text is written as it fills the buffer.
 *
 * <p>The thread ends when the writer is closed, also after a failure; a failure of the thread is thrown by
 * the next write, flush or close. The text waiting for the thread is at most {@value #BUFFERS} buffers.
 */
final class SheetFileWriter extends Writer {

    /** The chars of text written before the thread takes over: 2 M chars, a few MB of XML. */
    static final long DEFAULT_THRESHOLD = 1L << 21;
    private static final int BUFFER_CHARS = 1 << 15;
    private static final int BUFFERS = 4;

    private final Writer file;
    private long threshold = DEFAULT_THRESHOLD;
    private long written;
    private char[] buffer = new char[BUFFER_CHARS];
    private int length;
    private Handoff handoff;
    private boolean closed;

    /** Creates a writer that writes its text to {@code file}, which it closes when closed. */
    SheetFileWriter(Writer file) {
        this.file = file;
    }

    /** Sets the chars written before the thread takes over. With 0 it takes the first buffer passed on. */
    void setThreshold(long threshold) {
        this.threshold = threshold;
    }

    /** Returns whether the text is written by a thread of this writer's own. */
    boolean threaded() {
        return handoff != null;
    }

    @Override
    public void write(char[] chars, int offset, int count) throws IOException {
        int done = 0;
        while (done < count) {
            if (length == buffer.length) {
                passOn();
            }
            int part = Math.min(count - done, buffer.length - length);
            System.arraycopy(chars, offset + done, buffer, length, part);
            length += part;
            done += part;
        }
    }

    @Override
    public void write(String text, int offset, int count) throws IOException {
        int done = 0;
        while (done < count) {
            if (length == buffer.length) {
                passOn();
            }
            int part = Math.min(count - done, buffer.length - length);
            text.getChars(offset + done, offset + done + part, buffer, length);
            length += part;
            done += part;
        }
    }

    @Override
    public void write(int c) throws IOException {
        if (length == buffer.length) {
            passOn();
        }
        buffer[length++] = (char) c;
    }

    /** Passes on the text written so far, and waits for the thread to have written it to the file. */
    @Override
    public void flush() throws IOException {
        passOn();
        if (handoff == null) {
            file.flush();
        } else {
            handoff.drain();
        }
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        try {
            passOn();
            if (handoff != null) {
                handoff.finish();
            }
        } finally {
            closed = true;
            if (handoff != null) {
                handoff.stop();
            }
            file.close();
        }
    }

    /** Writes the buffer to the file or hands it to the thread, starting the thread past the threshold. */
    private void passOn() throws IOException {
        if (closed) {
            throw new IOException("sheet writer already closed");
        }
        if (length == 0) {
            return;
        }
        written += length;
        if (handoff == null && written > threshold) {
            handoff = new Handoff(file);
        }
        if (handoff == null) {
            file.write(buffer, 0, length);
        } else {
            buffer = handoff.exchange(buffer, length);
        }
        length = 0;
    }

    /** The thread that writes full buffers to the file, and the queues that carry buffers to and from it. */
    private static final class Handoff implements Runnable {
        /** Asks the thread to flush the file. */
        private static final Chunk FLUSH = new Chunk(new char[0], 0);
        /** Tells the thread that no more text comes. */
        private static final Chunk STOP = new Chunk(new char[0], 0);

        private final Writer file;
        private final BlockingQueue<Chunk> full = new LinkedBlockingQueue<>();
        private final BlockingQueue<char[]> empty = new ArrayBlockingQueue<>(BUFFERS);
        private final Semaphore flushed = new Semaphore(0);
        private final Thread thread = new Thread(this, "kaohe-sheet-writer");
        private volatile IOException failure;

        Handoff(Writer file) {
            this.file = file;
            for (int i = 1; i < BUFFERS; i++) {
                empty.add(new char[BUFFER_CHARS]);
            }
            thread.setDaemon(true);
            thread.start();
        }

        /** Hands {@code length} chars of a full buffer to the thread and returns an empty one. */
        char[] exchange(char[] buffer, int length) throws IOException {
            checkFailure();
            full.add(new Chunk(buffer, length));
            try {
                return empty.take();
            } catch (InterruptedException e) {
                throw interrupted();
            }
        }

        /** Waits until the thread has written every buffer handed to it and flushed the file. */
        void drain() throws IOException {
            checkFailure();
            full.add(FLUSH);
            try {
                flushed.acquire();
            } catch (InterruptedException e) {
                throw interrupted();
            }
            checkFailure();
        }

        /** Tells the thread to end after the buffers handed to it, waits for it and throws its failure. */
        void finish() throws IOException {
            full.add(STOP);
            join();
            checkFailure();
        }

        /** Ends the thread at once if it still runs, as after a failure. */
        void stop() {
            if (thread.isAlive()) {
                thread.interrupt();
                join();
            }
        }

        private void join() {
            boolean interrupted = false;
            while (thread.isAlive()) {
                try {
                    thread.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                    thread.interrupt();
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }

        private void checkFailure() throws IOException {
            if (failure != null) {
                throw new IOException(failure.getMessage(), failure);
            }
        }

        private static InterruptedIOException interrupted() {
            Thread.currentThread().interrupt();
            return new InterruptedIOException("interrupted while writing a sheet");
        }

        @Override
        public void run() {
            try {
                for (Chunk chunk = full.take(); chunk != STOP; chunk = full.take()) {
                    write(chunk);
                    if (chunk == FLUSH) {
                        flushed.release();
                    } else {
                        empty.put(chunk.chars());
                    }
                }
            } catch (InterruptedException e) {
                // Stopped by the writer's close after a failure; nothing more is written.
            }
        }

        /** Writes one buffer, or flushes the file; after a failure it writes nothing. */
        private void write(Chunk chunk) {
            if (failure != null) {
                return;
            }
            try {
                if (chunk == FLUSH) {
                    file.flush();
                } else {
                    file.write(chunk.chars(), 0, chunk.length());
                }
            } catch (IOException e) {
                failure = e;
            }
        }
    }

    /** The first {@code length} chars of {@code chars} are text to write. */
    private record Chunk(char[] chars, int length) {
    }
}
