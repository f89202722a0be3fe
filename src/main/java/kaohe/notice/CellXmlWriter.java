package kaohe.notice;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * Writes the XML of text, number and blank cells through {@link CellXml}, the same chars as POI 5.5.1's
 * {@link SheetDataWriter} writes for a workbook without a shared strings table, in one write per cell. Other
 * cell types, and the rows' start and end tags, are left to POI's writer.
 *
 * <p>POI's writer makes a {@code CellReference} per cell, writes each attribute in several calls to a
 * synchronized writer and goes through a string's code points twice. On the detail sheet of a million-row
 * ledger that took about half the Java time of writing the notice, before its data rows went around SXSSF.
 */
final class CellXmlWriter extends SheetDataWriter {

    private final CellXml xml = new CellXml();

    CellXmlWriter() throws IOException {
        super();
    }

    @Override
    public void writeRow(int rownum, SXSSFRow row) throws IOException {
        xml.setRow(rownum);
        super.writeRow(rownum, row);
    }

    @Override
    public void writeCell(int columnIndex, Cell cell) throws IOException {
        if (cell == null) {
            return;
        }
        int style = cell.getCellStyle().getIndex() & 0xffff;
        xml.clear();
        switch (cell.getCellType()) {
            case STRING -> xml.text(columnIndex, style, cell.getStringCellValue());
            case NUMERIC -> xml.number(columnIndex, style, cell.getNumericCellValue());
            case BLANK -> xml.blank(columnIndex, style);
            default -> {
                super.writeCell(columnIndex, cell);
                return;
            }
        }
        // POI's writer encodes as UTF-8 again, to the same bytes, because CellXml writes "?" for a lone surrogate.
        _out.write(new String(xml.bytes(), 0, xml.length(), StandardCharsets.UTF_8));
    }
}
