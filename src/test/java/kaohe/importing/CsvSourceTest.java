package kaohe.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kaohe.ledger.LedgerException;
import kaohe.ledger.RawRow;

class CsvSourceTest {

    @TempDir
    Path folder;

    @Test
    void gbkWithoutMarkerIsDecoded() throws Exception {
        Path file = folder.resolve("gbk.csv");
        Files.write(file, "单位,信息标题\r\n区民政局,“养老服务”一次办\r\n".getBytes(Charset.forName("GBK")));

        SourceSheet sheet = CsvSource.read(file);

        assertEquals(2, sheet.rows().size());
        assertEquals("单位", sheet.rows().get(0).cell(0).text());
        assertEquals("“养老服务”一次办", sheet.rows().get(1).cell(1).text());
        assertNull(sheet.info().sheet());
    }

    @Test
    void utf8BomQuotesAndBackslash() throws Exception {
        Path file = folder.resolve("bom.csv");
        String text = "\uFEFF单位,信息标题,备注\r\n"
                + "区民政局,\"他说\"\"一次办\"\"，好\",C:\\台账\\6月\r\n"
                + "区民政局,\"两行\r\n标题\",\"末尾\\\"\r\n";
        Files.write(file, text.getBytes(StandardCharsets.UTF_8));

        SourceSheet sheet = CsvSource.read(file);

        assertEquals("单位", sheet.rows().get(0).cell(0).text());
        RawRow quoted = sheet.rows().get(1);
        assertEquals("他说\"一次办\"，好", quoted.cell(1).text());
        assertEquals("C:\\台账\\6月", quoted.cell(2).text());
        RawRow multiline = sheet.rows().get(2);
        assertEquals(3, multiline.rowNumber());
        assertEquals("两行\n标题", multiline.cell(1).text());
        assertEquals("末尾\\", multiline.cell(2).text());
    }

    @Test
    void utf8WithoutBomIsNotReadAsGbk() throws Exception {
        assertEquals("区民政局", CsvSource.decode("a.csv", "区民政局".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void blankLinesAreSkippedButCounted() throws Exception {
        Path file = folder.resolve("blank.csv");
        Files.write(file, "单位,信息标题\r\n,\r\n区民政局,标题\r\n".getBytes(StandardCharsets.UTF_8));

        SourceSheet sheet = CsvSource.read(file);

        assertEquals(2, sheet.rows().size());
        assertEquals(3, sheet.rows().get(1).rowNumber());
    }

    @Test
    void neitherEncodingIsRejected() {
        byte[] utf16 = "\uFEFF单位,信息标题".getBytes(StandardCharsets.UTF_16LE);
        byte[] invalid = {(byte) 0x81, 0x20, 0x41};
        for (byte[] bytes : new byte[][] {utf16, invalid}) {
            LedgerException error = assertThrows(LedgerException.class, () -> CsvSource.decode("x.csv", bytes));
            assertTrue(error.getMessage().startsWith("x.csv：既不是 UTF-8 编码也不是 GB18030（GBK）编码"),
                    error.getMessage());
            assertTrue(error.getMessage().contains("CSV UTF-8"), error.getMessage());
        }
    }

    @Test
    void bomWithBrokenUtf8IsRejected() {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xC4, (byte) 0xE3};
        assertThrows(LedgerException.class, () -> CsvSource.decode("x.csv", bytes));
    }
}
