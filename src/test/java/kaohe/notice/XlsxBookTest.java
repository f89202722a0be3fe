package kaohe.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
    void escapesMarksOnly() {
        assertEquals("a &lt;b&gt; &amp; &quot;c&quot; 'd'", XlsxBook.escape("a <b> & \"c\" 'd'"));
        assertEquals("萧山", XlsxBook.escape("萧山"));
    }

    @Test
    void rowsOnlyTopToBottom() {
        XlsxSheet sheet = new XlsxBook().addSheet("表");
        sheet.startRow(3, 0);
        assertThrows(IllegalStateException.class, () -> sheet.startRow(3, 0));
        assertThrows(IllegalStateException.class, () -> sheet.startRow(1, 0));
    }

    @Test
    void absoluteReference() {
        assertEquals("$A$2:$O$31", XlsxSheet.absolute("A2:O31"));
        assertEquals("AB12", XlsxSheet.cell(11, 27));
    }
}
