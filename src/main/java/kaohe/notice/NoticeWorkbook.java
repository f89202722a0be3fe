package kaohe.notice;

import java.io.IOException;
import java.io.OutputStream;
import java.util.IdentityHashMap;
import java.util.Map;

import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The streaming workbook the notice is written with. Its sheets' cells go through {@link CellXmlWriter}, the
 * data rows of large tables go around SXSSF straight into the file ({@link TableRows}), and the file is
 * deflated at {@value #DEFLATE_LEVEL} rather than zlib's default 6.
 *
 * <p>Level 3 was chosen by deflating the 503 MB of XML of the million-row notice again with java.util.zip on
 * a 2-core machine: zlib's default level 6 took about 8 s of CPU for 44 MB, level 3 about 2.2 s for 53 MB and
 * level 1 about 1.6 s for 65 MB. Level 3 keeps most of the saving in time while the file grows by a fifth
 * rather than by half. A monthly notice is a few tens of KB at any level.
 *
 * <p>Rows written around SXSSF are never SXSSF rows, so POI neither writes them to a temporary file nor
 * counts them in a sheet's {@code <dimension>}. {@link #flushSheets} sets that range as POI would derive it.
 */
final class NoticeWorkbook extends SXSSFWorkbook {

    /** The deflate level of the notice file, from 1 (fastest) to 9 (smallest). */
    static final int DEFLATE_LEVEL = 3;

    /** The bytes of XML of a table's rows made on the saving thread before a thread of its own takes over. */
    private static volatile long threadThreshold = RowXmlWriter.DEFAULT_THRESHOLD;

    private final boolean poiCells;
    private final Map<SXSSFSheet, TableRows> directRows = new IdentityHashMap<>();

    /**
     * Creates a workbook that keeps {@code rowWindow} rows of each sheet in memory.
     *
     * @param poiCells whether to write every row as an SXSSF row and every cell with POI's own
     *                 {@link SheetDataWriter}, for tests to compare with
     */
    NoticeWorkbook(int rowWindow, boolean poiCells) {
        super(rowWindow);
        this.poiCells = poiCells;
    }

    /**
     * Sets the bytes of XML of a table's rows made on the saving thread before a thread of its own takes over,
     * and returns the setting it replaces. Tests set 0 to take the threaded path with a small notice.
     */
    static long setThreadThreshold(long bytes) {
        long previous = threadThreshold;
        threadThreshold = bytes;
        return previous;
    }

    /** Returns whether {@link #writeRowsDirectly} may be used: with inline strings and plain temporary files. */
    boolean writesRowsDirectly() {
        return !poiCells && !isCompressTempFiles() && getSharedStringSource() == null;
    }

    /**
     * Writes {@code rows} after the SXSSF rows of {@code sheet} when the workbook is saved. The sheet must
     * get no SXSSF row below them.
     */
    void writeRowsDirectly(Sheet sheet, TableRows rows) {
        if (!writesRowsDirectly()) {
            throw new IllegalStateException("rows go through SXSSF in this workbook");
        }
        directRows.put((SXSSFSheet) sheet, rows);
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        // CellXmlWriter writes strings inline only, as a workbook without a shared strings table does.
        if (!writesRowsDirectly()) {
            return super.createSheetDataWriter();
        }
        return new CellXmlWriter();
    }

    /** Derives each sheet's dimension as POI does, counting the rows written around SXSSF. */
    @Override
    protected void flushSheets() throws IOException {
        super.flushSheets();
        if (!shouldCalculateSheetDimensions()) {
            return;
        }
        for (Map.Entry<SXSSFSheet, TableRows> entry : directRows.entrySet()) {
            XSSFSheet sheet = getXSSFWorkbook().getSheet(entry.getKey().getSheetName());
            CellRangeAddress seen = sheet.getDimension();
            TableRows rows = entry.getValue();
            if (seen != null) {
                sheet.setDimensionOverride(new CellRangeAddress(seen.getFirstRow(),
                        Math.max(seen.getLastRow(), rows.lastRow()), seen.getFirstColumn(),
                        Math.max(seen.getLastColumn(), rows.lastColumn())));
            }
        }
    }

    /** Copies a sheet's SXSSF rows as POI does, then writes the rows that go around SXSSF, if any. */
    @Override
    protected ISheetInjector createSheetInjector(SXSSFSheet sheet) throws IOException {
        ISheetInjector poiRows = super.createSheetInjector(sheet);
        TableRows rows = directRows.get(sheet);
        if (rows == null) {
            return poiRows;
        }
        return out -> {
            poiRows.writeSheetData(out);
            RowXmlWriter.write(rows.source(), out, threadThreshold);
        };
    }

    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
        ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
        zip.setLevel(DEFLATE_LEVEL);
        return zip;
    }
}
