package kaohe.report;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The cell styles of the report workbook, made once per workbook because Excel limits their number. */
final class ReportStyles {

    /** The font every cell uses; LibreOffice substitutes an installed CJK font where it is missing. */
    static final String FONT = "宋体";

    final CellStyle title;
    final CellStyle note;
    final CellStyle header;
    final CellStyle section;
    final CellStyle text;
    final CellStyle wrappedText;
    final CellStyle centered;
    final CellStyle points;
    final CellStyle percent;
    final CellStyle check;
    final CellStyle checkPoints;

    ReportStyles(Workbook workbook) {
        title = workbook.createCellStyle();
        title.setFont(font(workbook, 16, true));
        title.setAlignment(HorizontalAlignment.CENTER);
        title.setVerticalAlignment(VerticalAlignment.CENTER);

        note = workbook.createCellStyle();
        note.setFont(font(workbook, 10, false));

        header = bordered(workbook, font(workbook, 10, true));
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setWrapText(true);
        fill(header, IndexedColors.GREY_25_PERCENT);

        section = workbook.createCellStyle();
        section.setFont(font(workbook, 11, true));

        Font plain = font(workbook, 10, false);
        text = bordered(workbook, plain);
        wrappedText = bordered(workbook, plain);
        wrappedText.setWrapText(true);
        centered = bordered(workbook, plain);
        centered.setAlignment(HorizontalAlignment.CENTER);
        // General shows whole points without a decimal point and 12.5 or 3.33 as they are.
        points = bordered(workbook, plain);
        percent = bordered(workbook, plain);
        percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));

        Font bold = font(workbook, 10, true);
        check = bordered(workbook, bold);
        fill(check, IndexedColors.LIGHT_YELLOW);
        checkPoints = bordered(workbook, bold);
        fill(checkPoints, IndexedColors.LIGHT_YELLOW);
    }

    private static Font font(Workbook workbook, int points, boolean bold) {
        Font font = workbook.createFont();
        font.setFontName(FONT);
        font.setFontHeightInPoints((short) points);
        font.setBold(bold);
        return font;
    }

    private static CellStyle bordered(Workbook workbook, Font font) {
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }

    private static void fill(CellStyle style, IndexedColors color) {
        style.setFillForegroundColor(color.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }
}
