package kaohe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarmUpTest {

    @TempDir
    Path folder;

    @Test
    void paysForSmallInputOnTwoCores() throws IOException {
        Path small = sized("small.xlsx", 30_000);
        Path limit = sized("limit.xlsx", WarmUp.MAX_INPUT_BYTES);
        Path more = sized("more.xlsx", 1);

        assertTrue(WarmUp.pays(List.of(small), 2));
        assertFalse(WarmUp.pays(List.of(small), 1), "one core would do the extra work in turn with the real work");
        assertTrue(WarmUp.pays(List.of(limit), 4), "2 MiB exactly is still warmed up for");
        assertFalse(WarmUp.pays(List.of(limit, more), 4), "the sizes of all ledgers count together");
        assertFalse(WarmUp.pays(List.of(folder.resolve("missing.xlsx")), 2));
    }

    @Test
    void emptyNoticeLeavesNoFile() throws IOException {
        assertFalse(WarmUp.writeEmptyNotice(folder.resolve("missing")), "a folder that is not there fails quietly");
        assertTrue(WarmUp.writeEmptyNotice(folder));
        try (Stream<Path> left = Files.list(folder)) {
            assertEquals(List.of(), left.toList());
        }
    }

    private Path sized(String name, long bytes) throws IOException {
        Path file = folder.resolve(name);
        try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
            out.setLength(bytes);
        }
        return file;
    }
}
