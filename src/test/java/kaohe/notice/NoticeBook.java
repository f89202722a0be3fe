package kaohe.notice;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A written notice read back with POI, with lookups by header name and cell text for the tests. */
final class NoticeBook implements AutoCloseable {

    final XSSFWorkbook workbook;

    private NoticeBook(XSSFWorkbook workbook) {
        this.workbook = workbook;
    }

    static NoticeBook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new NoticeBook(new XSSFWorkbook(in));
        }
    }

    Sheet sheet(String name) {
        Sheet sheet = workbook.getSheet(name);
        if (sheet == null) {
            throw new AssertionError("no sheet " + name);
        }
        return sheet;
    }

    /** Returns the 0-based column whose header (row 2) is {@code header}. */
    int column(String sheetName, String header) {
        Row row = sheet(sheetName).getRow(TableSheet.HEADER_ROW);
        for (Cell cell : row) {
            if (cell.getStringCellValue().equals(header)) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no header " + header + " on " + sheetName);
    }

    List<String> headers(String sheetName) {
        List<String> headers = new ArrayList<>();
        sheet(sheetName).getRow(TableSheet.HEADER_ROW).forEach(cell -> headers.add(cell.getStringCellValue()));
        return headers;
    }

    /** Returns the first row below the header whose cell under {@code header} shows {@code text}. */
    Row row(String sheetName, String header, String text) {
        int column = column(sheetName, header);
        for (Row row : dataRows(sheetName)) {
            if (text(row.getCell(column)).equals(text)) {
                return row;
            }
        }
        throw new AssertionError("no row with " + header + " " + text + " on " + sheetName);
    }

    /** Returns every row below the header row that has a cell in column A. */
    List<Row> dataRows(String sheetName) {
        List<Row> rows = new ArrayList<>();
        Sheet sheet = sheet(sheetName);
        for (int i = TableSheet.HEADER_ROW + 1; i <= sheet.getLastRowNum(); i++) {
            Row row = sheet.getRow(i);
            if (row != null && row.getCell(0) != null && !text(row.getCell(0)).isEmpty()) {
                rows.add(row);
            }
        }
        return rows;
    }

    Cell cell(Row row, String sheetName, String header) {
        return row.getCell(column(sheetName, header));
    }

    String text(Row row, String sheetName, String header) {
        return text(cell(row, sheetName, header));
    }

    double number(Row row, String sheetName, String header) {
        Cell cell = cell(row, sheetName, header);
        if (cell.getCellType() != CellType.NUMERIC) {
            throw new AssertionError(header + " is not a number: " + text(cell));
        }
        return cell.getNumericCellValue();
    }

    static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        return switch (cell.getCellType()) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> String.valueOf(cell.getNumericCellValue());
            default -> "";
        };
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
