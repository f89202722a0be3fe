package kaohe.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Merged regions found by scanning a worksheet's bytes, and the cases the scan leaves to a parse. */
class MergeCellScanTest {

    @TempDir
    Path dir;

    private static ReadLimits mergeLimit(int regions) {
        ReadLimits d = ReadLimits.defaults();
        return new ReadLimits(d.maxRows(), d.maxColumns(), d.maxCellsPerSheet(), regions, d.maxCellChars(),
                d.maxSharedStrings(), d.maxSharedStringChars(), d.maxPartBytes(), d.minInflateRatio(), d.maxXlsBytes());
    }

    private static MergedRegions scanned(String xml, ReadLimits limits) throws Exception {
        MergedRegions merges = new MergedRegions(limits, "f.xlsx 表1");
        byte[] part = xml.getBytes(StandardCharsets.UTF_8);
        assertTrue(MergeCellScan.scan(new ByteArrayInputStream(part), merges), xml);
        return merges;
    }

    private static boolean scans(byte[] part) throws Exception {
        return MergeCellScan.scan(new ByteArrayInputStream(part), new MergedRegions(ReadLimits.defaults(), "f 表1"));
    }

    /** Reads a workbook whose first worksheet part is {@code part}. */
    private CollectingSink read(String part) throws Exception {
        Path file = new XlsxFixture().entry("xl/worksheets/sheet1.xml", part).write(dir.resolve("merged.xlsx"));
        return CollectingSink.read(file);
    }

    private static String sheet(String tail) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + XlsxFixture.MAIN_NS + "\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row></sheetData>" + tail + "</worksheet>";
    }

    @Test
    void findsMergeCellsWrittenInEveryWay() throws Exception {
        MergedRegions merges = scanned(sheet("<mergeCells count=\"5\"><mergeCell ref=\"A2:A3\"/>"
                + "<x:mergeCell xmlns:x=\"u\" ref='B2:C2'></x:mergeCell><mergeCell  ref = \"D4:D6\" />"
                + "<mergeCell\r\n\tfoo=\"a>b\" ref=\"E5:F5\"\n/><mergeCell ref=\"G7\"/><mergeCellx ref=\"H1:H2\"/>"
                + "</mergeCells>"), ReadLimits.defaults());

        assertEquals(List.of(new MergedRegions.Region(2, 3, 0, 0), new MergedRegions.Region(2, 2, 1, 2),
                new MergedRegions.Region(4, 6, 3, 3), new MergedRegions.Region(5, 5, 4, 5)), merges.byFirstRow());
    }

    @Test
    void findsMergeCellsAcrossBufferBoundaries() throws Exception {
        StringBuilder tail = new StringBuilder("<mergeCells>");
        for (int row = 1; row <= 9000; row++) {
            tail.append("<mergeCell ref=\"A").append(row * 2).append(":B").append(row * 2).append("\"/>");
        }
        MergedRegions merges = scanned(sheet(tail.append("</mergeCells>").toString()), ReadLimits.defaults());

        assertEquals(9000, merges.byFirstRow().size());
        assertEquals(new MergedRegions.Region(18000, 18000, 0, 1), merges.byFirstRow().get(8999));
    }

    @Test
    void leavesUnusualPartsToTheParser() throws Exception {
        assertFalse(scans(sheet("<!-- <mergeCell ref=\"A1:B2\"/> -->").getBytes(StandardCharsets.UTF_8)));
        assertFalse(scans(sheet("<mergeCell ref=\"&#65;1:B2\"/>").getBytes(StandardCharsets.UTF_8)));
        assertFalse(scans(sheet("<mergeCell ref=\"A1:B2" + " ".repeat(70) + "\"/>").getBytes(StandardCharsets.UTF_8)));
        assertFalse(scans(sheet("<mergeCell ref=\"A1:B2\" ref=\"A1:B3\"/>").getBytes(StandardCharsets.UTF_8)));
        assertFalse(scans(sheet("<mergeCell ref=A1:B2/>").getBytes(StandardCharsets.UTF_8)));
        assertFalse(scans(sheet("").getBytes(StandardCharsets.UTF_16)));
        assertTrue(scans(sheet("<?pi <mergeCell ref=\"A1:B2\"/>?>").getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void mergeLimitHolds() {
        LedgerException e = assertThrows(LedgerException.class, () -> scanned(sheet("<mergeCells>"
                + "<mergeCell ref=\"A1:A2\"/><mergeCell ref=\"B1:B2\"/><mergeCell ref=\"C1:C2\"/></mergeCells>"),
                mergeLimit(2)));

        assertEquals("f.xlsx 表1 的合并单元格超过 2 处的读取上限，文件可能已损坏，请在 Excel 中检查后重新保存", e.getMessage());
    }

    @Test
    void prefixedAndCommentedSheetsRepeatMergedValues() throws Exception {
        String rows = "<x:sheetData><x:row r=\"2\"><x:c r=\"A2\" t=\"inlineStr\"><x:is><x:t>合并</x:t></x:is></x:c>"
                + "</x:row></x:sheetData>";
        String merge = "<x:mergeCells><x:mergeCell ref = 'A2:A4'/></x:mergeCells>";
        for (String comment : List.of("", "<!-- a comment makes the scan give up -->")) {
            CollectingSink sink = read("<?xml version=\"1.0\"?><x:worksheet xmlns:x=\"" + XlsxFixture.MAIN_NS + "\">"
                    + comment + rows + merge + "</x:worksheet>");

            assertEquals("合并", sink.text("表1", "A3"), comment);
            assertEquals("合并", sink.text("表1", "A4"), comment);
        }
    }

    @Test
    void extensionMergeCellsMergeNothing() throws Exception {
        String rows = "<sheetData><row r=\"4\"><c r=\"B4\" t=\"inlineStr\"><is><t>上</t></is></c></row>"
                + "<row r=\"5\"><c r=\"B5\" t=\"inlineStr\"><is><t>下</t></is></c></row></sheetData>";
        String extensions = "<extLst><ext uri=\"{X}\" xmlns:q=\"urn:q\"><q:mergeCell ref=\"B4:B6\"/></ext></extLst>";
        for (String comment : List.of("", "<!-- a comment makes the scan give up -->")) {
            CollectingSink sink = read("<?xml version=\"1.0\"?><worksheet xmlns=\"" + XlsxFixture.MAIN_NS + "\">"
                    + comment + rows + extensions + "</worksheet>");

            assertEquals("下", sink.text("表1", "B5"), comment);
        }
    }
}
