package kaohe.notice;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

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

    private AtomicFiles() {
    }

    /**
     * Writes {@code target} atomically. On any failure the temporary file is removed and the previous
     * target, if there was one, is left as it was.
     */
    public static void write(Path target, Content content) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Path temporary = createSibling(folder, target.getFileName().toString());
        try {
            content.writeTo(temporary);
            move(temporary, target);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * Creates an empty hidden file next to the target, such as ".2018-06-通报.xlsx.4711.0.tmp". Unlike
     * {@link Files#createTempFile} it gets the folder's default permissions, which the file keeps after the
     * move, where createTempFile would leave it readable by its owner only.
     */
    private static Path createSibling(Path folder, String name) throws IOException {
        String prefix = "." + name + "." + ProcessHandle.current().pid() + ".";
        for (int attempt = 0; ; attempt++) {
            try {
                return Files.createFile(folder.resolve(prefix + attempt + ".tmp"));
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
