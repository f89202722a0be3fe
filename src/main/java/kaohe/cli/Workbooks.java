package kaohe.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileSystemException;

import kaohe.ledger.ReadOptions;
import kaohe.ledger.WorkbookReader;
import kaohe.ledger.WorkbookSource;
import kaohe.notice.AtomicFiles;

/** The workbook reader the commands use, and plain descriptions of file errors. */
final class Workbooks {

    private Workbooks() {
    }

    static WorkbookSource source(String password) {
        return new WorkbookReader(ReadOptions.defaults().withPassword(password));
    }

    /**
     * Describes a failed write in the clerk's words: the file that was to be written, when known, and why,
     * such as no permission, a full disk or a file open in another program.
     */
    static String describe(IOException e) {
        if (e instanceof AtomicFiles.WriteException failure && failure.getCause() instanceof IOException cause) {
            return failure.target() + " " + reason(cause);
        }
        return reason(e);
    }

    /** Returns the reason in the clerk's words, matched on the strerror text the JDK puts in messages on Linux. */
    private static String reason(IOException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (e instanceof AccessDeniedException) {
            return "没有写入权限";
        }
        if (message.contains("No space left") || message.contains("Disk quota exceeded")) {
            return "磁盘空间不足（输出文件夹或临时文件夹 " + System.getProperty("java.io.tmpdir") + "）";
        }
        if (message.contains("File name too long")) {
            return "文件名过长，请缩短文件名或文件夹路径";
        }
        if (message.contains("Read-only file system")) {
            return "所在磁盘只能读取，不能写入";
        }
        if (e instanceof DirectoryNotEmptyException || message.contains("Is a directory")) {
            return "是文件夹，请在路径中写上文件名";
        }
        if (e instanceof FileSystemException fileError) {
            return "文件无法写入，可能正被其他程序（如 Excel）打开：" + fileError.getFile();
        }
        return message;
    }
}
