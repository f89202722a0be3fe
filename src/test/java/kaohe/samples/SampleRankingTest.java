package kaohe.samples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs {@code kaohe score --csv} on the committed sample ledgers and compares the ranking CSV, line by line,
 * with the rankings worked out by hand in {@code worked-out.md}.
 */
class SampleRankingTest {

    private static final Path SAMPLES = Path.of(System.getProperty("basedir", "."), "samples");
    private static final String BYTE_ORDER_MARK = "\uFEFF";
    private static final int UNIT_COLUMN = 2;

    /** Exit code of a run that wrote its outputs and set no row aside as a problem. */
    private static final int EXIT_DONE = 0;
    /** Exit code of a run that wrote its outputs but listed problem rows. */
    private static final int EXIT_PROBLEM_ROWS = 3;

    @TempDir
    Path folder;

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("expected-2018-05.csv", EXIT_DONE, List.of("2018-05.xlsx")),
                Arguments.of("expected-2018-06.csv", EXIT_PROBLEM_ROWS, List.of("2018-06.xlsx")),
                Arguments.of("expected-2018-05-06.csv", EXIT_PROBLEM_ROWS, List.of("2018-05.xlsx", "2018-06.xlsx")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rankingMatchesWorkedOut(String expectedFile, int expectedExit, List<String> ledgers) throws IOException {
        Path csv = folder.resolve("ranking.csv");
        Path notice = folder.resolve("notice.xlsx");
        List<String> args = new ArrayList<>(List.of("score"));
        for (String ledger : ledgers) {
            args.add(Files.copy(SAMPLES.resolve(ledger), folder.resolve(ledger)).toString());
        }
        args.addAll(List.of("--csv", csv.toString(), "-o", notice.toString(), "--quiet"));

        int exit = kaohe.cli.Main.run(args.toArray(String[]::new));

        assertEquals(expectedExit, exit, "exit code of score " + ledgers);
        List<String> expected = lines(readResource(expectedFile));
        List<String> actual = lines(Files.readString(csv, UTF_8));
        assertAll(expectedFile, Stream.concat(
                Stream.of(() -> assertEquals(expected.size(), actual.size(), "number of lines")),
                IntStream.range(0, expected.size()).mapToObj(i -> lineCheck(expected, actual, i))));
    }

    private static Executable lineCheck(List<String> expected, List<String> actual, int index) {
        String expectedLine = expected.get(index);
        String actualLine = index < actual.size() ? actual.get(index) : "(missing)";
        String[] fields = expectedLine.split(",", -1);
        String label = index == 0 ? "header" : fields[UNIT_COLUMN];
        return () -> assertEquals(expectedLine, actualLine, "line " + (index + 1) + ", " + label);
    }

    /** Splits CSV text into lines, without a leading byte-order mark or trailing empty lines. */
    private static List<String> lines(String text) {
        String body = text.startsWith(BYTE_ORDER_MARK) ? text.substring(1) : text;
        List<String> lines = new ArrayList<>(Arrays.asList(body.split("\r?\n", -1)));
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    private static String readResource(String name) throws IOException {
        try (InputStream in = SampleRankingTest.class.getResourceAsStream(name)) {
            assertNotNull(in, "test resource kaohe/samples/" + name + " not found");
            return new String(in.readAllBytes(), UTF_8);
        }
    }
}
