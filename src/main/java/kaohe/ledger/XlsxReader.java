package kaohe.ledger;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Streams the visible worksheets of an .xlsx workbook, transitional or Strict Open XML. Each worksheet part
 * is read twice: a first pass collects the merged regions, which the format stores after the cells, with a
 * byte scan ({@link MergeCellScan}), and the second parses the part with {@link Utf8SaxParser} to deliver
 * the rows. Memory does not grow with the number of rows. Only the
 * shared-string table, the merged regions and one date flag per cell format are kept whole, and each of
 * them is capped.
 */
final class XlsxReader {

    private static final Logger LOG = LoggerFactory.getLogger(XlsxReader.class);

    /** The result of {@code scanMerges} when the merge scan gave up, in place of the damage it met. */
    private static final IOException MISSING = new IOException("the merge scan gave up");

    /**
     * The file size from which sheets are read ahead on a second thread: 2 MiB, about 60,000 rows of the
     * generated benchmark ledger. The monthly ledger of a few hundred rows stays on the calling thread.
     */
    static final long READ_AHEAD_FROM_BYTES = 2L << 20;
    /** Rows per hand-over to the calling thread: large enough that the queue's locking costs nothing. */
    static final int BATCH_ROWS = 512;
    /** Full batches that may wait for the sink, a few thousand rows, so that memory stays flat. */
    static final int QUEUE_BATCHES = 4;

    private final ReadLimits limits;
    private final long readAheadFromBytes;

    /** @param readAheadFromBytes the file size from which sheets are read ahead on a second thread */
    XlsxReader(ReadLimits limits, long readAheadFromBytes) {
        this.limits = limits;
        this.readAheadFromBytes = readAheadFromBytes;
    }

    void read(Path file, String fileName, RowSink sink) throws LedgerException {
        ZipGuard.apply(limits);
        try {
            ZipGuard.checkStructureParts(file);
        } catch (IOException e) {
            throw XlsxErrors.hostile(e, fileName) != null ? XlsxErrors.hostile(e, fileName) : corrupt(fileName, e);
        }
        try (XlsxPackage parts = openZipEntries(file, fileName)) {
            new Workbook(parts, fileName, sink, isLarge(file)).read();
        } catch (IOException e) {
            LOG.debug("closing {} failed", fileName, e);
        }
    }

    private boolean isLarge(Path file) {
        try {
            return Files.size(file) >= readAheadFromBytes;
        } catch (IOException e) {
            return false;
        }
    }

    private XlsxPackage openZipEntries(Path file, String fileName) throws LedgerException {
        ZipParts parts;
        try {
            parts = ZipParts.open(file);
        } catch (IOException | SAXException e) {
            LedgerException hostile = XlsxErrors.hostile(e, fileName);
            throw hostile != null ? hostile : corrupt(fileName, e);
        }
        if (parts == null) {
            throw new LedgerException(fileName + " " + describeOtherZip(file));
        }
        return parts;
    }

    private static LedgerException corrupt(String fileName, Exception cause) {
        return new LedgerException(fileName + " 已损坏（压缩包不完整或格式错误），无法读取，请重新保存或重新下载该文件", cause);
    }

