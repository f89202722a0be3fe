package kaohe.faults;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code kaohe score} on seeded random mutations of the June sample ledger: bytes flipped, ranges
 * zeroed, duplicated or cut off, in the zip itself and, more often, inside one decompressed part that is then
 * zipped again, so that the XML parsers and the intake see damage that a zip checksum would not catch.
 * Whatever the damage, the run ends with 0, 1 or 3, a message, no Java text and the input unchanged.
 */
class MutationTest {

    /**
     * How many mutated ledgers are scored. On two cores shared with other builds (load average 7 to 8), a
     * run that got as far as writing the notice took about 0.2 s and a rejected one 0.04 s. There 160 runs
     * took 27 to 45 seconds in all, and an unloaded machine should need a fraction of that.
     */
    private static final int MUTATIONS = 160;
    private static final long SEED = 20180630L;
    private static final Duration RUN_TIMEOUT = Duration.ofSeconds(10);
    private static final Set<Integer> EXIT_CODES = Set.of(0, 1, 3);

    @TempDir
    Path folder;

    @Test
    void mutatedSampleNeverCrashes() throws Exception {
        byte[] sample = Files.readAllBytes(Path.of("samples/2018-06.xlsx"));
        Map<String, byte[]> parts = RawXlsx.unzip(sample);
        List<String> names = new ArrayList<>(parts.keySet());
        Random random = new Random(SEED);
        Path ledger = folder.resolve("2018-06.xlsx");
        Path notice = folder.resolve("通报.xlsx");
        Path csv = folder.resolve("排名.csv");

        for (int i = 0; i < MUTATIONS; i++) {
            String label;
            if (i % 4 == 0) {
                label = "zip bytes";
                Files.write(ledger, mutate(sample, random));
            } else {
                String name = names.get(random.nextInt(names.size()));
                Map<String, byte[]> mutated = new LinkedHashMap<>(parts);
                if (i % 4 == 1) {
                    label = name + " bytes";
                    mutated.put(name, mutate(parts.get(name), random));
                } else {
                    label = name + " markup";
                    mutated.put(name, XmlMutations.mutate(parts.get(name), random));
                }
                Files.write(ledger, RawXlsx.zip(mutated));
            }
            checkRun(i + " (" + label + ")", ledger, notice, csv);
        }
    }

    private static void checkRun(String mutation, Path ledger, Path notice, Path csv) {
        byte[] noticeBefore = ScoreRun.digest(notice);
        ScoreRun run = assertTimeoutPreemptively(RUN_TIMEOUT, () -> ScoreRun.scoreUnchecked(List.of(ledger),
                ledger.toString(), "-o", notice.toString(), "--csv", csv.toString(), "--force", "--quiet"),
                () -> "mutation " + mutation + " timed out");

        String context = "mutation " + mutation + ", exit " + run.exitCode + ", stderr:\n" + run.stderr;
        assertTrue(EXIT_CODES.contains(run.exitCode), context);
        assertFalse(run.stderr.contains("内部错误"), context);
        run.assertNoJavaText();
        if (run.exitCode == 1) {
            assertFalse(run.stderr.isBlank(), context);
            assertArrayEquals(noticeBefore, ScoreRun.digest(notice), "notice changed by a failed run: " + context);
        }
    }

    /** Applies one seeded mutation: flip bytes, zero a range, duplicate a range, or cut the data short. */
    static byte[] mutate(byte[] data, Random random) {
        if (data.length == 0) {
            return new byte[] {(byte) random.nextInt(256)};
        }
        byte[] copy = data.clone();
        int start = random.nextInt(data.length);
        int length = 1 + random.nextInt(Math.min(64, data.length - start));
        switch (random.nextInt(5)) {
            case 0 -> {
                for (int flips = 1 + random.nextInt(8); flips > 0; flips--) {
                    copy[random.nextInt(copy.length)] ^= (byte) (1 + random.nextInt(255));
                }
            }
            case 1 -> Arrays.fill(copy, start, start + length, (byte) 0);
            case 2 -> {
                return duplicate(data, start, length, random.nextInt(data.length));
            }
            case 3 -> {
                return Arrays.copyOf(data, random.nextInt(data.length));
            }
            default -> copy[start] = (byte) "<>&\"'/=0123456789-".charAt(random.nextInt(18));
        }
        return copy;
    }

    /** Inserts a copy of {@code data[start, start + length)} at {@code at}. */
    private static byte[] duplicate(byte[] data, int start, int length, int at) {
        byte[] result = new byte[data.length + length];
        System.arraycopy(data, 0, result, 0, at);
        System.arraycopy(data, start, result, at, length);
        System.arraycopy(data, at, result, at + length, data.length - at);
        return result;
    }
}
