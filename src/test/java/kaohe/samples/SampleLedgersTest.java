package kaohe.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Checks that the committed sample ledgers are what {@link SampleLedgers} writes today. */
class SampleLedgersTest {

    private static final Path SAMPLES = Path.of(System.getProperty("basedir", "."), "samples");

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {"2018-05.xlsx", "2018-06.xlsx"})
    void committedSampleMatchesGenerator(String ledger) throws IOException {
        SampleLedgers.main(new String[] {folder.toString()});

        byte[] written = Files.readAllBytes(folder.resolve(ledger));
        byte[] committed = Files.readAllBytes(SAMPLES.resolve(ledger));
        assertArrayEquals(committed, written,
                ledger + " differs from the generator's output: rerun SampleLedgers, then update worked-out.md");
    }
}
