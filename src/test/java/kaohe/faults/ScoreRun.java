package kaohe.faults;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import kaohe.cli.Main;

/**
 * One in-process run of {@code kaohe score} with what it printed on stderr. Every run checks what must
 * hold whatever the input: the input files keep their bytes, and stderr carries no Java exception text.
 */
final class ScoreRun {

    /** Text that only a Java exception or stack trace prints; the clerk sees it only with --debug. */
    private static final List<String> JAVA_TEXT = List.of("Exception", "at kaohe.", "java.", "\tat ", "org.apache");

    final int exitCode;
    final String stderr;
    final String stdout;

    private ScoreRun(int exitCode, String stdout, String stderr) {
        this.exitCode = exitCode;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    /**
     * Runs {@code kaohe score} with the arguments and checks that the inputs are byte-identical afterwards and
     * that stderr has no Java text.
     *
     * @param inputs the files whose bytes the run must not change: the ledgers and any rules files
     */
    static ScoreRun score(List<Path> inputs, String... arguments) {
        ScoreRun run = scoreUnchecked(inputs, arguments);
        run.assertNoJavaText();
        return run;
    }

    /**
     * Scores one ledger with {@code --csv 排名.csv} next to it, the notice going to its default place, and
     * the same checks as {@link #score}.
     */
    static ScoreRun ledger(Path ledger, String... options) {
        List<String> args = new ArrayList<>(List.of(ledger.toString(), "--csv", csvOf(ledger).toString()));
        args.addAll(List.of(options));
        return score(List.of(ledger), args.toArray(String[]::new));
    }

    /** The ranking CSV that {@link #ledger} writes for a ledger. */
    static Path csvOf(Path ledger) {
        return ledger.resolveSibling("排名.csv");
    }

    /** Runs like {@link #score} but checks only the inputs' bytes, for callers that check stderr themselves. */
    static ScoreRun scoreUnchecked(List<Path> inputs, String... arguments) {
        Map<Path, byte[]> before = digests(inputs);
        List<String> args = new ArrayList<>(List.of("score"));
        args.addAll(List.of(arguments));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try (PrintStream stdout = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream stderr = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = Main.run(args.toArray(String[]::new), stdout, stderr);
        }
        ScoreRun run = new ScoreRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        for (Map.Entry<Path, byte[]> input : before.entrySet()) {
            assertArrayEquals(input.getValue(), digest(input.getKey()), "input changed: " + input.getKey()
                    + "\n" + run.stderr);
        }
        return run;
    }

    /** Asserts the exit code, showing stderr when it differs. */
    ScoreRun assertExit(int expected) {
        assertEquals(expected, exitCode, () -> "exit code; stderr:\n" + stderr);
        return this;
    }

    /** Asserts that one stderr line contains every one of the parts, in any order. */
    ScoreRun assertLine(String... parts) {
        boolean found = stderr.lines().anyMatch(line -> Stream.of(parts).allMatch(line::contains));
        assertTrue(found, () -> "no stderr line with all of " + List.of(parts) + "; stderr:\n" + stderr);
        return this;
    }

    ScoreRun assertNoLine(String part) {
        assertFalse(stderr.contains(part), () -> "stderr contains \"" + part + "\":\n" + stderr);
        return this;
    }

    void assertNoJavaText() {
        for (String text : JAVA_TEXT) {
            assertFalse(stderr.contains(text), () -> "stderr shows Java text \"" + text + "\":\n" + stderr);
        }
    }

    /** Asserts that no file of the folder has this name, nor a temporary file made for it. */
    static void assertNotWritten(Path folder, String name) {
        assertFalse(Files.exists(folder.resolve(name)), () -> name + " was written");
        try (Stream<Path> files = Files.list(folder)) {
            List<String> temporary = files.map(file -> file.getFileName().toString())
                    .filter(file -> file.startsWith("." + name + ".")).toList();
            assertEquals(List.of(), temporary, "temporary files left for " + name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<Path, byte[]> digests(List<Path> files) {
        Map<Path, byte[]> digests = new LinkedHashMap<>();
        files.forEach(file -> digests.put(file, digest(file)));
        return digests;
    }

    /** Returns the SHA-256 of a file's bytes, or of a directory's file names and bytes; none for no file. */
    static byte[] digest(Path file) {
        if (!Files.exists(file)) {
            return new byte[0];
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            if (Files.isDirectory(file)) {
                try (Stream<Path> children = Files.list(file)) {
                    for (Path child : children.sorted().toList()) {
                        sha.update(child.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                        sha.update(digest(child));
                    }
                }
            } else {
                sha.update(Files.readAllBytes(file));
            }
            return sha.digest();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
