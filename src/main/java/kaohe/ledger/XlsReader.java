package kaohe.ledger;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Reads the visible sheets of an .xls (BIFF8) workbook with POI's HSSF user model. HSSF keeps the whole
 * workbook in memory, which is bounded because the format stops at 65,536 rows and 256 columns and
 * {@link ReadLimits#maxXlsBytes()} caps the file.
 */
final class XlsReader {

    private final ReadLimits limits;

    XlsReader(ReadLimits limits) {
        this.limits = limits;
    }

    /**
     * Reads the workbook stored in an OLE2 root directory.
     *
     * @param password the password of an encrypted workbook, or null to try Excel's default one only
     */
    void read(DirectoryNode root, String fileName, String password, RowSink sink) throws LedgerException {
        HSSFWorkbook workbook = open(root, fileName, password);
        boolean date1904 = workbook.getInternalWorkbook().isUsing1904DateWindowing();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            if (workbook.getSheetVisibility(i) == SheetVisibility.VISIBLE) {
                HSSFSheet sheet = workbook.getSheetAt(i);
                SheetInfo info = new SheetInfo(fileName, sheet.getSheetName(), date1904);
                if (sink.startSheet(info)) {
                    readSheet(sheet, info, sink);
                    sink.endSheet();
                }
            }
        }
    }

    private static HSSFWorkbook open(DirectoryNode root, String fileName, String password) throws LedgerException {
        // HSSF takes the password of an encrypted .xls from this thread-local setting.
        Biff8EncryptionKey.setCurrentUserPassword(password);
        try {
            return new HSSFWorkbook(root, true);
        } catch (EncryptedDocumentException e) {
            throw password == null ? Passwords.required(fileName, e) : Passwords.wrong(fileName, e);
        } catch (OldExcelFormatException e) {
            throw new LedgerException(fileName + " 是 Excel 5.0/95 或更早的旧格式，请在 Excel 中打开后另存为 .xlsx 再试", e);
        } catch (IOException | RuntimeException e) {
            throw new LedgerException(fileName + " 已损坏，无法作为 .xls 工作簿读取，请在 Excel 中打开后另存为 .xlsx 再试", e);
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
    }

    private void readSheet(HSSFSheet sheet, SheetInfo info, RowSink sink) throws LedgerException {
        MergedRegions merges = new MergedRegions(limits, info.file() + " " + info.sheet());
        for (CellRangeAddress range : sheet.getMergedRegions()) {
            merges.add(range);
        }
        RowAssembler assembler = new RowAssembler(sink, info.file(), info.sheet(), limits, merges, false);
        for (Row row : sheet) {
            List<RawCell> cells = new ArrayList<>();
            for (Cell cell : row) {
                RawCell converted = toCell(cell, info.date1904());
                if (converted != null) {
                    cells.add(converted);
                }
            }
            assembler.row(row.getRowNum() + 1, row.getZeroHeight(), cells);
        }
        assembler.finish();
    }

    private static RawCell toCell(Cell cell, boolean date1904) {
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            type = cell.getCachedFormulaResultType();
        }
        int column = cell.getColumnIndex();
        return switch (type) {
            case NUMERIC -> CellValues.numeric(column, cell.getNumericCellValue(), isDateFormatted(cell), date1904);
            case STRING -> text(column, cell.getRichStringCellValue().getString());
            case BOOLEAN -> RawCell.bool(column, cell.getBooleanCellValue());
            case ERROR -> RawCell.error(column, errorCode(cell.getErrorCellValue()));
            default -> null;
        };
    }

    private static boolean isDateFormatted(Cell cell) {
        CellStyle style = cell.getCellStyle();
        return style != null && DateFormats.isDateFormat(style.getDataFormat() & 0xFFFF, style.getDataFormatString());
    }

    private static RawCell text(int column, String text) {
        return text == null || text.isEmpty() ? null : RawCell.text(column, text);
    }

    /** Returns Excel's code for an error value ("#N/A"), or "#ERR" and the number for a code Excel lacks. */
    private static String errorCode(byte code) {
        try {
            return FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException e) {
            return "#ERR" + code;
        }
    }
}
