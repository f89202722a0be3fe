package kaohe.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading .xlsx XML as other writers produce it: WPS, LibreOffice, Strict Open XML and hand-made files. */
class XlsxVariantsTest {

    @TempDir
    Path dir;

    private static final String DATE_STYLES = "<numFmts count=\"1\"><numFmt numFmtId=\"176\" "
            + "formatCode=\"yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;\"/></numFmts>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"14\"/></cellStyleXfs>"
            + "<cellXfs count=\"3\"><xf numFmtId=\"0\"/><xf numFmtId=\"176\"/><xf numFmtId=\"31\"/></cellXfs>";

    @Test
    void readsCellTypesOfEveryKind() throws Exception {
        Path file = new XlsxFixture()
                .sharedStrings("<si><t>共享</t></si><si><r><t>富</t></r><r><rPr><b/></rPr><t>文本</t></r>"
                        + "<rPh sb=\"0\" eb=\"1\"><t>フ</t></rPh></si><si><t>一_x000D_二_x005F_x000D_</t></si>")
                .styles(DATE_STYLES)
                .sheet(1, "<sheetData><row r=\"1\">"
                        + "<c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
                        + "<c r=\"C1\" t=\"s\"><v>2</v></c>"
                        + "<c r=\"D1\" t=\"inlineStr\"><is><r><t>内联</t></r><r><t>字符串</t></r></is></c>"
                        + "<c r=\"E1\" t=\"str\"><f>\"x\"&amp;\"y\"</f><v>xy</v></c>"
                        + "<c r=\"F1\" t=\"b\"><v>1</v></c><c r=\"G1\" t=\"e\"><v>#REF!</v></c>"
                        + "<c r=\"H1\" t=\"d\"><v>2018-06-01T00:00:00</v></c><c r=\"I1\" s=\"1\"><v>43252</v></c>"
                        + "<c r=\"J1\" s=\"2\"><v>43252</v></c><c r=\"K1\"><f>SUM(A2:A3)</f></c>"
                        + "<c r=\"L1\" t=\"s\"><v>99</v></c><c r=\"M1\" s=\"1\"/><c r=\"N1\"><v>0.1</v></c>"
                        + "</row></sheetData>")
                .write(dir.resolve("kinds.xlsx"));
        CollectingSink sink = CollectingSink.read(file);

        assertEquals("共享", sink.text("表1", "A1"));
        assertEquals("富文本", sink.text("表1", "B1"));
        assertEquals("一\r二_x000D_", sink.text("表1", "C1"));
        assertEquals("内联字符串", sink.text("表1", "D1"));
        assertEquals("xy", sink.text("表1", "E1"));
        assertEquals(RawCell.Kind.BOOLEAN, sink.cell("表1", "F1").kind());
        assertEquals("#REF!", sink.text("表1", "G1"));
        assertEquals(LocalDate.of(2018, 6, 1), sink.cell("表1", "H1").date());
        assertEquals(new BigDecimal("43252"), sink.cell("表1", "H1").number());
        assertEquals(LocalDate.of(2018, 6, 1), sink.cell("表1", "I1").date());
        assertEquals(LocalDate.of(2018, 6, 1), sink.cell("表1", "J1").date());
        assertEquals(RawCell.error(10, XlsxCells.NO_CACHED_VALUE), sink.cell("表1", "K1"));
        assertEquals(RawCell.error(11, XlsxCells.MISSING_SHARED_STRING), sink.cell("表1", "L1"));
        assertNull(sink.cell("表1", "M1"));
        assertEquals(new BigDecimal("0.1"), sink.cell("表1", "N1").number());
    }

    @Test
    void placesCellsAndRowsWithoutReferences() throws Exception {
        Path file = new XlsxFixture()
                .sheet(1, "<dimension ref=\"A1:ZZZZ1000000\"/><sheetData>"
                        + "<row><c t=\"inlineStr\"><is><t>a</t></is></c><c><v>2</v></c></row>"
                        + "<row r=\"5\"><c r=\"C5\"><v>3</v></c><c><v>4</v></c></row>"
                        + "<row><c><v>5</v></c></row></sheetData>")
                .write(dir.resolve("no-references.xlsx"));
        CollectingSink sink = CollectingSink.read(file);

        assertEquals(List.of(1, 5, 6), sink.rows("表1").stream().map(RawRow::rowNumber).toList());
        assertEquals("a", sink.text("表1", "A1"));
        assertEquals("2", sink.text("表1", "B1"));
        assertEquals("3", sink.text("表1", "C5"));
        assertEquals("4", sink.text("表1", "D5"));
        assertEquals("5", sink.text("表1", "A6"));
    }

