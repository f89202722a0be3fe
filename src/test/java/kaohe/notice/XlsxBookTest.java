package kaohe.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The parts of {@link XlsxBook} and {@link XlsxSheet} that a notice read back with POI does not show. */
class XlsxBookTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "排名|排名!",
        "得分明细|得分明细!",
        "Sheet_1.a|Sheet_1.a!",
        "第 1 表|'第 1 表'!",
        "2018年|'2018年'!",
        "A1|'A1'!",
        "xfd1048576|'xfd1048576'!",
        "R1C1|'R1C1'!",
        "RC|'RC'!",
        "单位'表|'单位''表'!",
        "ABCD1|ABCD1!"})
    void sheetNameQuotedWhereExcelQuotesIt(String name, String prefix) {
        assertEquals(prefix, XlsxBook.sheetPrefix(name));
    }

    @Test
    void escapesMarks() {
        assertEquals("a &lt;b&gt; &amp; &quot;c&quot; 'd'", XlsxBook.escape("a <b> & \"c\" 'd'"));
        assertEquals("萧山", XlsxBook.escape("萧山"));
    }

    @Test
    void replacesWhatXmlCannotCarry() {
        assertEquals("控?制?", XlsxBook.escape("控\u0001制\u001F"));
        assertEquals("非??", XlsxBook.escape("非\uFFFE\uFFFF"));
        assertEquals("?高?低", XlsxBook.escape("\uD800高\uDC00低"));
        assertEquals("𠀀\t\r\n", XlsxBook.escape("𠀀\t\r\n"));
    }

    @Test
    void chartWithHostileNamesIsWellFormed() throws Exception {
        ColumnChart chart = new ColumnChart("A类<&>", "分", "'排名'!$B$4:$B$5", List.of("区\uFFFE局", "镇\u0001&"),
                new ColumnChart.Series("累计得分", "'排名'!$F$4:$F$5", List.of(45.0, 7.5)),
                new ColumnChart.Series("目标分", "'排名'!$G$4:$G$5", List.of(60.0, 60.0)));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);

        Document xml = factory.newDocumentBuilder().parse(new InputSource(new StringReader(chart.xml())));

        NodeList values = xml.getElementsByTagNameNS(ColumnChart.CHART_NAMESPACE, "v");
        assertEquals("累计得分", values.item(0).getTextContent());
        assertEquals("区?局", values.item(1).getTextContent());
        assertEquals("镇?&", values.item(2).getTextContent());
        assertEquals("45", values.item(3).getTextContent());
        assertEquals("7.5", values.item(4).getTextContent());
    }

    @Test
    void rowsOnlyTopToBottom() {
        XlsxSheet sheet = new XlsxBook().addSheet("表");
        sheet.startRow(3, 0);
        assertThrows(IllegalStateException.class, () -> sheet.startRow(3, 0));
        assertThrows(IllegalStateException.class, () -> sheet.startRow(1, 0));
    }

    @Test
    void lineOfOnePointHasMarker() {
        ColumnChart.Series bars = new ColumnChart.Series("累计得分", "'排名'!$F$4:$F$4", List.of(-50.0));
        ColumnChart.Series target = new ColumnChart.Series("目标分", "'排名'!$G$4:$G$4", List.of(60.0));
        ColumnChart oneUnit = new ColumnChart("C类", "分", "'排名'!$B$4:$B$4", List.of("瓜沥镇"), bars, target);
        ColumnChart twoUnits = new ColumnChart("C类", "分", "'排名'!$B$4:$B$5", List.of("瓜沥镇", "党湾镇"),
                new ColumnChart.Series("累计得分", "'排名'!$F$4:$F$5", List.of(10.0, 5.0)),
                new ColumnChart.Series("目标分", "'排名'!$G$4:$G$5", List.of(60.0, 60.0)));

        assertTrue(oneUnit.xml().contains("<c:marker><c:symbol val=\"dash\"/><c:size val=\"20\"/>"));
        assertTrue(twoUnits.xml().contains("<c:marker><c:symbol val=\"none\"/></c:marker>"));
    }

    @Test
    void absoluteReference() {
        assertEquals("$A$2:$O$31", XlsxSheet.absolute("A2:O31"));
        assertEquals("AB12", XlsxSheet.cell(11, 27));
    }
}
