package kaohe.notice;

import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/** The 通报正文 sheet: the drafted notice text, one paragraph per row in one wide wrapped column. */
final class TextSheet {

    static final String NAME = "通报正文";
    /** The width of the text column, in widths of the digit "0" of the 10-point table font. */
    static final int WIDTH = 92;
    /** The 0-based row of the first paragraph: below the title and one blank row. */
    static final int FIRST_PARAGRAPH_ROW = 2;

    private static final float LINE_POINTS = 21f;
    /** The text font is 14 points against the 10 points the column width is counted in. */
    private static final double FONT_SCALE = 14.0 / Styles.TABLE_POINTS;

    private TextSheet() {
    }

    static void write(Workbook workbook, Styles styles, String title, List<NoticeText.Paragraph> paragraphs) {
        Sheet sheet = workbook.createSheet(NAME);
        sheet.setColumnWidth(0, WIDTH * 256);
        Row titleRow = sheet.createRow(TableSheet.TITLE_ROW);
        titleRow.setHeightInPoints(36);
        Cell titleCell = titleRow.createCell(0);
        titleCell.setCellValue(title);
        titleCell.setCellStyle(styles.title());

        int rowIndex = FIRST_PARAGRAPH_ROW;
        for (NoticeText.Paragraph paragraph : paragraphs) {
            Row row = sheet.createRow(rowIndex++);
            Cell cell = row.createCell(0);
            cell.setCellValue(paragraph.text());
            CellStyle style = paragraph.heading() ? styles.heading() : styles.paragraph();
            cell.setCellStyle(style);
            int lines = TextWidth.lines(paragraph.text(), (int) Math.round(WIDTH / FONT_SCALE) + 2);
            row.setHeightInPoints(LINE_POINTS * lines + 6);
        }
        TableSheet.Layout.print(sheet, false, false);
    }
}
