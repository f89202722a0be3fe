package kaohe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kaohe.notice.AtomicFiles;

/** The clerk's words for failed writes, naming the output rather than its temporary file. */
class WorkbooksTest {

    @TempDir
    Path folder;

    private String describeFailure(IOException failure) {
        Path target = folder.resolve("2018-06-通报.xlsx");
        IOException thrown = null;
        try {
            AtomicFiles.write(target, file -> {
                throw failure;
            });
        } catch (IOException e) {
            thrown = e;
        }
        return Workbooks.describe(thrown).replace(folder.toString(), "…");
    }

    /** POI's temporary files go to java.io.tmpdir, so a full disk may be that folder's rather than the output's. */
    private static final String FULL_DISK = "磁盘空间不足（输出文件夹或临时文件夹 " + System.getProperty("java.io.tmpdir") + "）";

    @Test
    void describesFullDiskPermissionAndLongName() {
        String temporary = folder.resolve(".2018-06-通报.xlsx.1.0.tmp").toString();

        assertEquals("…/2018-06-通报.xlsx " + FULL_DISK,
                describeFailure(new FileSystemException(temporary, null, "No space left on device")));
        assertEquals("…/2018-06-通报.xlsx 没有写入权限", describeFailure(new AccessDeniedException(temporary)));
        assertEquals("…/2018-06-通报.xlsx 文件名过长，请缩短文件名或文件夹路径",
                describeFailure(new FileSystemException(temporary, null, "File name too long")));
        assertEquals("…/2018-06-通报.xlsx 所在磁盘只能读取，不能写入",
                describeFailure(new FileSystemException(temporary, null, "Read-only file system")));
    }

    @Test
    void describesFailureWithoutTarget() {
        assertEquals(FULL_DISK, Workbooks.describe(new IOException("No space left on device")));
    }
}
