package kaohe.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds small ledger workbooks for tests, sheet by sheet and row by row, as .xlsx or .xls.
 *
 * <p>A {@link LocalDate} value becomes a date cell formatted yyyy-mm-dd, a Number a numeric cell, a String
 * starting with "=" a formula, anything else a text cell; null leaves the cell blank.
 */
public final class TestWorkbook implements AutoCloseable {

    private final Workbook workbook;
    private final CellStyle dateStyle;
    private Sheet sheet;

    private TestWorkbook(Workbook workbook) {
        this.workbook = workbook;
        this.dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
    }

    public static TestWorkbook xlsx() {
        return new TestWorkbook(new XSSFWorkbook());
    }

    public static TestWorkbook xls() {
        return new TestWorkbook(new HSSFWorkbook());
    }

    /** Starts a sheet; the rows added next go into it. */
    public TestWorkbook sheet(String name) {
        sheet = workbook.createSheet(name);
        return this;
    }

    /** Adds a row after the last one. */
    public TestWorkbook row(Object... values) {
        int rowIndex = sheet.getPhysicalNumberOfRows() == 0 ? 0 : sheet.getLastRowNum() + 1;
        Row row = sheet.createRow(rowIndex);
        for (int column = 0; column < values.length; column++) {
            set(row.createCell(column), values[column]);
        }
        return this;
    }

    /** Adds rows after the last one. */
    public TestWorkbook rows(List<Object[]> rows) {
        rows.forEach(this::row);
        return this;
    }

    /** Leaves a blank row. */
    public TestWorkbook blankRow() {
        int rowIndex = sheet.getPhysicalNumberOfRows() == 0 ? 0 : sheet.getLastRowNum() + 1;
        sheet.createRow(rowIndex);
        return this;
    }

    public Workbook workbook() {
        return workbook;
    }

    public Sheet currentSheet() {
        return sheet;
    }

    private void set(Cell cell, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof LocalDate date) {
            cell.setCellValue(date);
            cell.setCellStyle(dateStyle);
        } else if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof String text && text.startsWith("=")) {
            cell.setCellFormula(text.substring(1));
        } else {
            cell.setCellValue(value.toString());
        }
    }

    /** Writes the workbook and returns the path. */
    public Path writeTo(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        return file;
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
