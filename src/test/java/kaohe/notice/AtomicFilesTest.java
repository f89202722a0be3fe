package kaohe.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes that fail part way. A full disk cannot be made here without mounting a small file system, so the
 * tests simulate one with a content writer that writes some bytes and then fails as the JDK does on a full disk.
 */
class AtomicFilesTest {

    @TempDir
    Path folder;

    /** Writes half a file, then fails with the exception that a full disk gives on Linux. */
    private static final AtomicFiles.Content FULL_DISK = file -> {
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("半个文件".getBytes(StandardCharsets.UTF_8));
            throw new FileSystemException(file.toString(), null, "No space left on device");
        }
    };

    private List<String> files() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void fullDiskKeepsPreviousFileAndRemovesTemporary() throws Exception {
        Path target = Files.writeString(folder.resolve("2018-06-通报.xlsx"), "上次的通报");

        AtomicFiles.WriteException failure = assertThrows(AtomicFiles.WriteException.class,
                () -> AtomicFiles.write(target, FULL_DISK));

        assertEquals(target, failure.target());
        assertInstanceOf(FileSystemException.class, failure.getCause());
        assertEquals("上次的通报", Files.readString(target));
        assertEquals(List.of("2018-06-通报.xlsx"), files());
    }

    @Test
    void runtimeFailureRemovesTemporary() throws Exception {
        Path target = folder.resolve("排名.csv");

        assertThrows(IllegalStateException.class, () -> AtomicFiles.write(target, file -> {
            Files.writeString(file, "部分");
            throw new IllegalStateException("writer failed");
        }));

        assertEquals(List.of(), files());
    }

    @Test
    void uncheckedFullDiskBecomesWriteFailure() throws Exception {
        Path target = folder.resolve("2018-06-通报.xlsx");
        IOException full = new IOException("No space left on device");

        AtomicFiles.WriteException failure = assertThrows(AtomicFiles.WriteException.class,
                () -> AtomicFiles.write(target, file -> {
                    throw new IllegalStateException(new RuntimeException(full));
                }));

        assertEquals(target, failure.target());
        assertSame(full, failure.getCause(), "the IOException under POI's unchecked wrapping");
        assertEquals(List.of(), files());
    }

    @Test
    void batchFailureReplacesNoTarget() throws Exception {
        Path notice = Files.writeString(folder.resolve("通报.xlsx"), "旧通报");
        Path text = folder.resolve("通报.txt");
        Path csv = Files.writeString(folder.resolve("排名.csv"), "旧排名");

        assertThrows(AtomicFiles.WriteException.class, () -> {
            try (AtomicFiles.Batch batch = new AtomicFiles.Batch()) {
                batch.add(notice, file -> Files.writeString(file, "新通报"));
                batch.add(text, file -> Files.writeString(file, "新正文"));
                batch.add(csv, FULL_DISK);
                batch.commit();
            }
        });

        assertEquals("旧通报", Files.readString(notice));
        assertEquals("旧排名", Files.readString(csv));
        assertEquals(List.of("排名.csv", "通报.xlsx"), files());
    }

    @Test
    void batchCommitReplacesEveryTarget() throws Exception {
        Path notice = Files.writeString(folder.resolve("通报.xlsx"), "旧通报");
        Path csv = folder.resolve("排名.csv");

        try (AtomicFiles.Batch batch = new AtomicFiles.Batch()) {
            batch.add(notice, file -> Files.writeString(file, "新通报"));
            batch.add(csv, file -> Files.writeString(file, "新排名"));
            batch.commit();
        }

        assertEquals("新通报", Files.readString(notice));
        assertEquals("新排名", Files.readString(csv));
        assertEquals(List.of("排名.csv", "通报.xlsx"), files());
    }

    @Test
    void batchRejectsSameTargetTwice() throws Exception {
        Path notice = folder.resolve("通报.xlsx");

        try (AtomicFiles.Batch batch = new AtomicFiles.Batch()) {
            batch.add(notice, file -> Files.writeString(file, "一"));
            assertThrows(IllegalArgumentException.class,
                    () -> batch.add(folder.resolve(".").resolve("通报.xlsx"), file -> Files.writeString(file, "二")));
        }

        assertEquals(List.of(), files());
    }
}
