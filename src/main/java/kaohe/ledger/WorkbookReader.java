package kaohe.ledger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Reads the visible sheets of an .xlsx or .xls workbook and hands their non-blank rows to a {@link RowSink}.
 *
 * <p>The format is taken from the file's content, not its name, so an .xlsx named .xls reads, and an HTML
 * or CSV export named .xls is rejected with a message that names the real format. Password-protected workbooks of both
 * formats open with {@link ReadOptions#password()}. An .xlsx is streamed, so memory does not grow with the
 * sheet; an .xls is read whole by POI. Any problem with the file, damaged, encrypted, hostile or beyond
 * {@link ReadLimits}, ends the read with a {@link LedgerException} whose Chinese message names the file,
 * and the sheet and cell where known. Runtime exceptions thrown by the sink propagate unchanged.
 *
 * <p>Each read sets POI's process-wide zip limits ({@code ZipSecureFile}) from the options, and HSSF's
 * password is a thread-local setting, so one reader per thread is safe but other POI users in the JVM see
 * the same zip limits. A large .xlsx is parsed on a second, daemon thread that ends before {@code read}
 * returns; the sink is still called only on the thread that called {@code read}.
 */
public final class WorkbookReader implements WorkbookSource {

    private final ReadOptions options;
    private final long readAheadFromBytes;

    public WorkbookReader(ReadOptions options) {
        this(options, XlsxReader.READ_AHEAD_FROM_BYTES);
    }

    /** @param readAheadFromBytes the .xlsx file size from which sheets are read ahead on a second thread */
    WorkbookReader(ReadOptions options, long readAheadFromBytes) {
        this.options = Objects.requireNonNull(options, "options");
        this.readAheadFromBytes = readAheadFromBytes;
    }

    /**
     * Reads every visible worksheet of the file, in workbook order. For each, the sink's
     * {@link RowSink#startSheet} is called; when it returns true, {@link RowSink#row} follows for each row
     * with at least one non-blank cell, in ascending row order, and then {@link RowSink#endSheet}. Hidden
     * and very hidden sheets are skipped, and hidden rows are delivered with {@link RawRow#hidden()} set.
     *
     * @throws LedgerException when the file is missing, is not a workbook, is encrypted without the right
     *     password, is damaged, or crosses one of the {@link ReadLimits}
     */
    public void read(Path file, RowSink sink) throws LedgerException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sink, "sink");
        String fileName = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try {
            readChecked(file, fileName, new GuardedSink(sink));
        } catch (GuardedSink.SinkFailure e) {
            throw e.sinkException();
        } catch (RuntimeException e) {
            // POI and the zip and XML layers signal many kinds of damage with unchecked exceptions.
            throw new LedgerException(fileName + " 读取失败，文件可能已损坏，请在 Excel 中打开后重新保存再试", e);
        }
    }

    private void readChecked(Path file, String fileName, RowSink sink) throws LedgerException {
        FileKind kind = detect(file, fileName);
        if (kind.problem(fileName) != null) {
            throw new LedgerException(fileName.startsWith("~$") ? lockFileProblem(fileName) : kind.problem(fileName));
        }
        if (kind == FileKind.ZIP) {
            new XlsxReader(options.limits(), readAheadFromBytes).read(file, fileName, sink);
        } else {
            readOle2(file, fileName, sink);
        }
    }

    private static FileKind detect(Path file, String fileName) throws LedgerException {
        if (!Files.exists(file)) {
            throw new LedgerException("找不到文件 " + file + "，请检查路径和文件名是否正确");
        }
        if (Files.isDirectory(file)) {
            throw new LedgerException(file + " 是文件夹，不是工作簿文件，请指定其中的 .xlsx 或 .xls 文件");
        }
        try {
            return FileKind.detect(file);
        } catch (IOException e) {
            throw new LedgerException(fileName + " 无法打开，请检查文件是否被其他程序占用、是否有读取权限", e);
        }
    }

    /** Excel leaves "~$name.xlsx" owner files beside open workbooks; they are not workbooks. */
    private static String lockFileProblem(String fileName) {
        return fileName + " 是 Excel 或 WPS 打开工作簿时生成的临时文件，不是工作簿，请关闭该工作簿后删除此文件";
    }

    private void readOle2(Path file, String fileName, RowSink sink) throws LedgerException {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntryCaseInsensitive("EncryptionInfo")) {
                readEncryptedXlsx(fs, fileName, sink);
            } else if (root.hasEntryCaseInsensitive("Workbook") || root.hasEntryCaseInsensitive("Book")) {
                checkXlsSize(file, fileName);
                new XlsReader(options.limits()).read(root, fileName, options.password(), sink);
            } else {
                throw new LedgerException(fileName + " " + describeOtherOle2(root));
            }
        } catch (IOException e) {
            throw new LedgerException(fileName + " 已损坏（OLE2 复合文档结构错误），无法读取，请重新保存或重新下载该文件", e);
        }
    }

    private void checkXlsSize(Path file, String fileName) throws LedgerException {
        try {
            long size = Files.size(file);
            if (size > options.limits().maxXlsBytes()) {
                throw new LedgerException(fileName + " 有 " + size / (1 << 20) + " MB，超过 .xls 文件 "
                        + options.limits().maxXlsBytes() / (1 << 20) + " MB 的读取上限，请在 Excel 中另存为 .xlsx 再试");
            }
        } catch (IOException e) {
            throw new LedgerException(fileName + " 无法打开，请检查文件是否被其他程序占用、是否有读取权限", e);
        }
    }

    private void readEncryptedXlsx(POIFSFileSystem fs, String fileName, RowSink sink) throws LedgerException {
        Path decrypted = EncryptedOoxml.decryptToTempFile(fs, fileName, options.password());
        try {
            new XlsxReader(options.limits(), readAheadFromBytes).read(decrypted, fileName, sink);
        } finally {
            EncryptedOoxml.deleteQuietly(decrypted);
        }
    }

    private static String describeOtherOle2(DirectoryNode root) {
        if (root.hasEntryCaseInsensitive("WordDocument")) {
            return "实际上是 Word 文档（.doc），不是 Excel 工作簿，请找到原始表格文件";
        }
        if (root.hasEntryCaseInsensitive("PowerPoint Document")) {
            return "实际上是 PowerPoint 文件（.ppt），不是 Excel 工作簿，请找到原始表格文件";
        }
        return "是 Office 复合文档，但其中没有 Excel 工作簿，请在 Excel 中打开原始表格后另存为 .xlsx 再试";
    }
}
