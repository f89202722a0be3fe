package kaohe.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
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

    private final ReadLimits limits;

    XlsxReader(ReadLimits limits) {
        this.limits = limits;
    }

    void read(Path file, String fileName, RowSink sink) throws LedgerException {
        ZipGuard.apply(limits);
        try {
            ZipGuard.checkStructureParts(file);
        } catch (IOException e) {
            throw XlsxErrors.hostile(e, fileName) != null ? XlsxErrors.hostile(e, fileName) : corrupt(fileName, e);
        }
        try (XlsxPackage parts = open(file, fileName)) {
            new Workbook(parts, fileName, sink).read();
        } catch (IOException e) {
            LOG.debug("closing {} failed", fileName, e);
        }
    }

    private XlsxPackage open(Path file, String fileName) throws LedgerException {
        try {
            return OpcParts.open(file);
        } catch (InvalidFormatException | RuntimeException e) {
            LedgerException hostile = XlsxErrors.hostile(e, fileName);
            if (hostile != null) {
                throw hostile;
            }
            // WPS writes core properties that break POI's OPC compliance checks; the sheets are often fine.
            LOG.debug("POI's OPC layer rejected {}, reading its zip entries directly", fileName, e);
            return openZipEntries(file, fileName);
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

    /**
     * Collects the {@code <mergeCell>} references of a worksheet part, and the last row or cell reference
     * passed, so that damage found in this first pass is reported near a cell.
     */
    private static final class MergeScan extends DefaultHandler {
        /** A row number or an A1 reference within Excel's size, so that no garbage reaches a message. */
        private static final Pattern PLAIN_REFERENCE = Pattern.compile("[A-Za-z]{1,3}[0-9]{1,7}|[0-9]{1,7}");

        private final MergedRegions merges;
        private String lastReference;

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
            String reference = attributes.getValue("ref");
            if ("mergeCell".equals(localName) && reference != null) {
                try {
                    merges.add(reference);
                } catch (LedgerException e) {
                    throw new SAXException(e);
                }
            }
        }
    }

    /** The reading of one opened package. */
    private final class Workbook {
        private final XlsxPackage parts;
        private final String fileName;
        private final RowSink sink;
        private XlsxCells cells;

        Workbook(XlsxPackage parts, String fileName, RowSink sink) {
            this.parts = parts;
            this.fileName = fileName;
            this.sink = sink;
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
            return type != null && !type.endsWith("/worksheet");
        }

        private void readSheet(WorkbookPart.Sheet sheet, boolean date1904) throws LedgerException {
            SheetInfo info = new SheetInfo(fileName, sheet.name(), date1904);
            if (!sink.startSheet(info)) {
                return;
            }
            XlsxCells sheetCells = cells(date1904);
            String sheetLabel = fileName + " " + sheet.name();
            PartSource source = () -> sheet.relationshipId() == null ? null : parts.openRelated(sheet.relationshipId());
            MergedRegions merges = new MergedRegions(limits, sheetLabel);
            IOException damage = scanMerges(source, merges, sheet);
            if (damage == MISSING) {
                merges = new MergedRegions(limits, sheetLabel);
                MergeScan mergeScan = new MergeScan(merges);
                parse(source, in -> scan(in, mergeScan), () -> mergeScan.near(sheetLabel));
            }
            XlsxSheetHandler handler = new XlsxSheetHandler(sheetCells, info, limits, sink, merges);
            parse(source, in -> scan(in, handler), () -> handler.location().toString());
            if (damage != null && damage != MISSING) {
                throw XlsxErrors.translate(damage, fileName, sheetLabel);
            }
            sink.endSheet();
        }

        /**
         * Collects the merged regions with {@link MergeCellScan}.
         *
         * @return null when done; {@link #MISSING} when the scan gave up and the part must be parsed; or the
         *     damage that stopped the scan, which the parse of the rows will meet and report near a cell
         */
        private IOException scanMerges(PartSource source, MergedRegions merges, WorkbookPart.Sheet sheet)
                throws LedgerException {
            try {
                InputStream in = source.open();
                if (in == null) {
                    throw new LedgerException(fileName + " 的工作表“" + sheet.name() + "”缺少数据部件，文件不完整，"
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
