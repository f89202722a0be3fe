package kaohe.importing;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import kaohe.intake.Field;
import kaohe.intake.LedgerSheet;
import kaohe.ledger.LedgerException;
import kaohe.notice.AtomicFiles;
import kaohe.rules.Rules;

/**
 * A ledger workbook open in POI's user model to have rows added: .xlsx through XSSF, .xls through HSSF.
 * Everything it does not add to (other sheets, styles, widths, formulas, validations) is written back as
 * POI read it.
 */
final class LedgerWorkbook implements Closeable {

    private final Workbook workbook;
    private final Rules rules;
    private final YearMonth month;
    private final Map<Integer, CellStyle> dateStyleByBase = new HashMap<>();
    private final List<String> notes = new ArrayList<>();

    private LedgerWorkbook(Workbook workbook, Rules rules, YearMonth month) {
        this.workbook = workbook;
        this.rules = rules;
        this.month = month;
    }

    /** Builds a new ledger from the template, as .xls or .xlsx by the file name's extension. */
    static LedgerWorkbook create(Path file, Rules rules, YearMonth month) {
        return new LedgerWorkbook(LedgerTemplate.create(isXls(file), rules, month), rules, month);
    }

    /**
     * Opens an existing ledger. The file is read into memory and closed at once, so it is never held open
     * while the new version is written.
     *
     * @throws LedgerException when it is password-protected, since writing it back would drop the password
     */
    static LedgerWorkbook open(Path file, Rules rules, YearMonth month) throws LedgerException {
        String name = file.getFileName().toString();
        try {
            byte[] bytes = Files.readAllBytes(file);
            if (!isXls(file) && FileMagic.valueOf(bytes) == FileMagic.OLE2) {
                throw encrypted(name, null);
            }
            return new LedgerWorkbook(WorkbookFactory.create(new ByteArrayInputStream(bytes)), rules, month);
        } catch (EncryptedDocumentException e) {
            throw encrypted(name, e);
        } catch (IOException | RuntimeException e) {
            throw new LedgerException(name + "：无法打开台账（" + e.getMessage() + "）", e);
        }
    }

    private static LedgerException encrypted(String name, Exception cause) {
        return new LedgerException(name + "：台账有密码保护。导入写回时无法保留密码，请先在 Excel 中取消密码再导入", cause);
    }

    static boolean isXls(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xls");
    }

    /**
     * Appends rows to a ledger sheet below its last non-blank row, each value in the column its header
     * names. A sheet the ledger lacks is added from the template, and a field the sheet has no column for
     * gets a new column after the last header cell.
     *
     * @param layout the sheet as read before, or null when the ledger has no such sheet
     */
    void append(LedgerSheet ledgerSheet, LedgerLayout.SheetLayout layout, List<LedgerRow> rows) {
        LedgerLayout.SheetLayout target = layout;
        if (target == null) {
            LedgerTemplate.addSheet(workbook, ledgerSheet, rules, month);
            target = templateLayout(ledgerSheet, ledgerSheet.sheetName());
        }
        Sheet sheet = workbook.getSheet(target.name());
        if (target.headerRowNumber() == 0) {
            writeHeader(sheet, ledgerSheet);
            target = new LedgerLayout.SheetLayout(target.name(), 1, LedgerTemplate.columns(ledgerSheet), 1);
        }
        Map<Field, Integer> columns = new EnumMap<>(target.columnByField());
        addMissingColumns(sheet, ledgerSheet, target, rows, columns);
        // NOTE: a 合计 row at the bottom stays above the new rows, and formulas over the data keep their old
        // ranges, so a total such as SUM(E3:E20) does not count the appended rows.
        Row model = target.lastRowNumber() > target.headerRowNumber() ? sheet.getRow(target.lastRowNumber() - 1) : null;
        int rowIndex = target.lastRowNumber();
        for (LedgerRow row : rows) {
            write(sheet, rowIndex++, model, row, columns);
        }
    }

