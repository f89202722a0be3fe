package kaohe.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RelationshipsTest {

    @Test
    void relativeTargetResolvedAgainstSourceFolder() {
        assertEquals("xl/worksheets/sheet1.xml", Relationships.resolve("xl/workbook.xml", "worksheets/sheet1.xml"));
        assertEquals("xl/styles.xml", Relationships.resolve("xl/workbook.xml", "./styles.xml"));
        assertEquals("docProps/core.xml", Relationships.resolve("xl/workbook.xml", "../docProps/core.xml"));
    }

    @Test
    void absoluteAndBackslashTargets() {
        assertEquals("xl/worksheets/sheet1.xml", Relationships.resolve("xl/workbook.xml", "/xl/worksheets/sheet1.xml"));
        assertEquals("xl/worksheets/sheet1.xml", Relationships.resolve("xl/workbook.xml", "worksheets\\sheet1.xml"));
    }

    @Test
    void percentEscapesDecodedAsUtf8() {
        assertEquals("xl/worksheets/表一.xml",
                Relationships.resolve("xl/workbook.xml", "worksheets/%E8%A1%A8%e4%b8%80.xml"));
        assertEquals("xl/my sheet.xml", Relationships.resolve("xl/workbook.xml", "my%20sheet.xml"));
    }

    @Test
    void brokenEscapesKeptAsWritten() {
        assertEquals("100%.xml", Relationships.percentDecoded("100%.xml"));
        assertEquals("a%zz.xml", Relationships.percentDecoded("a%zz.xml"));
        assertEquals("a%4", Relationships.percentDecoded("a%4"));
        assertEquals("表%", Relationships.percentDecoded("表%"));
    }

    @Test
    void charactersOutsideBmpSurviveDecoding() {
        assertEquals("xl/worksheets/😀 1.xml", Relationships.resolve("xl/workbook.xml", "worksheets/😀%201.xml"));
    }

    @Test
    void fragmentAndQueryDropped() {
        assertEquals("xl/worksheets/sheet1.xml", Relationships.resolve("xl/workbook.xml", "worksheets/sheet1.xml#x"));
        assertEquals("xl/worksheets/sheet1.xml", Relationships.resolve("xl/workbook.xml", "worksheets/sheet1.xml?a#b"));
    }

    @Test
    void escapedHashStaysInName() {
        assertEquals("xl/worksheets/a#b.xml", Relationships.resolve("xl/workbook.xml", "worksheets/a%23b.xml#x"));
    }

    @Test
    void escapedTargetKeepsEscapes() {
        assertEquals("xl/worksheets/%E8%A1%A8.xml",
                Relationships.resolveEscaped("xl/workbook.xml", "worksheets/%E8%A1%A8.xml"));
    }

    @Test
    void typeComparedWithoutCaseOrSpace() {
        assertTrue(Relationships.isOfType(" http://x/relationships/Worksheet ", "/worksheet"));
        assertFalse(Relationships.isOfType("http://x/relationships/chartsheet", "/worksheet"));
        assertFalse(Relationships.isOfType(null, "/worksheet"));
    }
}
