package kaohe.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link XlsxCells}: shared-string indexes read without strings, and number cells made once per value. */
class XlsxCellsTest {

    private static XlsxCells cells() throws Exception {
        String table = "<sst xmlns=\"" + XlsxFixture.MAIN_NS + "\"><si><t>零</t></si><si><t>一</t></si>"
                + "<si><t>二</t></si><si><t></t></si></sst>";
        SharedStrings strings = SharedStrings.parse(new ByteArrayInputStream(table.getBytes(StandardCharsets.UTF_8)),
                ReadLimits.defaults(), "f.xlsx");
        return new XlsxCells(strings, CellStyles.none(), false);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "0|零", "1|一", "' 2 '|二", "002|二", "+1|一", "'\u0661'|一", "3|", "4|#共享字符串缺失", "-1|#共享字符串缺失",
        "''|#共享字符串缺失", "' '|#共享字符串缺失", "1.0|#共享字符串缺失", "0000000001|一", "2147483648|#共享字符串缺失",
        "99999999999999999999|#共享字符串缺失"
    })
    void sharedStringIndexMatchesParseInt(String index, String expected) throws Exception {
        RawCell cell = cells().sharedString(2, new StringBuilder(index));

        assertEquals(expected, cell == null ? null : cell.text());
        assertEquals(cell, cells().toCell(2, "s", 0, index, false));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "7|7", "' 12 '|12", "000000042|42", "999999999|999999999", "1000000000|-1", "+1|-1", "-1|-1", "''|-1",
        "1 2|-1", "'\u0661'|-1"
    })
    void plainIndexesAreAtMostNineAsciiDigits(String value, int expected) {
        assertEquals(expected, XlsxCells.plainIndex(value));
    }

    @Test
    void repeatedNumbersGiveEqualCellsAtTheirColumns() throws Exception {
        XlsxCells cells = cells();

        RawCell first = cells.toCell(1, null, 0, "43253.0", false);
        RawCell again = cells.toCell(1, "n", 0, "43253", false);
        RawCell elsewhere = cells.toCell(4, null, 0, "43253.0", false);

        assertEquals(RawCell.number(1, new BigDecimal("43253")), first);
        assertSame(first, again);
        assertEquals(RawCell.number(4, new BigDecimal("43253")), elsewhere);
        assertEquals(RawCell.number(1, new BigDecimal("4.6")), cells.toCell(1, null, 0, "4.6000000000000005", false));
    }

    @Test
    void dateFormatMakesNumberADate() throws Exception {
        String styles = "<styleSheet xmlns=\"" + XlsxFixture.MAIN_NS + "\"><cellXfs count=\"2\"><xf numFmtId=\"0\"/>"
                + "<xf numFmtId=\"14\"/></cellXfs></styleSheet>";
        XlsxCells cells = new XlsxCells(SharedStrings.none(),
                CellStyles.parse(new ByteArrayInputStream(styles.getBytes(StandardCharsets.UTF_8))), false);

        RawCell plain = cells.toCell(0, null, 0, "43253", false);
        RawCell date = cells.toCell(0, null, 1, "43253", false);

        assertEquals(RawCell.number(0, new BigDecimal("43253")), plain);
        assertEquals(RawCell.date(0, new BigDecimal("43253"), LocalDate.of(2018, 6, 2)), date);
        assertEquals(plain, cells.toCell(0, null, 0, "43253", false));
    }
}
