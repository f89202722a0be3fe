package kaohe.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Decryption of a password-protected .xlsx, which Excel stores as an OLE2 file with an
 * {@code EncryptionInfo} stream and the encrypted package beside it.
 */
final class EncryptedOoxml {

    private EncryptedOoxml() {
    }

    /**
     * Decrypts the package into a new temporary file, which the caller must delete. The file goes to disk
     * so that the zip can then be streamed like any other .xlsx; POSIX systems create it readable by the
     * owner only.
     *
     * @param password the password, or null to try only the default one that Excel uses for files that
     *     are encrypted without a password of their own
     */
    static Path decryptToTempFile(POIFSFileSystem fs, String fileName, String password) throws LedgerException {
        Decryptor decryptor = decryptor(fs, fileName);
        if (!verify(decryptor, password == null ? Decryptor.DEFAULT_PASSWORD : password, fileName)) {
            throw password == null ? Passwords.required(fileName, null) : Passwords.wrong(fileName, null);
        }
        Path temp = null;
        try {
            temp = Files.createTempFile("kaohe-", ".xlsx");
            try (InputStream in = decryptor.getDataStream(fs)) {
                Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
            }
            return temp;
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            deleteQuietly(temp);
            throw new LedgerException(fileName + " 解密后的内容已损坏，无法读取，请在 Excel 中打开后重新保存再试", e);
        }
    }

    private static Decryptor decryptor(POIFSFileSystem fs, String fileName) throws LedgerException {
        try {
            return Decryptor.getInstance(new EncryptionInfo(fs));
        } catch (IOException | EncryptedDocumentException e) {
            throw new LedgerException(fileName + " 使用了无法识别的加密方式（如权限管理保护），请在 Excel 中取消加密后另存为 .xlsx 再试", e);
        }
    }

    private static boolean verify(Decryptor decryptor, String password, String fileName) throws LedgerException {
        try {
            return decryptor.verifyPassword(password);
        } catch (GeneralSecurityException e) {
            throw new LedgerException(fileName + " 的加密算法在本机不可用，无法解密，请在 Excel 中取消加密后另存为 .xlsx 再试", e);
        }
    }

    static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            temp.toFile().deleteOnExit();
        }
    }
}
