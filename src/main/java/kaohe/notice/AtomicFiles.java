package kaohe.notice;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes a file so that readers see either the old file or the complete new one: the content goes to a
 * temporary file in the same folder, which then replaces the target in one rename.
 */
public final class AtomicFiles {

    /** Writes the content of a file at the path it is given. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Path file) throws IOException;
    }

    private static final int MAX_TEMP_ATTEMPTS = 100;
    /** How far down a chain of causes {@link #ioCause} looks; a chain can be made to loop. */
    private static final int MAX_CAUSE_DEPTH = 16;

    private AtomicFiles() {
    }

    /** A failure to write one target; the message and cause are those of the failure underneath. */
    public static final class WriteException extends IOException {
        private final transient Path target;

        WriteException(Path target, IOException cause) {
            super(cause.getMessage(), cause);
            this.target = target;
        }

        /** Returns the file that was to be written, not the temporary file where the failure may have happened. */
        public Path target() {
            return target;
        }
    }

    /**
     * Writes {@code target} atomically. On any failure the temporary file is removed and the previous
     * target, if there was one, is left as it was.
     *
     * @throws WriteException when the file cannot be written or moved into place
     */
    public static void write(Path target, Content content) throws IOException {
        try (Batch batch = new Batch()) {
            batch.add(target, content);
            batch.commit();
        }
    }

    /**
     * Files that replace their targets together, so that a run which fails half way leaves none of its
     * outputs behind. Each is written in full to a temporary file next to its target by {@link #add}, and
     * {@link #commit} then moves them over their targets. Closing removes the temporary files that are left.
     *
     * <p>NOTE: each move is a rename of its own. If one fails during commit, which needs the folder to change
     * under the run because every temporary file sits beside its target, the targets moved before it stay
     * replaced.
     */
    public static final class Batch implements AutoCloseable {
        private final Map<Path, Path> temporaryByTarget = new LinkedHashMap<>();

        /**
         * Writes the content of {@code target} to a temporary file next to it.
         *
         * @throws WriteException when the temporary file cannot be created or written
         * @throws IllegalArgumentException when the target was added before
         */
        public void add(Path target, Content content) throws IOException {
            Path key = target.toAbsolutePath().normalize();
            if (temporaryByTarget.containsKey(key)) {
                throw new IllegalArgumentException("added twice: " + target);
            }
            try {
                Path temporary = createSibling(key.getParent(), key.getFileName().toString());
                temporaryByTarget.put(key, temporary);
                content.writeTo(temporary);
            } catch (IOException e) {
                throw new WriteException(target, e);
            } catch (RuntimeException e) {
                // POI reports a failed write of its own temporary files, such as a full disk, unchecked.
                IOException cause = ioCause(e);
                if (cause == null) {
                    throw e;
                }
                throw new WriteException(target, cause);
            }
        }

        /** Moves every file added over its target, in the order added. */
        public void commit() throws IOException {
            Iterator<Map.Entry<Path, Path>> files = temporaryByTarget.entrySet().iterator();
            while (files.hasNext()) {
                Map.Entry<Path, Path> file = files.next();
                try {
                    move(file.getValue(), file.getKey());
                } catch (IOException e) {
                    throw new WriteException(file.getKey(), e);
                }
                files.remove();
            }
        }

        /** Removes the temporary files not moved into place, leaving their targets as they were. */
        @Override
        public void close() throws IOException {
            IOException failure = null;
            for (Path temporary : temporaryByTarget.values()) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException e) {
                    failure = failure == null ? e : failure;
                }
            }
            temporaryByTarget.clear();
            if (failure != null) {
                throw failure;
            }
        }
    }

    /** Returns the first {@link IOException} among the causes of {@code e}, or null when there is none. */
    static IOException ioCause(Throwable e) {
        Throwable cause = e.getCause();
        for (int depth = 0; cause != null && depth < MAX_CAUSE_DEPTH; depth++) {
            if (cause instanceof IOException io) {
                return io;
            }
            cause = cause.getCause();
        }
        return null;
    }

    /**
     * Creates an empty hidden file next to the target, such as ".2018-06-通报.xlsx.4711.0.tmp". Unlike
     * {@link Files#createTempFile} it gets the folder's default permissions, which the file keeps after the
     * move, where createTempFile would leave it readable by its owner only. The file is deleted when the JVM
     * exits, so that a run stopped with Ctrl-C leaves none behind.
     */
    private static Path createSibling(Path folder, String name) throws IOException {
        String prefix = "." + name + "." + ProcessHandle.current().pid() + ".";
        for (int attempt = 0; ; attempt++) {
            try {
                Path temporary = Files.createFile(folder.resolve(prefix + attempt + ".tmp"));
                temporary.toFile().deleteOnExit();
                return temporary;
            } catch (FileAlreadyExistsException e) {
                if (attempt >= MAX_TEMP_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private static void move(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