    /** The layout of a sheet as {@link LedgerTemplate} builds it: header in row 2, no data yet. */
    static LedgerLayout.SheetLayout templateLayout(LedgerSheet sheet, String name) {
        return new LedgerLayout.SheetLayout(name, LedgerTemplate.HEADER_ROW_NUMBER, LedgerTemplate.columns(sheet),
                LedgerTemplate.HEADER_ROW_NUMBER);
    }

    private static void writeHeader(Sheet sheet, LedgerSheet ledgerSheet) {
        Row header = sheet.createRow(0);
        LedgerTemplate.columns(ledgerSheet).forEach((field, column) ->
                header.createCell(column).setCellValue(ledgerSheet.column(field).canonicalHeader()));
    }

    private void addMissingColumns(Sheet sheet, LedgerSheet ledgerSheet, LedgerLayout.SheetLayout layout,
                                   List<LedgerRow> rows, Map<Field, Integer> columns) {
        Row header = sheet.getRow(layout.headerRowNumber() - 1);
        for (LedgerSheet.Column column : ledgerSheet.columns()) {
            boolean needed = rows.stream().anyMatch(row -> row.values().containsKey(column.field()));
            if (needed && !columns.containsKey(column.field())) {
                int index = Math.max(header.getLastCellNum(), 0);
                Cell cell = header.createCell(index);
                cell.setCellValue(column.canonicalHeader());
                if (index > 0 && header.getCell(index - 1) != null) {
                    cell.setCellStyle(header.getCell(index - 1).getCellStyle());
                }
                sheet.setColumnWidth(index, Math.max(10, LedgerTemplate.displayWidth(column.canonicalHeader()) + 2)
                        * 256);
                columns.put(column.field(), index);
                notes.add("工作表“" + layout.name() + "”原来没有“" + column.canonicalHeader() + "”列，已加在表头末尾");
            }
        }
    }

    /** Writes one row; a cell keeps a style already in place, else takes the style of the row above. */
    private void write(Sheet sheet, int rowIndex, Row model, LedgerRow row, Map<Field, Integer> columns) {
        Row target = sheet.getRow(rowIndex) != null ? sheet.getRow(rowIndex) : sheet.createRow(rowIndex);
        row.values().forEach((field, value) -> {
            int column = columns.get(field);
            Cell cell = target.getCell(column);
            if (cell == null) {
                cell = target.createCell(column);
                cell.setCellStyle(baseStyle(sheet, model, column));
            }
            if (value instanceof LocalDate date) {
                cell.setCellValue(date);
                cell.setCellStyle(dateStyle(cell.getCellStyle()));
            } else if (value instanceof BigDecimal number) {
                cell.setCellValue(number.doubleValue());
            } else {
                cell.setCellValue(value.toString());
            }
        });
    }

    private CellStyle baseStyle(Sheet sheet, Row model, int column) {
        Cell above = model == null ? null : model.getCell(column);
        if (above != null) {
            return above.getCellStyle();
        }
        CellStyle columnStyle = sheet.getColumnStyle(column);
        return columnStyle != null ? columnStyle : workbook.getCellStyleAt(0);
    }

    /** Returns the style when it shows dates, else a copy that does, made once per style. */
    private CellStyle dateStyle(CellStyle base) {
        if (DateUtil.isADateFormat(base.getDataFormat(), base.getDataFormatString())) {
            return base;
        }
        return dateStyleByBase.computeIfAbsent((int) base.getIndex(), index -> {
            CellStyle style = workbook.createCellStyle();
            style.cloneStyleFrom(base);
            style.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            return style;
        });
    }

    /** Returns what the appends changed besides adding rows, such as a column added to a header. */
    List<String> notes() {
        return notes;
    }

    /**
     * Writes the workbook to {@code file} atomically. Excel recalculates the formulas when it next opens
     * the file, because POI does not update their saved results.
     */
    void save(Path file) throws IOException {
        workbook.setForceFormulaRecalculation(true);
        AtomicFiles.write(file, temporary -> {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                workbook.write(out);
            }
        });
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
