package kaohe.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;

import kaohe.ledger.ReadOptions;
import kaohe.ledger.WorkbookReader;
import kaohe.ledger.WorkbookSource;

/** The workbook reader the commands use, and plain descriptions of file errors. */
final class Workbooks {

    private Workbooks() {
    }

    static WorkbookSource source(String password) {
        return new WorkbookReader(ReadOptions.defaults().withPassword(password));
    }

    /** Describes a failed write in the clerk's words: no permission, disk full, file in use. */
    static String describe(IOException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (e instanceof AccessDeniedException) {
            return "没有写入权限（" + message + "）";
        }
        if (message.contains("No space left")) {
            return "磁盘空间不足";
        }
        if (e instanceof FileSystemException fileError) {
            return "文件无法写入，可能正被其他程序（如 Excel）打开：" + fileError.getFile();
        }
        return message;
    }
}