    /** Names the kind of a zip that has no workbook part, so the clerk knows which file was sent by mistake. */
    private static String describeOtherZip(Path file) {
        boolean word = false;
        boolean slides = false;
        boolean openDocument = false;
        try (ZipSecureFile zip = new ZipSecureFile(file.toFile())) {
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                String name = entry.getName().toLowerCase(Locale.ROOT);
                word |= name.startsWith("word/");
                slides |= name.startsWith("ppt/");
                openDocument |= name.equals("content.xml");
            }
        } catch (IOException e) {
            LOG.debug("listing the entries of {} failed", file, e);
        }
        if (openDocument) {
            return "实际上是 OpenDocument 文件（如 .ods），请在 WPS 或 Excel 中打开后另存为 .xlsx 再试";
        }
        if (word || slides) {
            return "实际上是 " + (word ? "Word" : "PowerPoint") + " 文件，不是 Excel 工作簿，请找到原始表格文件";
        }
        return "是压缩包，但其中没有 Excel 工作簿，请在 Excel 中打开原始表格后另存为 .xlsx 再试";
    }

    /** Opens a part, returning null when the package does not have it. */
    @FunctionalInterface
    private interface PartSource {
        InputStream open() throws IOException;
    }

    @FunctionalInterface
    private interface PartParser<T> {
        T parse(InputStream in) throws IOException, SAXException;
    }

    /** The shared strings and cell formats of the workbook, ready or still being parsed. */
    @FunctionalInterface
    private interface CellTables {
        XlsxCells get() throws LedgerException;
    }

    /**
     * A part source that makes its first opens on the thread that creates it and hands their results out in
     * order, failures included. Later opens go to the source. {@link #close} closes the streams that were
     * never handed out.
     */
    private static final class PrefetchedSource implements PartSource, Closeable {
        private final PartSource source;
        /** Each open's stream, null when the part is missing, or its exception. */
        private final Object[] opened;
        private int next;

        PrefetchedSource(PartSource source, int opens) {
            this.source = source;
            this.opened = new Object[opens];
            for (int i = 0; i < opens; i++) {
                try {
                    opened[i] = source.open();
                } catch (IOException | RuntimeException e) {
                    opened[i] = e;
                }
            }
        }

        @Override
        public InputStream open() throws IOException {
            if (next == opened.length) {
                return source.open();
            }
            Object result = opened[next];
            opened[next++] = null;
            if (result instanceof IOException e) {
                throw e;
            }
            if (result instanceof RuntimeException e) {
                throw e;
            }
            return (InputStream) result;
        }

        @Override
        public void close() {
            for (Object result : opened) {
                if (result instanceof InputStream in) {
                    try {
                        in.close();
                    } catch (IOException e) {
                        LOG.debug("closing a worksheet part that was not read failed", e);
                    }
                }
            }
        }
    }

    /**
     * Collects the {@code <mergeCell>} references of a worksheet part, and the last row or cell reference
     * passed, so that damage found in this first pass is reported near a cell.
     */
    private static final class MergeScan extends DefaultHandler {
        /** A row number or an A1 reference within Excel's size, so that no garbage reaches a message. */
        private static final Pattern PLAIN_REFERENCE = Pattern.compile("[A-Za-z]{1,3}[0-9]{1,7}|[0-9]{1,7}");

        private final MergedRegions merges;
        private String lastReference;
        /** The depth of the scan in the sheet's extensions, whose {@code mergeCell}s merge nothing. */
        private int extensionDepth;

        MergeScan(MergedRegions merges) {
            this.merges = merges;
        }

        /** Returns the sheet's name in messages, followed by "!D17" for the last reference passed, if any. */
        String near(String fileAndSheet) {
            return lastReference == null ? fileAndSheet : fileAndSheet + "!" + lastReference.toUpperCase(Locale.ROOT);
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes)
                throws SAXException {
            if ("c".equals(localName) || "row".equals(localName)) {
                String position = attributes.getValue("r");
                if (position != null && PLAIN_REFERENCE.matcher(position).matches()) {
                    lastReference = position;
                }
                return;
            }
            if ("extLst".equals(localName)) {
                extensionDepth++;
            }
            String reference = attributes.getValue("ref");
            if ("mergeCell".equals(localName) && reference != null && extensionDepth == 0) {
                try {
                    merges.add(reference);
                } catch (LedgerException e) {
                    throw new SAXException(e);
                }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            if ("extLst".equals(localName)) {
                extensionDepth--;
            }
        }
    }

    /** The reading of one opened package. */
    private final class Workbook {
        private final XlsxPackage parts;
        private final String fileName;
        private final RowSink sink;
        private final boolean readAhead;
        private XlsxCells cells;

        Workbook(XlsxPackage parts, String fileName, RowSink sink, boolean readAhead) {
            this.parts = parts;
            this.fileName = fileName;
            this.sink = sink;
            this.readAhead = readAhead;
        }

        void read() throws LedgerException {
            WorkbookPart workbook = parse(parts::openWorkbook, WorkbookPart::parse,
                    () -> fileName + " 的工作簿结构（workbook.xml）");
            if (workbook == null) {
                throw new LedgerException(fileName + " 缺少工作簿结构（workbook.xml），文件不完整，请重新保存或重新下载该文件");
            }
            for (WorkbookPart.Sheet sheet : workbook.sheets()) {
                if (sheet.visible() && !isOtherSheetKind(sheet)) {
                    readSheet(sheet, workbook.date1904());
                }
            }
        }

        /** Returns whether the sheet is a chart, dialog or macro sheet, which has no cells to read. */
        private boolean isOtherSheetKind(WorkbookPart.Sheet sheet) {
            String type = sheet.relationshipId() == null ? null : parts.relationshipType(sheet.relationshipId());
            return type != null && !Relationships.isOfType(type, "/worksheet");
        }

        private void readSheet(WorkbookPart.Sheet sheet, boolean date1904) throws LedgerException {
            SheetInfo info = new SheetInfo(fileName, sheet.name(), date1904);
            if (!sink.startSheet(info)) {
                return;
            }
            PartSource source = () -> sheet.relationshipId() == null ? null : parts.openRelated(sheet.relationshipId());
            if (readAhead) {
                readAhead(info, source);
            } else {
                XlsxCells sheetCells = cells(date1904);
                readRows(info, source, () -> sheetCells, sink);
            }
            sink.endSheet();
        }

        /**
         * Reads the sheet's part on a {@link ReadAhead} thread. Before the first sheet, this thread parses the
         * cell tables while the reader thread scans the part for merged regions. A failure of the tables is
         * reported first, as on the single-thread path. The part is opened here, so that the two threads
         * never open parts at the same time.
         */
        private void readAhead(SheetInfo info, PartSource source) throws LedgerException {
            CompletableFuture<XlsxCells> tables = cells == null ? new CompletableFuture<>()
                    : CompletableFuture.completedFuture(cells);
            try (PrefetchedSource opened = new PrefetchedSource(source, 2);
                    ReadAhead ahead = new ReadAhead(rows -> readRows(info, opened, () -> await(tables), rows),
                            BATCH_ROWS, QUEUE_BATCHES)) {
                ahead.start();
                if (!tables.isDone()) {
                    tables.complete(cells(info.date1904()));
                }
                ahead.drainTo(sink);
            }
        }

        /**
         * Collects the sheet's merged regions, then delivers its rows to {@code rows}. When reading ahead this
         * runs on the reader thread, and {@code tables} waits until the calling thread has parsed them.
         */
        private void readRows(SheetInfo info, PartSource source, CellTables tables, RowSink rows)
                throws LedgerException {
            String sheetLabel = fileName + " " + info.sheet();
            MergedRegions merges = new MergedRegions(limits, sheetLabel);
            IOException damage = scanMerges(source, merges, info.sheet());
            XlsxCells sheetCells = tables.get();
            if (damage == MISSING) {
                merges = new MergedRegions(limits, sheetLabel);
                MergeScan mergeScan = new MergeScan(merges);
                parse(source, in -> scan(in, mergeScan), () -> mergeScan.near(sheetLabel));
            }
            XlsxSheetHandler handler = new XlsxSheetHandler(sheetCells, info, limits, rows, merges);
            parse(source, in -> scan(in, handler), () -> handler.location().toString());
            if (damage != null && damage != MISSING) {
                throw XlsxErrors.translate(damage, fileName, sheetLabel);
            }
        }

        /**
         * Collects the merged regions with {@link MergeCellScan}.
         *
         * @return null when done; {@link #MISSING} when the scan gave up and the part must be parsed; or the
         *     damage that stopped the scan, which the parse of the rows will meet and report near a cell
         */
        private IOException scanMerges(PartSource source, MergedRegions merges, String sheetName)
                throws LedgerException {
            try {
                InputStream in = source.open();
                if (in == null) {
                    throw new LedgerException(fileName + " 的工作表“" + sheetName + "”缺少数据部件，文件不完整，"
                            + "请在 Excel 中打开后重新保存再试");
                }
                return MergeCellScan.scan(in, merges) ? null : MISSING;
            } catch (IOException e) {
                LedgerException hostile = XlsxErrors.hostile(e, fileName);
                if (hostile != null) {
                    throw hostile;
                }
                return e;
            }
        }

        private XlsxCells cells(boolean date1904) throws LedgerException {
            if (cells == null) {
                CellStyles styles = parse(() -> parts.openRelatedByType("/styles"), CellStyles::parse,
                        () -> fileName + " 的样式表（styles.xml）");
                SharedStrings strings = parse(() -> parts.openRelatedByType("/sharedStrings"),
                        in -> SharedStrings.parse(in, limits, fileName),
                        () -> fileName + " 的共享字符串表（sharedStrings.xml）");
                cells = new XlsxCells(strings == null ? SharedStrings.none() : strings,
                        styles == null ? CellStyles.none() : styles, date1904);
            }
            return cells;
        }

        /** Waits on the reader thread for the cell tables that the calling thread parses. */
        private static XlsxCells await(CompletableFuture<XlsxCells> tables) {
            try {
                return tables.get();
            } catch (InterruptedException | ExecutionException e) {
                // Never completed exceptionally; interrupted only by ReadAhead.close, after the caller failed.
                throw new CancellationException("stopped while waiting for the cell tables");
            }
        }

        private static Object scan(InputStream in, DefaultHandler handler) throws IOException, SAXException {
            Utf8SaxParser.parse(in, handler);
            return handler;
        }

        /** Parses a part, or returns null when the package does not have it. */
        private <T> T parse(PartSource source, PartParser<T> parser, Supplier<String> where) throws LedgerException {
            try {
                InputStream in = source.open();
                return in == null ? null : parser.parse(in);
            } catch (IOException | SAXException e) {
                throw XlsxErrors.translate(e, fileName, where.get());
            }
        }
    }
}
