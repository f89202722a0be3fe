package kaohe.faults;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds ledger workbooks with POI for the fault tests, row by row. A String is a text cell, a Number a
 * General number, a LocalDate a date cell formatted yyyy-mm-dd, a {@link Styled} a number in a given format,
 * a {@link Formula} a formula whose result is saved with it, a {@link Rich} a text cell of several runs.
 * null leaves a cell blank.
 */
final class Book implements AutoCloseable {

    /** A number shown in a number format: a pattern, or "#31" for the built-in format with that id. */
    record Styled(double value, String format) {
    }

    /** A formula without "=", with an optional number format for its result (null for General). */
    record Formula(String formula, String format) {
    }

    /** Rich text: each run is one string, every other run bold. */
    record Rich(String... runs) {
    }

    private final Workbook workbook;
    private final Map<String, CellStyle> styles = new HashMap<>();
    private Sheet sheet;

    private Book(Workbook workbook) {
        this.workbook = workbook;
    }

    static Book xlsx() {
        return new Book(new XSSFWorkbook());
    }

    static Book xls() {
        return new Book(new HSSFWorkbook());
    }

    /** The usual one-row 录用 sheet: 区发改委's article adopted by 萧山信息•专报, 10 points. */
    static Book withAdoption() {
        return xlsx().sheet("录用").row("单位", "信息标题", "录用刊物", "录用日期")
                .row("区发改委", "投资项目审批提速", "萧山信息•专报", LocalDate.of(2018, 6, 5));
    }

    Book sheet(String name) {
        sheet = workbook.createSheet(name);
        return this;
    }

    Book row(Object... values) {
        int index = sheet.getPhysicalNumberOfRows() == 0 ? 0 : sheet.getLastRowNum() + 1;
        Row row = sheet.createRow(index);
        for (int column = 0; column < values.length; column++) {
            set(row.createCell(column), values[column]);
        }
        return this;
    }

    /** Hides the last row added. */
    Book hideLastRow() {
        sheet.getRow(sheet.getLastRowNum()).setZeroHeight(true);
        return this;
    }

    Workbook workbook() {
        return workbook;
    }

    Sheet currentSheet() {
        return sheet;
    }

    CellStyle style(String format) {
        return styles.computeIfAbsent(format, key -> {
            CellStyle style = workbook.createCellStyle();
            if (key.startsWith("#")) {
                style.setDataFormat(Short.parseShort(key.substring(1)));
            } else {
                style.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat(key));
            }
            return style;
        });
    }

    private void set(Cell cell, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof LocalDate date) {
            cell.setCellValue(date);
            cell.setCellStyle(style("yyyy-mm-dd"));
        } else if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof Styled styled) {
            cell.setCellValue(styled.value());
            cell.setCellStyle(style(styled.format()));
        } else if (value instanceof Formula formula) {
            cell.setCellFormula(formula.formula());
            if (formula.format() != null) {
                cell.setCellStyle(style(formula.format()));
            }
        } else if (value instanceof Rich rich) {
            cell.setCellValue(richText(rich));
        } else {
            cell.setCellValue(value.toString());
        }
    }

    private XSSFRichTextString richText(Rich rich) {
        XSSFRichTextString text = new XSSFRichTextString(String.join("", rich.runs()));
        org.apache.poi.ss.usermodel.Font bold = workbook.createFont();
        bold.setBold(true);
        int start = 0;
        for (int i = 0; i < rich.runs().length; i++) {
            int end = start + rich.runs()[i].length();
            if (i % 2 == 1) {
                text.applyFont(start, end, bold);
            }
            start = end;
        }
        return text;
    }

    /** Computes every formula, so that its result is saved as Excel saves it, and writes the workbook. */
    Path write(Path file) throws IOException {
        workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
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
