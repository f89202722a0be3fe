package kaohe.notice;

import java.io.IOException;
import java.io.OutputStream;

import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * The streaming workbook the notice is written with: its sheets' cells go through {@link CellXmlWriter}, and
 * the file is deflated at {@value #DEFLATE_LEVEL} rather than zlib's default 6.
 *
 * <p>Level 3 was chosen by deflating the 503 MB of XML of the million-row notice again with java.util.zip on
 * a 2-core machine: zlib's default level 6 took about 8 s of CPU for 44 MB, level 3 about 2.2 s for 53 MB and
 * level 1 about 1.6 s for 65 MB. Level 3 keeps most of the saving in time while the file grows by a fifth
 * rather than by half. A monthly notice is a few tens of KB at any level.
 */
final class NoticeWorkbook extends SXSSFWorkbook {

    /** The deflate level of the notice file, from 1 (fastest) to 9 (smallest). */
    static final int DEFLATE_LEVEL = 3;

    /** The chars of XML a sheet may contain before a thread of its own writes its file. */
    private static volatile long threadThreshold = SheetFileWriter.DEFAULT_THRESHOLD;

    private final boolean poiCells;

    /**
     * Creates a workbook that keeps {@code rowWindow} rows of each sheet in memory.
     *
     * @param poiCells whether to write cells with POI's own {@link SheetDataWriter}, for tests to compare with
     */
    NoticeWorkbook(int rowWindow, boolean poiCells) {
        super(rowWindow);
        this.poiCells = poiCells;
    }

    /**
     * Sets the chars of XML a sheet may contain before a thread of its own writes its file, for tests to take the
     * threaded path with a small notice; returns the setting it replaces.
     */
    static long setThreadThreshold(long chars) {
        long previous = threadThreshold;
        threadThreshold = chars;
        return previous;
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        // CellXmlWriter writes strings inline only, as a workbook without a shared strings table does.
        if (poiCells || isCompressTempFiles() || getSharedStringSource() != null) {
            return super.createSheetDataWriter();
        }
        return new CellXmlWriter(threadThreshold);
    }

    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
        ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
        zip.setLevel(DEFLATE_LEVEL);
        return zip;
    }
}
