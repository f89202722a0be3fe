package kaohe.notice;

/**
 * The width of text in a spreadsheet column, counted in the widths of the digit "0" that Excel sizes columns
 * by: a CJK character, a full-width form or a Chinese quotation mark is two, anything else one.
 */
final class TextWidth {

    private TextWidth() {
    }

    static int of(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            width += isWide(codePoint) ? 2 : 1;
            i += Character.charCount(codePoint);
        }
        return width;
    }

    /** Returns the number of lines {@code text} takes when wrapped in a column {@code columnWidth} zeros wide. */
    static int lines(String text, int columnWidth) {
        int usable = Math.max(1, columnWidth - 2);
        // No char is wider than 2, so a short text without line breaks fits one line without being measured.
        if (2L * text.length() <= usable && text.indexOf('\n') < 0) {
            return 1;
        }
        int lines = 0;
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            if (codePoint == '\n') {
                lines += linesOf(width, usable);
                width = 0;
            } else {
                width += isWide(codePoint) ? 2 : 1;
            }
            i += Character.charCount(codePoint);
        }
        return lines + linesOf(width, usable);
    }

    /** Returns the lines a paragraph {@code width} zeros wide takes: at least one, also when it is empty. */
    private static int linesOf(int width, int usable) {
        return Math.max(1, (width + usable - 1) / usable);
    }

    private static boolean isWide(int codePoint) {
        if (codePoint < 0x1100) {
            return false;
        }
        // Chinese fonts such as SimSun draw these punctuation marks and symbols full width.
        if (codePoint >= 0x2010 && codePoint <= 0x2027 || codePoint >= 0x2460 && codePoint <= 0x27BF) {
            return true;
        }
        return codePoint >= 0x1100 && codePoint <= 0x115F
                || codePoint >= 0x2E80 && codePoint <= 0xA4CF
                || codePoint >= 0xAC00 && codePoint <= 0xD7A3
                || codePoint >= 0xF900 && codePoint <= 0xFAFF
                || codePoint >= 0xFE30 && codePoint <= 0xFE4F
                || codePoint >= 0xFF00 && codePoint <= 0xFF60
                || codePoint >= 0xFFE0 && codePoint <= 0xFFE6
                || codePoint >= 0x20000 && codePoint <= 0x3FFFD;
    }
}
