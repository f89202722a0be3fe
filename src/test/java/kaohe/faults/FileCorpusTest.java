package kaohe.faults;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that are not the workbook they claim to be, damaged or locked, run through {@code kaohe score}.
 * Each failure exits 1 with one line that names the file, and writes nothing.
 */
class FileCorpusTest {

    private static final String PASSWORD = "台账2018";

    @TempDir
    Path folder;

    private static byte[] validXlsx() throws Exception {
        try (Book book = Book.withAdoption()) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            book.workbook().write(bytes);
            return bytes.toByteArray();
        }
    }

    private void assertNothingWritten() {
        ScoreRun.assertNotWritten(folder, "2018-06-通报.xlsx");
        ScoreRun.assertNotWritten(folder, "2018-06-通报.txt");
        ScoreRun.assertNotWritten(folder, "排名.csv");
    }

    private ScoreRun assertRejected(Path ledger, String... parts) {
        ScoreRun run = ScoreRun.ledger(ledger).assertExit(1).assertLine(parts);
        assertNothingWritten();
        return run;
    }

    @Test
    void xlsxNamedXlsScores() throws Exception {
        Path ledger = Files.write(folder.resolve("2018-06.xls"), validXlsx());

        ScoreRun.ledger(ledger).assertExit(0);

        RankingLines.read(ScoreRun.csvOf(ledger)).assertScore("区发改局", "10");
    }

    @Test
    void xlsNamedXlsxScores() throws Exception {
        Path ledger;
        try (Book book = Book.xls()) {
            book.sheet("录用").row("单位", "信息标题", "录用刊物", "录用日期")
                    .row("区发改委", "投资项目审批提速", "萧山信息•专报", "2018-06-05");
            ledger = book.write(folder.resolve("2018-06.xlsx"));
        }

        ScoreRun.ledger(ledger).assertExit(0);

        RankingLines.read(ScoreRun.csvOf(ledger)).assertScore("区发改局", "10");
    }

    @Test
    void htmlSavedAsXlsIsRejected() throws Exception {
        Path ledger = Files.writeString(folder.resolve("2018-06.xls"), "<html><head><meta charset=\"utf-8\"></head>"
                + "<body><table><tr><td>单位</td><td>信息标题</td></tr></table></body></html>", StandardCharsets.UTF_8);

        assertRejected(ledger, "2018-06.xls", "网页文件（HTML）", "另存为 .xlsx");
    }

    @Test
    void csvSavedAsXlsIsRejected() throws Exception {
        String csv = "单位,信息标题,录用刊物,录用日期\r\n区发改委,投资项目审批提速,萧山信息•专报,2018-06-05\r\n";
        Path utf8 = Files.writeString(folder.resolve("2018-06.xls"), csv, StandardCharsets.UTF_8);
        assertRejected(utf8, "2018-06.xls", "文本文件（如 CSV）");

        Files.write(utf8, csv.getBytes(Charset.forName("GBK")));
        assertRejected(utf8, "2018-06.xls", "文本文件（如 CSV）");
    }

    @Test
    void emptyFileIsRejected() throws Exception {
        Path ledger = Files.write(folder.resolve("2018-06.xlsx"), new byte[0]);

        assertRejected(ledger, "2018-06.xlsx", "空文件");
    }

    @Test
    void truncatedZipIsRejected() throws Exception {
        byte[] valid = validXlsx();
        Path ledger = folder.resolve("2018-06.xlsx");
        for (int length : new int[] {4, 30, valid.length / 2, valid.length - 22, valid.length - 1}) {
            Files.write(ledger, Arrays.copyOf(valid, length));

            assertRejected(ledger, "2018-06.xlsx", "损坏");
        }
    }

    @Test
    void damagedSheetXmlNamesNearbyCell() throws Exception {
        Map<String, byte[]> parts = RawXlsx.unzip(validXlsx());
        String sheet = new String(parts.get("xl/worksheets/sheet1.xml"), StandardCharsets.UTF_8);
        parts.put("xl/worksheets/sheet1.xml", sheet.replace("</sheetData>", "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>0"
                + "</sheetData>").getBytes(StandardCharsets.UTF_8));
        Path ledger = Files.write(folder.resolve("2018-06.xlsx"), RawXlsx.zip(parts));

        assertRejected(ledger, "2018-06.xlsx 录用!A3 附近", "XML 内容已损坏");
    }

    @Test
    void passwordProtectedWorkbookNamesPasswordOption() throws Exception {
        Path ledger = encrypted(validXlsx());

        assertRejected(ledger, "2018-06.xlsx", "受密码保护", "--password");
        ScoreRun.ledger(ledger, "--password", "wrong").assertExit(1).assertLine("2018-06.xlsx", "密码不正确");
        assertNothingWritten();

        ScoreRun.ledger(ledger, "--password", PASSWORD).assertExit(0);
        RankingLines.read(ScoreRun.csvOf(ledger)).assertScore("区发改局", "10");
    }

    private Path encrypted(byte[] xlsx) throws Exception {
        Path file = folder.resolve("2018-06.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword(PASSWORD);
            try (OutputStream out = encryptor.getDataStream(fs)) {
                out.write(xlsx);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        return file;
    }

    @Test
    void missingLedgerAndFolderAreRejected() throws Exception {
        ScoreRun.ledger(folder.resolve("2018-06.xlsx")).assertExit(1).assertLine("找不到台账文件", "2018-06.xlsx");
        Path directory = Files.createDirectory(folder.resolve("2018-07.xlsx"));
        ScoreRun.ledger(directory).assertExit(1).assertLine("2018-07.xlsx");
        assertNothingWritten();
    }
}