    @Test
    void oddCellAttributesReadAsXercesReadsThem() throws Exception {
        String body = "<sheetData><row r=\" 2 \"><c r=\"a2\" s=\"+1\"><v>43253</v></c>"
                + "<c r=\"$C$2\" s=\" 01 \" t=\"n\"><v>7</v></c><c s=\"99999999999\"><v>8</v></c>"
                + "<c s=\"\"><v>9</v></c></row><row r=\"03\" hidden=\"1\"><c r=\"B3\" t=\"s\"><v>0</v></c></row>"
                + "<row><c><v>5</v></c></row></sheetData>";
        String worksheet = "<worksheet xmlns=\"" + XlsxFixture.MAIN_NS + "\">" + body + "</worksheet>";
        CollectingSink fromBytes = CollectingSink.read(new XlsxFixture().styles(DATE_STYLES)
                .sharedStrings("<si><t>共享</t></si>")
                .entry("xl/worksheets/sheet1.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + worksheet)
                .write(dir.resolve("utf8.xlsx")));
        CollectingSink fromXerces = CollectingSink.read(new XlsxFixture().styles(DATE_STYLES)
                .sharedStrings("<si><t>共享</t></si>")
                .entry("xl/worksheets/sheet1.xml", "<?xml version=\"1.0\" encoding=\"US-ASCII\"?>" + worksheet)
                .write(dir.resolve("ascii.xlsx")));

        assertEquals(List.of(2, 3, 4), fromBytes.rows("表1").stream().map(RawRow::rowNumber).toList());
        assertEquals(List.of(false, true, false), fromBytes.rows("表1").stream().map(RawRow::hidden).toList());
        assertEquals(LocalDate.of(2018, 6, 2), fromBytes.cell("表1", "A2").date());
        assertEquals(LocalDate.of(1900, 1, 7), fromBytes.cell("表1", "C2").date());
        assertEquals(RawCell.number(3, new BigDecimal("8")), fromBytes.cell("表1", "D2"));
        assertEquals(RawCell.number(4, new BigDecimal("9")), fromBytes.cell("表1", "E2"));
        assertEquals("共享", fromBytes.text("表1", "B3"));
        assertEquals("5", fromBytes.text("表1", "A4"));
        assertEquals(fromBytes.rowsBySheet, fromXerces.rowsBySheet);
    }

    @Test
    void readsStrictOpenXml() throws Exception {
        Path file = new XlsxFixture().strict()
                .workbookProperties("<workbookPr date1904=\"true\"/>")
                .sharedStrings("<si><t>严格</t></si>")
                .styles(DATE_STYLES)
                .sheet(1, "<sheetData><row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c><c r=\"B2\" s=\"1\"><v>41790</v></c>"
                        + "</row></sheetData><mergeCells count=\"1\"><mergeCell ref=\"A2:A3\"/></mergeCells>")
                .write(dir.resolve("strict.xlsx"));
        CollectingSink sink = CollectingSink.read(file);

        assertTrue(sink.sheets.get(0).date1904());
        assertEquals("严格", sink.text("表1", "A2"));
        assertEquals("严格", sink.text("表1", "A3"));
        assertEquals(LocalDate.of(2018, 6, 1), sink.cell("表1", "B2").date());
    }

    @Test
    void readsWithoutStylesSharedStringsOrDimension() throws Exception {
        Path file = new XlsxFixture()
                .sheet(1, "<sheetData><row r=\"1\"><c r=\"A1\" s=\"3\"><v>43252</v></c></row></sheetData>")
                .write(dir.resolve("bare.xlsx"));
        CollectingSink sink = CollectingSink.read(file);

        assertEquals(RawCell.number(0, new BigDecimal("43252")), sink.cell("表1", "A1"));
    }

    @Test
    void readsWpsCorePropertiesThatPoiRejects() throws Exception {
        String packageRels = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\""
                + XlsxFixture.PACKAGE_REL_NS + "\"><Relationship Id=\"rId1\" Type=\"" + XlsxFixture.REL_NS
                + "/officeDocument\" Target=\"xl/workbook.xml\"/><Relationship Id=\"rId2\" "
                + "Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" "
                + "Target=\"docProps/core.xml\"/></Relationships>";
        String coreProperties = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><cp:coreProperties "
                + "xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
                + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
                + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
                + "<dc:creator>WPS</dc:creator><dc:creator>again</dc:creator><dc:title xml:lang=\"zh-CN\">台账</dc:title>"
                + "<dcterms:created>2018-06-01T00:00:00Z</dcterms:created>"
                + "</cp:coreProperties>";
        Path file = new XlsxFixture()
                .entry("_rels/.rels", packageRels)
                .entry("docProps/core.xml", coreProperties)
                .sheet(1, "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>WPS</t></is></c></row>"
                        + "</sheetData>")
                .write(dir.resolve("wps.xlsx"));
        assertThrows(InvalidFormatException.class, () -> OPCPackage.open(file.toFile(), PackageAccess.READ),
                "POI should reject this file");
        CollectingSink sink = CollectingSink.read(file);

        assertEquals("WPS", sink.text("表1", "A1"));
    }

    /** Returns the workbook relationships part with one relationship rId1 of the type to the target. */
    private static String oneRelationship(String type, String target) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"" + XlsxFixture.PACKAGE_REL_NS
                + "\"><Relationship Id=\"rId1\" Type=\"" + type + "\" Target=\"" + target + "\"/></Relationships>";
    }

