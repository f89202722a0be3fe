package kaohe.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files made to exhaust memory or time. Each must end within seconds, under the test JVM's 1 GB heap,
 * with a Chinese {@link LedgerException}.
 */
class HostileFilesTest {

    private static final Duration DEADLINE = Duration.ofSeconds(30);
    private static final String SHEET_START = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\""
            + XlsxFixture.MAIN_NS + "\"><sheetData>";

    @TempDir
    Path dir;

    /** A sink that only counts, so that a test of a cell limit does not itself hold the cells. */
    private static final class CountingSink implements RowSink {
        long cells;

        @Override
        public boolean startSheet(SheetInfo sheet) {
            return true;
        }

        @Override
        public void row(RawRow row) {
            cells += row.cells().size();
        }
    }

    private LedgerException readFails(Path file, ReadOptions options) {
        return assertTimeoutPreemptively(DEADLINE, () -> assertThrows(LedgerException.class,
                () -> new WorkbookReader(options).read(file, new CountingSink())));
    }

    private LedgerException readFails(Path file) {
        return readFails(file, ReadOptions.defaults());
    }

    /** Writes the fixture's entries, then one more entry whose content is repeated to the given size. */
    private Path withRepeatedEntry(XlsxFixture fixture, String name, String head, String unit, long bytes,
            String tail, boolean stored) throws IOException {
        Path base = fixture.write(dir.resolve("base.zip"));
        Path file = dir.resolve("hostile.xlsx");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file));
                ZipInputStream in = new ZipInputStream(Files.newInputStream(base))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (!entry.getName().equals(name)) {
                    out.putNextEntry(new ZipEntry(entry.getName()));
                    in.transferTo(out);
                    out.closeEntry();
                }
            }
            out.setLevel(Deflater.BEST_SPEED);
            writeRepeated(out, name, head, unit, bytes, tail, stored);
        }
        return file;
    }

    private static void writeRepeated(ZipOutputStream out, String name, String head, String unit, long bytes,
            String tail, boolean stored) throws IOException {
        byte[] headBytes = head.getBytes(StandardCharsets.UTF_8);
        byte[] block = unit.repeat(Math.max(1, 65536 / unit.length())).getBytes(StandardCharsets.UTF_8);
        byte[] tailBytes = tail.getBytes(StandardCharsets.UTF_8);
        long blocks = bytes / block.length;
        ZipEntry entry = new ZipEntry(name);
        if (stored) {
            CRC32 crc = new CRC32();
            crc.update(headBytes);
            for (long i = 0; i < blocks; i++) {
                crc.update(block);
            }
            crc.update(tailBytes);
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(headBytes.length + blocks * block.length + tailBytes.length);
            entry.setCrc(crc.getValue());
        }
        out.putNextEntry(entry);
        out.write(headBytes);
        for (long i = 0; i < blocks; i++) {
            out.write(block);
        }
        out.write(tailBytes);
        out.closeEntry();
    }

    private static XlsxFixture oneSheet() {
        return new XlsxFixture().sheet(1, "<sheetData/>");
    }

    private static void assertHostile(LedgerException e) {
        assertTrue(e.getMessage().startsWith("hostile.xlsx "), e.getMessage());
        assertTrue(e.getMessage().contains("恶意文件"), e.getMessage());
    }

    @Test
    void stopsZipBombSheet() throws Exception {
        Path file = withRepeatedEntry(oneSheet(), "xl/worksheets/sheet1.xml", SHEET_START, " ", 1200L << 20,
                "</sheetData></worksheet>", false);

        assertHostile(readFails(file));
    }

    @Test
    void stopsBombAtPartSizeLimit() throws Exception {
        ReadLimits defaults = ReadLimits.defaults();
        ReadLimits small = new ReadLimits(defaults.maxRows(), defaults.maxColumns(), defaults.maxCellsPerSheet(),
                defaults.maxMergedRegions(), defaults.maxCellChars(), defaults.maxSharedStrings(),
                defaults.maxSharedStringChars(), 4L << 20, 0, defaults.maxXlsBytes());
        Path file = withRepeatedEntry(oneSheet(), "xl/worksheets/sheet1.xml", SHEET_START, "<row/>", 8L << 20,
                "</sheetData></worksheet>", false);

        assertHostile(readFails(file, ReadOptions.defaults().withLimits(small)));
    }

    @Test
    void stopsHugeStructurePart() throws Exception {
        Path file = withRepeatedEntry(oneSheet(), "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\"?>"
                + "<Relationships xmlns=\"" + XlsxFixture.PACKAGE_REL_NS + "\">", "<!-- x -->", 20L << 20,
                "</Relationships>", true);

        assertHostile(readFails(file));
    }

    @Test
    void rejectsEntityExpansionAndExternalEntities() throws Exception {
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY a \"aaaaaaaaaa\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>"
                + "<worksheet xmlns=\"" + XlsxFixture.MAIN_NS + "\"><sheetData><row r=\"1\"><c r=\"A1\" "
                + "t=\"inlineStr\"><is><t>&c;</t></is></c></row></sheetData></worksheet>";
        Path inSheet = new XlsxFixture().entry("xl/worksheets/sheet1.xml", laughs).write(dir.resolve("hostile.xlsx"));
        assertHostile(readFails(inSheet));

        String external = "<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<sst xmlns=\"" + XlsxFixture.MAIN_NS + "\"><si><t>&x;</t></si></sst>";
        Path inStrings = new XlsxFixture().sharedStrings("").entry("xl/sharedStrings.xml", external)
                .sheet(1, "<sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row></sheetData>")
                .write(dir.resolve("hostile.xlsx"));
        assertHostile(readFails(inStrings));
    }

    @Test
    void stopsSharedStringTableOverDefaultCap() throws Exception {
        Random random = new Random(1);
        StringBuilder items = new StringBuilder();
        while (items.length() < 60_000) {
            items.append("<si><t>");
            for (int i = 0; i < 1000; i++) {
                items.append((char) ('a' + random.nextInt(26)));
            }
            items.append("</t></si>");
        }
        String head = "<?xml version=\"1.0\"?><sst xmlns=\"" + XlsxFixture.MAIN_NS + "\">";
        XlsxFixture fixture = new XlsxFixture().sharedStrings("")
                .sheet(1, "<sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row></sheetData>");
        Path file = withRepeatedEntry(fixture, "xl/sharedStrings.xml", head, items.toString(), 110L << 20,
                "</sst>", false);

        LedgerException e = readFails(file);
        assertEquals("hostile.xlsx 的共享字符串表超过 100000000 个字符的读取上限，文件可能已损坏或是恶意文件，"
                + "请确认来源后在 Excel 中重新保存", e.getMessage());
    }

    @Test
    void rejectsColumnsAndRowsPastExcelMaximum() throws Exception {
        Path wide = new XlsxFixture()
                .sheet(1, "<dimension ref=\"A1:ZZZZ1000000\"/><sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c>"
                        + "<c r=\"ZZZZ1\"><v>2</v></c></row></sheetData>")
                .write(dir.resolve("hostile.xlsx"));
        LedgerException columns = readFails(wide);
        assertTrue(columns.getMessage().startsWith("hostile.xlsx 表1!A1 之后的单元格位于第 "), columns.getMessage());
        assertTrue(columns.getMessage().contains("超出 Excel 的上限 16384 列"), columns.getMessage());

        Path tall = new XlsxFixture()
                .sheet(1, "<sheetData><row r=\"1048577\"><c r=\"A1048577\"><v>1</v></c></row></sheetData>")
                .write(dir.resolve("hostile.xlsx"));
        LedgerException rows = readFails(tall);
        assertTrue(rows.getMessage().startsWith("hostile.xlsx 表1!1048577 的行号超出 Excel 的上限 1048576 行"),
                rows.getMessage());
    }

    @Test
    void unreadableRowNumberNamesLastGoodRow() throws Exception {
        Path garbled = new XlsxFixture()
                .sheet(1, "<sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"2\"><c r=\"A2\"><v>2</v></c>"
                        + "</row><row r=\"x3\"><c r=\"A3\"><v>3</v></c></row></sheetData>")
                .write(dir.resolve("garbled.xlsx"));
        Path first = new XlsxFixture()
                .sheet(1, "<sheetData><row r=\"-4\"><c><v>1</v></c></row></sheetData>")
                .write(dir.resolve("first.xlsx"));

        assertTrue(readFails(garbled).getMessage().startsWith("garbled.xlsx 表1!2 之后的行的行号无效（不是正整数）"),
                readFails(garbled).getMessage());
        assertTrue(readFails(first).getMessage().startsWith("first.xlsx 工作表“表1”的第一行的行号无效"),
                readFails(first).getMessage());
    }

    @Test
    void stopsMergedRegionOverWholeSheet() throws Exception {
        Path file = new XlsxFixture()
                .sheet(1, "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>全表</t></is></c></row>"
                        + "</sheetData><mergeCells><mergeCell ref=\"A1:XFD1048576\"/></mergeCells>")
                .write(dir.resolve("hostile.xlsx"));

        LedgerException e = readFails(file);
        assertTrue(e.getMessage().startsWith("hostile.xlsx 的工作表“表1”超过 20000000 个单元格的读取上限"), e.getMessage());
    }

    @Test
    void rejectsDeepNestingAndHugeAttribute() throws Exception {
        Path deep = new XlsxFixture()
                .sheet(1, "<sheetData/>" + "<extLst>".repeat(10_000) + "</extLst>".repeat(10_000))
                .write(dir.resolve("hostile.xlsx"));
        assertHostile(readFails(deep));

        Path wide = withRepeatedEntry(oneSheet(), "xl/worksheets/sheet1.xml", SHEET_START + "<row r=\"1\" x=\"",
                "y", 20L << 20, "\"/></sheetData></worksheet>", true);
        assertHostile(readFails(wide));
    }
}
