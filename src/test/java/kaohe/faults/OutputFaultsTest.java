package kaohe.faults;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Outputs that cannot be written or must not be replaced. A run that stops writes none of its outputs and
 * leaves every file that was there before with its bytes.
 */
class OutputFaultsTest {

    @TempDir
    Path folder;

    private Path ledger;

    @BeforeEach
    void writeLedger() throws Exception {
        try (Book book = Book.withAdoption()) {
            ledger = book.write(folder.resolve("2018-06.xlsx"));
        }
    }

    private void assertNoOutputs(Path outputFolder) {
        ScoreRun.assertNotWritten(outputFolder, "2018-06-通报.xlsx");
        ScoreRun.assertNotWritten(outputFolder, "2018-06-通报.txt");
        ScoreRun.assertNotWritten(outputFolder, "排名.csv");
    }

    @Test
    void missingOutputFolderWritesNothing() {
        Path missing = folder.resolve("通报");

        ScoreRun.score(List.of(ledger), ledger.toString(), "-o", missing.resolve("6月通报.xlsx").toString())
                .assertExit(1).assertLine("输出文件夹不存在", missing.toString(), "-o");
        ScoreRun.score(List.of(ledger), ledger.toString(), "--csv", missing.resolve("排名.csv").toString())
                .assertExit(1).assertLine("输出文件夹不存在");

        assertNoOutputs(folder);
        assertTrue(Files.notExists(missing));
    }

    @Test
    void outputWithoutXlsxExtensionIsRejected() throws Exception {
        Path xls = folder.resolve("6月通报.xls");

        ScoreRun.score(List.of(ledger), ledger.toString(), "-o", xls.toString()).assertExit(2)
                .assertLine(xls.toString(), "须以 .xlsx 结尾");
        ScoreRun.score(List.of(ledger), ledger.toString(), "-o", folder.resolve("6月通报").toString()).assertExit(2)
                .assertLine("须以 .xlsx 结尾");
        ScoreRun.score(List.of(ledger), ledger.toString(), "-o", folder.resolve("6月通报.XLSX").toString())
                .assertExit(0);

        assertTrue(Files.exists(folder.resolve("6月通报.XLSX")));
        assertFalse(Files.exists(xls));
    }

    @Test
    void outputThatIsFolderIsRejected() throws Exception {
        Path directory = Files.createDirectory(folder.resolve("通报.xlsx"));
        Path csvDirectory = Files.createDirectories(folder.resolve("排名").resolve("内容"));

        ScoreRun.score(List.of(ledger, directory), ledger.toString(), "-o", directory.toString(), "--force")
                .assertExit(2).assertLine(directory.toString(), "是文件夹");
        ScoreRun.score(List.of(ledger, csvDirectory), ledger.toString(), "--csv", csvDirectory.getParent().toString(),
                "--force").assertExit(2).assertLine("是文件夹");

        assertNoOutputs(folder);
        assertTrue(Files.isDirectory(directory));
    }

    @Test
    void failedSecondOutputLeavesFirstUnwritten() {
        // A name longer than the 255 bytes a Linux file name may have passes every check made beforehand
        // and fails only when the CSV is written, after the notice.
        Path csv = folder.resolve("排".repeat(100) + ".csv");

        ScoreRun.score(List.of(ledger), ledger.toString(), "--csv", csv.toString()).assertExit(1)
                .assertLine("写出结果失败", "未改动");

        assertNoOutputs(folder);
    }

    @Test
    void readOnlyOutputFolderWritesNothing() throws Exception {
        Path readOnly = Files.createDirectory(folder.resolve("只读"));
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
        Assumptions.assumeFalse(canCreateFileIn(readOnly),
                "permission bits do not stop this user (root) from writing, so a read-only folder cannot be tested");

        ScoreRun.score(List.of(ledger), ledger.toString(), "-o", readOnly.resolve("2018-06-通报.xlsx").toString())
                .assertExit(1).assertLine("没有写入权限");

        assertNoOutputs(readOnly);
    }

    private static boolean canCreateFileIn(Path directory) throws IOException {
        try {
            Files.delete(Files.createFile(directory.resolve("probe")));
            return true;
        } catch (AccessDeniedException e) {
            return false;
        }
    }

    @Test
    void existingNoticeNeedsForce() throws Exception {
        ScoreRun.score(List.of(ledger), ledger.toString()).assertExit(0);
        Path notice = folder.resolve("2018-06-通报.xlsx");
        byte[] before = Files.readAllBytes(notice);
        Path csv = folder.resolve("排名.csv");

        ScoreRun.score(List.of(ledger, notice), ledger.toString(), "--csv", csv.toString()).assertExit(2)
                .assertLine(notice.toString(), "已存在", "--force");

        assertArrayEquals(before, Files.readAllBytes(notice));
        ScoreRun.assertNotWritten(folder, "排名.csv");
    }

    @Test
    void outputNamingInputIsRejected() throws Exception {
        Path sameThroughDetour = folder.resolve("子").resolve("..").resolve("2018-06.xlsx");
        Files.createDirectory(folder.resolve("子"));

        ScoreRun.score(List.of(ledger), ledger.toString(), "-o", ledger.toString(), "--force").assertExit(2)
                .assertLine("就是输入的台账");
        ScoreRun.score(List.of(ledger), ledger.toString(), "-o", sameThroughDetour.toString(), "--force")
                .assertExit(2).assertLine("就是输入的台账");
        ScoreRun.score(List.of(ledger), ledger.toString(), "--csv", ledger.toString(), "--force").assertExit(2)
                .assertLine("就是输入的台账");

        assertNoOutputs(folder);
    }

    @Test
    void noticeTextFileNamingInputIsRejected() throws Exception {
        Path textLedger = Files.copy(ledger, folder.resolve("6月通报.txt"));

        ScoreRun.score(List.of(ledger, textLedger), ledger.toString(), textLedger.toString(), "-o",
                folder.resolve("6月通报.xlsx").toString(), "--force").assertExit(2).assertLine("就是输入的台账");

        ScoreRun.assertNotWritten(folder, "6月通报.xlsx");
    }
}
