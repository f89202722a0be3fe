package kaohe.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reading .xlsx files with the sheets read ahead on a second thread, the threshold forced to 0 bytes, against
 * the single-thread path and against values worked out by hand.
 */
@Timeout(30)
class XlsxReadAheadTest {

    private static final long ALWAYS = 0;
    private static final long NEVER = Long.MAX_VALUE;

    @TempDir
    Path dir;

    static Stream<Path> workbooks() throws IOException {
        List<Path> found = new ArrayList<>();
        for (String folder : List.of("samples", "src/test/resources")) {
            try (Stream<Path> files = Files.walk(Path.of(folder))) {
                files.filter(f -> f.toString().endsWith(".xlsx")).sorted().forEach(found::add);
            }
        }
        return found.stream();
    }

    private static CollectingSink read(Path file, long readAheadFromBytes) throws LedgerException {
        CollectingSink sink = new CollectingSink();
        read(file, readAheadFromBytes, sink);
        return sink;
    }

    private static void read(Path file, long readAheadFromBytes, RowSink sink) throws LedgerException {
        new WorkbookReader(ReadOptions.defaults(), readAheadFromBytes).read(file, sink);
    }

    /**
     * Returns rows 1 to {@code last} with "行n" in A and n in B, and "合并" in C1 merged down to
     * C{@code mergedTo}. {@code damageAtRow}, when not null, goes into the last row after A.
     */
    private static String numberedRows(int last, int mergedTo, String damageAtRow) {
        StringBuilder xml = new StringBuilder("<sheetData>");
        for (int n = 1; n <= last; n++) {
            xml.append("<row r=\"").append(n).append("\"><c r=\"A").append(n).append("\" t=\"inlineStr\"><is><t>行")
                    .append(n).append("</t></is></c>");
            if (damageAtRow != null && n == last) {
                xml.append(damageAtRow);
            }
            xml.append("<c r=\"B").append(n).append("\"><v>").append(n).append("</v></c>");
            if (n == 1) {
                xml.append("<c r=\"C1\" t=\"inlineStr\"><is><t>合并</t></is></c>");
            }
            xml.append("</row>");
        }
        return xml.append("</sheetData><mergeCells count=\"1\"><mergeCell ref=\"C1:C").append(mergedTo)
                .append("\"/></mergeCells>").toString();
    }

    private Path numberedWorkbook(String name, String body) throws IOException {
        return new XlsxFixture().sheet(1, body).write(dir.resolve(name));
    }

    @ParameterizedTest
    @MethodSource("workbooks")
    void sampleReadsAlikeOnBothPaths(Path file) throws Exception {
        CollectingSink single = read(file, NEVER);
        CollectingSink ahead = read(file, ALWAYS);

        assertEquals(single.events, ahead.events);
        assertEquals(single.rowsBySheet, ahead.rowsBySheet);
    }

    @Test
    void manyBatchesKeepOrderAndMerges() throws Exception {
        Path file = numberedWorkbook("many.xlsx", numberedRows(5000, 2500, null));
        Thread caller = Thread.currentThread();
        List<String> seen = new ArrayList<>();
        CollectingSink ahead = new CollectingSink() {
            @Override
            public void row(RawRow row) {
                if (row.rowNumber() == 1) {
                    // 5,000 rows do not fit in the queue, so the reader cannot have ended yet.
                    seen.add("reader alive " + ReadAheadTest.readerAlive());
                }
                seen.add(Thread.currentThread() == caller ? null : "row on " + Thread.currentThread().getName());
                super.row(row);
            }
        };

        read(file, ALWAYS, ahead);

        assertEquals(List.of("reader alive true"), seen.stream().filter(s -> s != null).toList());
        assertEquals(List.of("start 表1", "end 表1"), ahead.events);
        assertEquals(5000, ahead.rows("表1").size());
        assertEquals(4999, ahead.rows("表1").get(4998).rowNumber());
        assertEquals("行4999", ahead.text("表1", "A4999"));
        assertEquals(new BigDecimal("4999"), ahead.cell("表1", "B4999").number());
        assertEquals("合并", ahead.text("表1", "C2500"));
        assertEquals(null, ahead.text("表1", "C2501"));
        assertEquals(read(file, NEVER).rowsBySheet, ahead.rowsBySheet);
    }

