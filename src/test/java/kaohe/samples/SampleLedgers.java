package kaohe.samples;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the sample ledgers {@code 2018-05.xlsx} and {@code 2018-06.xlsx}, typed the way a clerk types them:
 * title rows, header synonyms, shuffled columns, unit aliases, outlet spellings and dates in many forms.
 *
 * <p>The expected rankings next to the tests were worked out by hand from these rows, so any change here
 * must be carried into {@code worked-out.md} and the {@code expected-*.csv} files.
 *
 * <p>Usage: {@code SampleLedgers [folder]}, where the folder defaults to {@code samples}. The output is the
 * same bytes on every run, because the document properties and the zip entry times are fixed.
 */
public final class SampleLedgers {

    /** The time stamped into the document properties and onto every zip entry. */
    private static final Date FIXED_TIME =
            Date.from(LocalDate.of(2018, 7, 2).atTime(9, 0).toInstant(ZoneOffset.ofHours(8)));

    private static final int TEXT_COLUMN_WIDTH = 14;
    private static final int WIDE_COLUMN_WIDTH = 38;

    private SampleLedgers() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "samples");
        Files.createDirectories(folder);

        write(folder.resolve("2018-05.xlsx"), MaySample.sheets());
        write(folder.resolve("2018-06.xlsx"), JuneSample.sheets());
    }

    static void write(Path file, List<SampleSheet> sheets) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            for (SampleSheet sheet : sheets) {
                writeSheet(workbook.createSheet(sheet.name()), styles, sheet);
            }
            fixProperties(workbook.getProperties());

            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            workbook.write(bytes);
            Files.write(file, ZipTimes.withFixedTimes(bytes.toByteArray(), FIXED_TIME.getTime()));
        }
    }

    private static void writeSheet(XSSFSheet sheet, Styles styles, SampleSheet spec) {
        int width = spec.headers().size();
        int rowIndex = 0;

        for (String title : spec.titles()) {
            Cell cell = sheet.createRow(rowIndex).createCell(0);
            cell.setCellValue(title);
            cell.setCellStyle(styles.title);
            sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, 0, width - 1));
            rowIndex++;
        }

        writeValues(sheet.createRow(rowIndex++), spec.headers(), styles.header);

        int number = 1;
        for (List<Object> values : spec.rows()) {
            Row row = sheet.createRow(rowIndex++);
            if (values.isEmpty()) {
                continue;
            }
            if (spec.numbered()) {
                row.createCell(0).setCellValue(number++);
            }
            int offset = spec.numbered() ? 1 : 0;
            for (int i = 0; i < values.size(); i++) {
                writeValue(row, offset + i, values.get(i), styles);
            }
        }

        setColumnWidths(sheet, spec.headers());
    }

    private static void writeValues(Row row, List<String> values, CellStyle style) {
        for (int i = 0; i < values.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(values.get(i));
            cell.setCellStyle(style);
        }
    }

    private static void writeValue(Row row, int column, Object value, Styles styles) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(column);
        if (value instanceof String text) {
            cell.setCellValue(text);
        } else if (value instanceof LocalDate date) {
            cell.setCellValue(date);
            cell.setCellStyle(styles.dateStyle("yyyy/m/d"));
        } else if (value instanceof SampleSheet.DateCell date) {
            cell.setCellValue(date.date());
            cell.setCellStyle(styles.dateStyle(date.format()));
        } else if (value instanceof Double number) {
            cell.setCellValue(number);
        } else {
            throw new IllegalArgumentException("unsupported cell value " + value + " of type " + value.getClass()
                    + ": use a String, LocalDate, DateCell, Double or null");
        }
    }

    private static void setColumnWidths(XSSFSheet sheet, List<String> headers) {
        for (int i = 0; i < headers.size(); i++) {
            String header = headers.get(i);
            boolean wide = header.contains("标题") || header.contains("主题") || header.contains("事由");
            int characters = wide ? WIDE_COLUMN_WIDTH : TEXT_COLUMN_WIDTH;
            sheet.setColumnWidth(i, characters * 256);
        }
    }

    private static void fixProperties(POIXMLProperties properties) {
        POIXMLProperties.CoreProperties core = properties.getCoreProperties();
        core.setCreator("区跑改办");
        core.setLastModifiedByUser("区跑改办");
        core.setCreated(Optional.of(FIXED_TIME));
        core.setModified(Optional.of(FIXED_TIME));
        properties.getExtendedProperties().getUnderlyingProperties().setApplication("Microsoft Excel");
    }

    /** The few cell styles of a sample workbook, created once so that every date format has one style. */
    private static final class Styles {
        private final XSSFWorkbook workbook;
        private final CellStyle title;
        private final CellStyle header;
        private final Map<String, CellStyle> dates = new TreeMap<>();

        Styles(XSSFWorkbook workbook) {
            this.workbook = workbook;
            this.title = boldStyle(workbook, (short) 16);
            this.header = boldStyle(workbook, (short) 11);
        }

        CellStyle dateStyle(String format) {
            return dates.computeIfAbsent(format, f -> {
                CellStyle style = workbook.createCellStyle();
                style.setDataFormat(workbook.createDataFormat().getFormat(f));
                return style;
            });
        }

        private static CellStyle boldStyle(XSSFWorkbook workbook, short points) {
            Font font = workbook.createFont();
            font.setBold(true);
            font.setFontHeightInPoints(points);
            CellStyle style = workbook.createCellStyle();
            style.setFont(font);
            return style;
        }
    }
}
