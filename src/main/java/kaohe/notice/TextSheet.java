package kaohe.notice;

import java.util.ArrayList;
import java.util.List;

/** The 通报正文 sheet: the drafted notice text, one paragraph per row in one wide wrapped column. */
final class TextSheet {

    static final String NAME = "通报正文";
    /** The width of the text column, in widths of the digit "0" of the 10-point table font. */
    static final int WIDTH = 92;
    /** The 0-based row of the first paragraph: below the title and one blank row. */
    static final int FIRST_PARAGRAPH_ROW = 2;

    private static final float LINE_POINTS = 21f;
    /** Excel's largest number of characters in one cell. */
    static final int MAX_CELL_CHARS = 32_767;
    /** The text font is 14 points against the 10 points the column width is counted in. */
    private static final double FONT_SCALE = 14.0 / Styles.TABLE_POINTS;

    private TextSheet() {
    }

    static void write(XlsxBook book, Styles styles, String title, List<NoticeText.Paragraph> paragraphs) {
        XlsxSheet sheet = book.addSheet(NAME);
        sheet.setColumnWidth(0, WIDTH);
        sheet.startRow(TableSheet.TITLE_ROW, 36);
        sheet.cell(0, styles.title(), title);

        int rowIndex = FIRST_PARAGRAPH_ROW;
        for (NoticeText.Paragraph paragraph : paragraphs) {
            int style = paragraph.heading() ? styles.heading() : styles.paragraph();
            for (String part : parts(paragraph.text())) {
                int lines = TextWidth.lines(part, (int) Math.round(WIDTH / FONT_SCALE) + 2);
                sheet.startRow(rowIndex++, LINE_POINTS * lines + 6);
                sheet.cell(0, style, part);
            }
        }
        sheet.printOnA4(false);
    }

    /**
     * Splits a paragraph longer than one cell may hold into cells of at most {@value #MAX_CELL_CHARS}
     * characters, each ending after the last "；" or "、" that fits, so a long list of deductions stays readable.
     */
    static List<String> parts(String text) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        while (text.length() - start > MAX_CELL_CHARS) {
            int end = cutPoint(text, start, start + MAX_CELL_CHARS);
            parts.add(text.substring(start, end));
            start = end;
        }
        parts.add(text.substring(start));
        return parts;
    }

    /**
     * Returns where to end a part of {@code text} that starts at {@code start} and may run to {@code limit}
     * (exclusive): after the last "；" or "、" in that stretch, else at the limit, never inside a surrogate pair.
     */
    static int cutPoint(String text, int start, int limit) {
        int end = Math.max(text.lastIndexOf('；', limit - 1), text.lastIndexOf('、', limit - 1)) + 1;
        if (end > start) {
            return end;
        }
        return Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
    }
}
