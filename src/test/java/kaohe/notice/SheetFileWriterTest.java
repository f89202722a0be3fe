package kaohe.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import kaohe.ledger.LedgerException;
import kaohe.rules.Rules;
import kaohe.rules.RulesLoader;
import kaohe.scoring.ScoreResult;

/**
 * The sheet files written by a thread of their own: the notice must be the same file byte for byte as on the
 * plain path, and no thread or temporary file may be left behind, also when writing fails.
 */
class SheetFileWriterTest {

    private static final String THREAD_NAME = "kaohe-sheet-writer";
    /** About three and a half buffers of text. After "<x>" the first buffer ends between the halves of a pair. */
    private static final String PAIRS = "a𠀀".repeat(60_000);

    @TempDir
    Path folder;
    @TempDir
    Path poiTemp;

    @BeforeEach
    void poiTempFilesInFolder() {
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(poiTemp.toFile()));
    }

    @AfterEach
    void poiTempFilesAsBefore() {
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2018-05.xlsx", "2018-06.xlsx"})
    void sampleNoticeSameWithThreads(String ledger) throws IOException, LedgerException {
        Rules rules = RulesLoader.defaults();
        assertSameWithThreads(rules, NoticeFixture.scoreSample(rules, ledger));
    }

    @Test
    void juneNoticeSameWithThreadsAndReadsBack() throws IOException {
        NoticeFixture fixture = NoticeFixture.june();
        Path threaded = assertSameWithThreads(fixture.rules, fixture.score());

        try (NoticeBook book = NoticeBook.open(threaded)) {
            assertEquals(List.of("排名", "目标完成", "得分明细", "扣分明细", "未计分", "通报正文", "图表"),
                    Stream.iterate(0, i -> i < book.workbook.getNumberOfSheets(), i -> i + 1)
                            .map(book.workbook::getSheetName).toList());
        }
    }

    @Test
    void textSplitBetweenBuffersWrittenInOrder() throws IOException {
        StringWriter file = new StringWriter();
        SheetFileWriter writer = new SheetFileWriter(file);
        writer.setThreshold(0);
        writer.write("<x>");
        writer.write(PAIRS.toCharArray(), 0, PAIRS.length());
        writer.write('>');
        assertTrue(writer.threaded(), "a thread past the threshold");
        writer.close();

        assertEquals("<x>" + PAIRS + ">", file.toString());
        assertNoWriterThread();
    }

    @Test
    void smallSheetWrittenWithoutThread() throws IOException {
        StringWriter file = new StringWriter();
        try (SheetFileWriter writer = new SheetFileWriter(file)) {
            writer.write(PAIRS);
            assertFalse(writer.threaded(), "120,000 chars are below the threshold");
        }
        assertEquals(PAIRS, file.toString());
    }

    @Test
    void failureOfThreadThrownAndThreadEnds() throws IOException {
        SheetFileWriter writer = new SheetFileWriter(new FullDisk());
        writer.setThreshold(0);
        IOException failure = assertThrows(IOException.class, () -> {
            try (writer) {
                for (int i = 0; i < 100; i++) {
                    writer.write(PAIRS);
                }
            }
        });
        assertEquals("No space left on device", failure.getMessage());
        assertNoWriterThread();
    }

    @Test
    void failedSheetLeavesNoThread() throws IOException {
        long previous = NoticeWorkbook.setThreadThreshold(0);
        try (NoticeWorkbook workbook = new NoticeWorkbook(NoticeWriter.ROW_WINDOW, false)) {
            Sheet sheet = workbook.createSheet("得分明细");
            assertThrows(IllegalStateException.class, () -> {
                for (int i = 0; i < 5000; i++) {
                    Row row = sheet.createRow(i);
                    row.createCell(0).setCellValue(PAIRS.substring(0, 100));
                }
                throw new IllegalStateException("a sheet failed half way");
            });
            assertEquals(1, writerThreads(), "the thread writes while rows are made");
        } finally {
            NoticeWorkbook.setThreadThreshold(previous);
        }
        assertNoWriterThread();
        try (Stream<Path> files = Files.walk(poiTemp)) {
            assertEquals(List.of(), files.filter(Files::isRegularFile).toList(), "temporary files left");
        }
    }

    /** Writes the notice on the plain and the threaded path, checks they are the same bytes, returns the latter. */
    private Path assertSameWithThreads(Rules rules, ScoreResult result) throws IOException {
        Path plain = folder.resolve("plain.xlsx");
        Path threaded = folder.resolve("threaded.xlsx");
        new NoticeWriter(rules).write(result, plain);
        long previous = NoticeWorkbook.setThreadThreshold(0);
        try {
            new NoticeWriter(rules).write(result, threaded);
        } finally {
            NoticeWorkbook.setThreadThreshold(previous);
        }
        assertEquals(-1, Files.mismatch(plain, threaded), "the same bytes with threads as without");
        assertNoWriterThread();
        try (Stream<Path> files = Files.walk(poiTemp)) {
            assertEquals(List.of(), files.filter(Files::isRegularFile).toList(), "temporary files left");
        }
        return threaded;
    }

    private static void assertNoWriterThread() {
        assertEquals(0, writerThreads(), "sheet writer threads still running");
    }

    private static long writerThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().equals(THREAD_NAME) && thread.isAlive()).count();
    }

    /** A file that takes 100,000 chars and then fails as a full disk does. */
    private static final class FullDisk extends Writer {
        private long chars;

        @Override
        public void write(char[] text, int offset, int count) throws IOException {
            chars += count;
            if (chars > 100_000) {
                throw new IOException("No space left on device");
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