    @Test
    void damagedXmlMidSheetFailsAlike() throws Exception {
        Path file = numberedWorkbook("damaged.xlsx", numberedRows(2000, 2, "<c r=\"C2000\"><v>1</x></c>"));
        String expected = "damaged.xlsx 表1!C2000 附近的 XML 内容已损坏，请在 Excel 中打开后重新保存再试";
        CollectingSink single = new CollectingSink();
        CollectingSink ahead = new CollectingSink();

        LedgerException singleFailure = assertThrows(LedgerException.class, () -> read(file, NEVER, single));
        LedgerException aheadFailure = assertThrows(LedgerException.class, () -> read(file, ALWAYS, ahead));

        assertEquals(expected, singleFailure.getMessage());
        assertEquals(expected, aheadFailure.getMessage());
        assertEquals(1999, ahead.rows("表1").size());
        assertEquals(single.rowsBySheet, ahead.rowsBySheet);
        assertFalse(ReadAheadTest.readerAlive());
    }

    @Test
    void damagedSharedStringsReportedFirst() throws Exception {
        // The sheet's part is missing too, which the reader thread finds while the strings are parsed.
        Path file = new XlsxFixture().sharedStrings("<si><t>录用</t></si><si><t>x</si>")
                .sheets("<sheet name=\"表1\" sheetId=\"1\" r:id=\"rId9\"/>").write(dir.resolve("strings.xlsx"));
        String expected = "strings.xlsx 的共享字符串表（sharedStrings.xml） 附近的 XML 内容已损坏，请在 Excel 中打开后重新保存再试";

        LedgerException single = assertThrows(LedgerException.class, () -> read(file, NEVER));
        LedgerException ahead = assertThrows(LedgerException.class, () -> read(file, ALWAYS));

        assertEquals(expected, single.getMessage());
        assertEquals(expected, ahead.getMessage());
        assertFalse(ReadAheadTest.readerAlive());
    }

    @Test
    void throwingSinkStopsReaderAndClosesFile() throws Exception {
        Path file = numberedWorkbook("stop.xlsx", numberedRows(20000, 2, null));
        CollectingSink sink = new CollectingSink() {
            @Override
            public void row(RawRow row) {
                if (row.rowNumber() == 700) {
                    throw new IllegalStateException("第700行处理失败");
                }
                super.row(row);
            }
        };

        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> read(file, ALWAYS, sink));

        assertEquals("第700行处理失败", thrown.getMessage());
        assertEquals(699, sink.rows("表1").size());
        assertFalse(ReadAheadTest.readerAlive());
        assertEquals(0, openHandles(file));
    }

    @Test
    void refusedSheetIsSkipped() throws Exception {
        Path file = new XlsxFixture()
                .sheets("<sheet name=\"表1\" sheetId=\"1\" r:id=\"rId1\"/>"
                        + "<sheet name=\"表2\" sheetId=\"2\" r:id=\"rId2\"/>")
                .sheet(1, numberedRows(1500, 2, null))
                .sheet(2, "<sheetData><row r=\"4\"><c r=\"D4\" t=\"inlineStr\"><is><t>留下</t></is></c></row>"
                        + "</sheetData>")
                .write(dir.resolve("skip.xlsx"));
        CollectingSink sink = new CollectingSink() {
            @Override
            public boolean startSheet(SheetInfo sheet) {
                super.startSheet(sheet);
                return !sheet.sheet().equals("表1");
            }
        };

        read(file, ALWAYS, sink);

        assertEquals(List.of("start 表1", "start 表2", "end 表2"), sink.events);
        assertEquals(List.of(), sink.rows("表1"));
        assertEquals(List.of(new RawRow(4, List.of(RawCell.text(3, "留下")), false)), sink.rows("表2"));
    }

    @Test
    void missingSheetPartFailsAlike() throws Exception {
        Path file = new XlsxFixture().sheet(2, "<sheetData/>").sheets("<sheet name=\"表1\" sheetId=\"1\" r:id=\"rId2\"/>"
                + "<sheet name=\"缺\" sheetId=\"3\" r:id=\"rId9\"/>").write(dir.resolve("missing.xlsx"));
        String expected = "missing.xlsx 的工作表“缺”缺少数据部件，文件不完整，请在 Excel 中打开后重新保存再试";

        assertEquals(expected, assertThrows(LedgerException.class, () -> read(file, NEVER)).getMessage());
        assertEquals(expected, assertThrows(LedgerException.class, () -> read(file, ALWAYS)).getMessage());
    }

    /** Counts this process's open descriptors on the file, which Linux lists in /proc, or returns 0 elsewhere. */
    private static long openHandles(Path file) throws IOException {
        Path descriptors = Path.of("/proc/self/fd");
        if (!Files.isDirectory(descriptors)) {
            return 0;
        }
        Path real = file.toRealPath();
        long count = 0;
        try (Stream<Path> links = Files.list(descriptors)) {
            for (Path link : (Iterable<Path>) links::iterator) {
                try {
                    count += Files.readSymbolicLink(link).equals(real) ? 1 : 0;
                } catch (IOException e) {
                    // The descriptor closed while listing, such as the listing's own.
                }
            }
        }
        return count;
    }
}
