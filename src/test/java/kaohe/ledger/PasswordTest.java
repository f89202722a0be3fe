package kaohe.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Password-protected .xlsx (agile encryption) and .xls (RC4 CryptoAPI) workbooks. */
class PasswordTest {

    private static final String PASSWORD = "台账2018";

    @TempDir
    Path dir;

    private Path encryptedXlsx() throws Exception {
        Path file = dir.resolve("secret.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem(); XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("机密").createRow(0).createCell(0).setCellValue("已解密");
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword(PASSWORD);
            try (OutputStream out = encryptor.getDataStream(fs)) {
                workbook.write(out);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        return file;
    }

    private Path encryptedXls() throws Exception {
        Path file = dir.resolve("secret.xls");
        HSSFWorkbook workbook = new HSSFWorkbook();
        workbook.createSheet("机密").createRow(0).createCell(0).setCellValue("已解密");
        Biff8EncryptionKey.setCurrentUserPassword(PASSWORD);
        try {
            XlsxReadingTest.write(workbook, file);
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
        return file;
    }

    @Test
    void readsEncryptedWorkbooksWithPassword() throws Exception {
        for (Path file : new Path[] {encryptedXlsx(), encryptedXls()}) {
            CollectingSink sink = CollectingSink.read(file, ReadOptions.defaults().withPassword(PASSWORD));

            assertEquals("已解密", sink.text("机密", "A1"), file.toString());
        }
    }

    @Test
    void asksForPasswordWhenNoneGiven() throws Exception {
        for (Path file : new Path[] {encryptedXlsx(), encryptedXls()}) {
            LedgerException e = assertThrows(LedgerException.class, () -> CollectingSink.read(file));

            assertEquals(file.getFileName() + " 受密码保护，请用 --password 提供打开密码后再试", e.getMessage());
        }
    }

    @Test
    void reportsWrongPassword() throws Exception {
        for (Path file : new Path[] {encryptedXlsx(), encryptedXls()}) {
            ReadOptions wrong = ReadOptions.defaults().withPassword("wrong");
            LedgerException e = assertThrows(LedgerException.class, () -> CollectingSink.read(file, wrong));

            assertEquals(file.getFileName() + " 的打开密码不正确，请检查 --password 的值后再试", e.getMessage());
        }
    }

    @Test
    void leavesNoDecryptedTempFile() throws Exception {
        Path file = encryptedXlsx();
        Path temp = Path.of(System.getProperty("java.io.tmpdir"));
        long before = countDecrypted(temp);
        CollectingSink.read(file, ReadOptions.defaults().withPassword(PASSWORD));

        assertEquals(before, countDecrypted(temp));
        assertTrue(ReadOptions.defaults().withPassword(PASSWORD).toString().contains("***"));
    }

    private static long countDecrypted(Path temp) throws Exception {
        try (var files = Files.list(temp)) {
            return files.filter(p -> p.getFileName().toString().startsWith("kaohe-")).count();
        }
    }
}
