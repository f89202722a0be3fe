package kaohe.faults;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills {@code kaohe score} while it writes the notice, as a power cut or a closed terminal would, and checks
 * that the notice from before is intact and nothing sits half written under an output's name. The run is a
 * separate JVM on this test's class path, killed with SIGKILL once its temporary notice file appears.
 */
class KillDuringWriteTest {

    /** Enough rows that writing the notice takes well over the 10 ms between two looks at the folder. */
    private static final int ROWS = 5_000;
    private static final long START_TIMEOUT_SECONDS = 120;
    private static final String[] UNITS = {"区发改委", "区市场监管局", "区民政局", "区卫计局", "区公安分局"};

    @TempDir
    Path folder;

    /** Writes the ledger as raw XML, because building it with POI takes longer than the run it feeds. */
    private Path bigLedger() {
        StringBuilder rows = new StringBuilder(RawXlsx.row(1, RawXlsx.text("A1", "单位"), RawXlsx.text("B1", "信息标题"),
                RawXlsx.text("C1", "录用刊物"), RawXlsx.text("D1", "录用日期")));
        for (int i = 0; i < ROWS; i++) {
            int number = i + 2;
            rows.append(RawXlsx.row(number, RawXlsx.text("A" + number, UNITS[i % UNITS.length]),
                    RawXlsx.text("B" + number, "改革信息第" + i + "篇"), RawXlsx.text("C" + number, "萧山信息•专报"),
                    RawXlsx.text("D" + number, "2018-06-05")));
        }
        return new RawXlsx().sheet("录用", "<sheetData>" + rows + "</sheetData>").write(folder.resolve("2018-06.xlsx"));
    }

    @Test
    void killDuringWriteKeepsPreviousNotice() throws Exception {
        Path ledger = bigLedger();
        byte[] ledgerBefore = ScoreRun.digest(ledger);
        Path notice = Files.writeString(folder.resolve("2018-06-通报.xlsx"), "上个月运行留下的通报");
        byte[] noticeBefore = Files.readAllBytes(notice);
        Path javaTemp = Files.createDirectory(folder.resolve("java-tmp"));

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-Djava.io.tmpdir=" + javaTemp,
                "-cp", System.getProperty("java.class.path"), "kaohe.cli.Main", "score", ledger.toString(),
                "--csv", folder.resolve("排名.csv").toString(), "--force", "--quiet")
                .redirectErrorStream(true).redirectOutput(folder.resolve("stdout.txt").toFile()).start();
        try {
            boolean writing = awaitTemporaryFile(process, ".2018-06-通报.xlsx.");
            assertTrue(writing, () -> "the run ended before writing: " + readQuietly(folder.resolve("stdout.txt")));
            process.destroyForcibly();
            assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        } finally {
            process.destroyForcibly();
        }

        assertArrayEquals(noticeBefore, Files.readAllBytes(notice));
        assertArrayEquals(ledgerBefore, ScoreRun.digest(ledger));
        assertEquals(List.of(), names(folder).stream()
                .filter(name -> name.equals("2018-06-通报.txt") || name.equals("排名.csv")).toList());
        // The killed run leaves its hidden temporary notice, because nothing runs after SIGKILL. It has no
        // output's name.
        assertTrue(names(folder).stream().anyMatch(name -> name.startsWith(".2018-06-通报.xlsx.")
                && name.endsWith(".tmp")));
    }

    /** Waits for the run to create the temporary file; returns false if it ends or times out first. */
    private boolean awaitTemporaryFile(Process process, String prefix) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_TIMEOUT_SECONDS);
        while (System.nanoTime() < deadline && process.isAlive()) {
            if (names(folder).stream().anyMatch(name -> name.startsWith(prefix))) {
                return process.isAlive();
            }
            Thread.sleep(10);
        }
        return false;
    }

    private static List<String> names(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString()).toList();
        }
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }
}