    /** Returns a whole worksheet part whose first row contains the one cell given as XML. */
    private static String oneCellSheet(String cell) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + XlsxFixture.MAIN_NS
                + "\"><sheetData><row r=\"1\">" + cell + "</row></sheetData></worksheet>";
    }

    @Test
    void sheetPartWithPercentEncodedName() throws Exception {
        String relationships = oneRelationship(XlsxFixture.REL_NS + "/worksheet", "worksheets/%E8%A1%A8%E4%B8%80.xml");
        Path file = new XlsxFixture()
                .entry("xl/_rels/workbook.xml.rels", relationships)
                .entry("xl/worksheets/表一.xml", oneCellSheet("<c r=\"A1\" t=\"inlineStr\"><is><t>编码</t></is></c>"))
                .write(dir.resolve("encoded.xlsx"));
        CollectingSink sink = CollectingSink.read(file);

        assertEquals("编码", sink.text("表1", "A1"));
    }

    @Test
    void entryNamesWithBackslashes() throws Exception {
        Path file = new XlsxFixture().backslashNames()
                .sheet(1, "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>反斜杠</t></is></c></row>"
                        + "</sheetData>")
                .write(dir.resolve("backslash.xlsx"));
        CollectingSink sink = CollectingSink.read(file);

        assertEquals("反斜杠", sink.text("表1", "A1"));
    }

    @Test
    void entryNameWithPercentEscapesAsWritten() throws Exception {
        String relationships = oneRelationship(XlsxFixture.REL_NS + "/worksheet", "worksheets/%E8%A1%A8.xml");
        Path file = new XlsxFixture()
                .entry("xl/_rels/workbook.xml.rels", relationships)
                .entry("xl/worksheets/%E8%A1%A8.xml", oneCellSheet("<c r=\"A1\"><v>7</v></c>"))
                .write(dir.resolve("escaped-entry.xlsx"));
        CollectingSink sink = CollectingSink.read(file);

        assertEquals(new BigDecimal("7"), sink.cell("表1", "A1").number());
    }

    @Test
    void worksheetTypeInOtherCaseStillRead() throws Exception {
        String relationships = oneRelationship(" " + XlsxFixture.REL_NS + "/Worksheet ", "worksheets/sheet1.xml");
        Path file = new XlsxFixture()
                .sheet(1, "<sheetData><row r=\"1\"><c r=\"A1\"><v>5</v></c></row></sheetData>")
                .entry("xl/_rels/workbook.xml.rels", relationships)
                .write(dir.resolve("type-case.xlsx"));
        CollectingSink sink = CollectingSink.read(file);

        assertEquals(new BigDecimal("5"), sink.cell("表1", "A1").number());
    }

    @Test
    void missingSharedStringsPartNamed() throws Exception {
        Path file = new XlsxFixture().sharedStrings("<si><t>标题</t></si>").without("xl/sharedStrings.xml")
                .sheet(1, "<sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row></sheetData>")
                .write(dir.resolve("lost-strings.xlsx"));
        LedgerException e = assertThrows(LedgerException.class, () -> CollectingSink.read(file));

        assertTrue(e.getMessage().contains("lost-strings.xlsx"), e.getMessage());
        assertTrue(e.getMessage().contains("sharedStrings.xml"), e.getMessage());
    }

    @Test
    void readsSheetsInWorkbookOrderWithSinkSkipping() throws Exception {
        Path file = new XlsxFixture()
                .sheets("<sheet name=\"二\" sheetId=\"2\" r:id=\"rId2\"/><sheet name=\"一\" sheetId=\"1\" r:id=\"rId1\"/>"
                        + "<sheet name=\"藏\" sheetId=\"3\" state=\"veryHidden\" r:id=\"rId1\"/>")
                .sheet(1, "<sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row></sheetData>")
                .sheet(2, "<sheetData><row r=\"1\"><c r=\"A1\"><v>2</v></c></row></sheetData>")
                .write(dir.resolve("order.xlsx"));
        CollectingSink skipFirst = new CollectingSink() {
            @Override
            public boolean startSheet(SheetInfo sheet) {
                super.startSheet(sheet);
                return !sheet.sheet().equals("二");
            }
        };
        new WorkbookReader(ReadOptions.defaults()).read(file, skipFirst);

        assertEquals(List.of("start 二", "start 一", "end 一"), skipFirst.events);
        assertEquals(List.of(), skipFirst.rows("二"));
        assertEquals("1", skipFirst.text("一", "A1"));
    }
}
