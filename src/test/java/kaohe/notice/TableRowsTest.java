package kaohe.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import kaohe.bench.BenchLedger;
import kaohe.ledger.LedgerException;
import kaohe.rules.Rules;
import kaohe.rules.RulesLoader;
import kaohe.scoring.ScoreResult;

/**
 * The data rows of table sheets written straight into the notice file, on the saving thread and on a thread
 * of their own. The notice must be the same file byte for byte whichever thread makes the rows, and no thread
 * may be left behind, also on failure.
 */
class TableRowsTest {

    /** A cell of 30,000 chars, a pair at every third char, so that chunks of any size end next to a pair. */
    private static final String PAIRS = "a𠀀".repeat(10_000);
    /** What a row of one cell A{row} with PAIRS gives, worked out by hand from the XML of an inline string. */
    private static final String PAIRS_ROW = "<row r=\"%d\">\n<c r=\"A%d\" t=\"inlineStr\"><is><t>" + PAIRS
            + "</t></is></c></row>\n";

    @TempDir
    Path folder;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2018-05.xlsx", "2018-06.xlsx"})
    void sampleNoticeSameOnEitherThread(String ledger) throws IOException, LedgerException {
        Rules rules = RulesLoader.defaults();
        assertSameOnEitherThread(rules, NoticeFixture.scoreSample(rules, ledger));
    }

    @Test
    void generatedLedgerSameOnEitherThread() throws Exception {
        Path ledger = folder.resolve("2018-06-20000.xlsx");
        BenchLedger.main(new String[] {"20000", ledger.toString()});
        Rules rules = RulesLoader.defaults();

        Path notice = assertSameOnEitherThread(rules, NoticeFixture.scoreLedger(rules, ledger));

        String detail = entryText(notice, "xl/worksheets/sheet3.xml");
        assertTrue(detail.length() > 2 * RowXmlWriter.DEFAULT_THRESHOLD,
                "the detail sheet is long enough for a thread of its own: " + detail.length() + " chars");
    }

    @Test
    void pairsAcrossChunksSameOnEitherThread() throws IOException {
        String expected = String.format(PAIRS_ROW, 1, 1) + String.format(PAIRS_ROW, 2, 2)
                + String.format(PAIRS_ROW, 3, 3);

        for (long threshold : new long[] {0, 40_000, Long.MAX_VALUE}) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RowXmlWriter.write(rows(3, null), out, threshold);
            assertEquals(expected, out.toString(StandardCharsets.UTF_8), "threshold " + threshold);
        }
        assertNoWriterThread();
    }

    @Test
    void loneSurrogatesBecomeQuestionMarks() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean[] written = {false};
        RowXmlWriter.write(xml -> {
            if (written[0]) {
                return false;
            }
            written[0] = true;
            xml.startRow(0, 0);
            xml.text(0, 0, "孤\uD800立\uDC00");
            xml.endRow();
            return true;
        }, out, 0);

        assertEquals("<row r=\"1\">\n<c r=\"A1\" t=\"inlineStr\"><is><t>孤?立?</t></is></c></row>\n",
                out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void failureOfRowThreadThrownOnCaller() {
        IllegalArgumentException cause = new IllegalArgumentException("no cell type for class java.lang.Object");

        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> RowXmlWriter.write(rows(50, cause), OutputStream.nullOutputStream(), 0));

        assertSame(cause, thrown);
        assertNoWriterThread();
    }

    @Test
    void fullDiskStopsRowThread() {
        IOException failure = assertThrows(IOException.class,
                () -> RowXmlWriter.write(rows(1000, null), new FullDisk(), 0));

        assertEquals("No space left on device", failure.getMessage());
        assertNoWriterThread();
    }

    /** Returns a source of {@code count} rows of PAIRS, which throws {@code failure} at row 40 when given. */
    private static RowXmlWriter.RowSource rows(int count, RuntimeException failure) {
        int[] next = {0};
        return xml -> {
            if (next[0] == count) {
                return false;
            }
            if (failure != null && next[0] == 40) {
                throw failure;
            }
            xml.startRow(next[0], 0);
            xml.text(0, 0, PAIRS);
            xml.endRow();
            next[0]++;
            return true;
        };
    }

    /**
     * Writes the notice with every data row made on a thread of its own and again with every row made on the
     * saving thread, checks they are the same bytes and returns the former.
     */
    private Path assertSameOnEitherThread(Rules rules, ScoreResult result) throws IOException {
        Path threaded = folder.resolve("threaded.xlsx");
        Path caller = folder.resolve("caller.xlsx");
        long previous = XlsxBook.setThreadThreshold(0);
        try {
            new NoticeWriter(rules).write(result, threaded);
            XlsxBook.setThreadThreshold(Long.MAX_VALUE);
            new NoticeWriter(rules).write(result, caller);
        } finally {
            XlsxBook.setThreadThreshold(previous);
        }
        assertEquals(-1, Files.mismatch(caller, threaded), "the same bytes whichever thread makes the rows");
        assertNoWriterThread();
        return threaded;
    }

    private static String entryText(Path file, String part) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile()); InputStream in = zip.getInputStream(zip.getEntry(part))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void assertNoWriterThread() {
        long running = Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().equals(RowXmlWriter.THREAD_NAME) && thread.isAlive()).count();
        assertEquals(0, running, "row writer threads still running");
    }

    /** A file that takes 100,000 bytes and then fails as a full disk does. */
    private static final class FullDisk extends OutputStream {
        private long bytes;

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] data, int offset, int count) throws IOException {
            bytes += count;
            if (bytes > 100_000) {
                throw new IOException("No space left on device");
            }
        }
    }
}
