package kaohe.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files whose content does not match their extension, or that are not workbooks at all. */
class FileProblemsTest {

    @TempDir
    Path dir;

    private LedgerException readFails(Path file) {
        LedgerException e = assertThrows(LedgerException.class, () -> CollectingSink.read(file));
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertFalse(e.getMessage().contains("Exception"), e.getMessage());
        return e;
    }

    private Path file(String name, String content, Charset charset) throws Exception {
        return Files.write(dir.resolve(name), content.getBytes(charset));
    }

    @Test
    void readsXlsxNamedXlsAndXlsNamedXlsx() throws Exception {
        XSSFWorkbook xlsx = new XSSFWorkbook();
        xlsx.createSheet("甲").createRow(0).createCell(0).setCellValue("xlsx content");
        HSSFWorkbook xls = new HSSFWorkbook();
        xls.createSheet("乙").createRow(0).createCell(0).setCellValue("xls content");

        Path xlsxNamedXls = XlsxReadingTest.write(xlsx, dir.resolve("really-xlsx.xls"));
        Path xlsNamedXlsx = XlsxReadingTest.write(xls, dir.resolve("really-xls.xlsx"));

        assertEquals("xlsx content", CollectingSink.read(xlsxNamedXls).text("甲", "A1"));
        assertEquals("xls content", CollectingSink.read(xlsNamedXlsx).text("乙", "A1"));
    }

    @Test
    void rejectsHtmlSavedAsXls() throws Exception {
        Path file = file("2018-06.xls", "\uFEFF  <html><body><table><tr><td>1</td></tr></table></body></html>",
                StandardCharsets.UTF_8);
        assertEquals("2018-06.xls 实际上是网页文件（HTML），请在 Excel 中打开后另存为 .xlsx 再试", readFails(file).getMessage());
    }

    @Test
    void rejectsTextCsvAndXmlSpreadsheets() throws Exception {
        Path gbkCsv = file("gbk.xls", "单位,数量\r\n城厢街道,3\r\n", Charset.forName("GBK"));
        Path utf16 = dir.resolve("unicode.xlsx");
        byte[] body = "单位\t数量\r\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[body.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(body, 0, withBom, 2, body.length);
        Files.write(utf16, withBom);
        Path xml2003 = file("2003.xls", "<?xml version=\"1.0\"?><?mso-application progid=\"Excel.Sheet\"?>"
                + "<Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\"></Workbook>",
                StandardCharsets.UTF_8);
        Path mhtml = file("page.xls", "MIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n",
                StandardCharsets.US_ASCII);

        assertTrue(readFails(gbkCsv).getMessage().startsWith("gbk.xls 实际上是文本文件"));
        assertTrue(readFails(utf16).getMessage().startsWith("unicode.xlsx 实际上是文本文件"));
        assertTrue(readFails(xml2003).getMessage().startsWith("2003.xls 实际上是 XML 表格"));
        assertTrue(readFails(mhtml).getMessage().startsWith("page.xls 实际上是单个网页文件"));
    }

    @Test
    void rejectsEmptyMissingAndDirectory() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.xlsx"));
        Path missing = dir.resolve("missing.xlsx");

        assertEquals("empty.xlsx 是空文件（0 字节），请重新保存或重新下载该文件", readFails(empty).getMessage());
        assertTrue(readFails(missing).getMessage().startsWith("找不到文件 "), readFails(missing).getMessage());
        assertTrue(readFails(missing).getMessage().contains("missing.xlsx"));
        assertTrue(readFails(dir).getMessage().contains("是文件夹"));
    }

    @Test
    void rejectsTruncatedAndCorruptZips() throws Exception {
        XSSFWorkbook workbook = new XSSFWorkbook();
        workbook.createSheet("甲").createRow(0).createCell(0).setCellValue("x");
        byte[] whole = Files.readAllBytes(XlsxReadingTest.write(workbook, dir.resolve("whole.xlsx")));
        Path truncated = Files.write(dir.resolve("truncated.xlsx"), Arrays.copyOf(whole, whole.length / 2));
        byte[] garbage = whole.clone();
        for (int i = 30; i < garbage.length - 30; i++) {
            garbage[i] = (byte) (i * 31);
        }
        Path corrupt = Files.write(dir.resolve("corrupt.xlsx"), garbage);

        LedgerException truncatedError = readFails(truncated);
        assertTrue(truncatedError.getMessage().startsWith("truncated.xlsx "), truncatedError.getMessage());
        assertTrue(truncatedError.getMessage().contains("损坏"), truncatedError.getMessage());
        assertNotNull(truncatedError.getCause());
        LedgerException corruptError = readFails(corrupt);
        assertTrue(corruptError.getMessage().startsWith("corrupt.xlsx "), corruptError.getMessage());
        assertTrue(corruptError.getMessage().contains("损坏"), corruptError.getMessage());
    }

    @Test
    void rejectsOtherZipAndOfficeFiles() throws Exception {
        Path docx = dir.resolve("letter.xlsx");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(docx))) {
            out.putNextEntry(new ZipEntry("word/document.xml"));
            out.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        Path lockFile = file("~$2018-06.xlsx", "\u0005admin", StandardCharsets.US_ASCII);

        assertTrue(readFails(docx).getMessage().startsWith("letter.xlsx 实际上是 Word 文件"), readFails(docx).getMessage());
        assertTrue(readFails(lockFile).getMessage().contains("临时文件"), readFails(lockFile).getMessage());
    }

    @Test
    void sinkExceptionPropagatesUnchanged() throws Exception {
        XSSFWorkbook workbook = new XSSFWorkbook();
        workbook.createSheet("甲").createRow(0).createCell(0).setCellValue("x");
        Path file = XlsxReadingTest.write(workbook, dir.resolve("sink.xlsx"));
        IllegalStateException thrown = new IllegalStateException("sink failed");
        RowSink failing = new CollectingSink() {
            @Override
            public void row(RawRow row) {
                throw thrown;
            }
        };

        IllegalStateException caught = assertThrows(IllegalStateException.class,
                () -> new WorkbookReader(ReadOptions.defaults()).read(file, failing));
        assertSame(thrown, caught);
    }
}
