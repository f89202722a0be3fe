package kaohe.notice;

import java.util.HashMap;
import java.util.Map;

import org.apache.poi.common.usermodel.fonts.FontCharset;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles of one notice workbook, each made once on first use.
 *
 * <p>Tables use 宋体 and titles 黑体, the faces Chinese Excel and WPS ship. LibreOffice on a machine without
 * them draws the text in another CJK face it finds, such as Noto Sans CJK. Marks are meant to survive
 * black-and-white printing: bold for a top-three unit, italic on a light grey ground for a unit below target.
 */
final class Styles {

    static final String TABLE_FONT = "宋体";
    static final String TITLE_FONT = "黑体";
    static final String TEXT_FONT = "仿宋";
    static final short TABLE_POINTS = 10;

    /** A table cell's look: its kind, whether points need two decimals, and its marks. */
    record Key(CellKind kind, boolean decimals, boolean bold, boolean flagged) {
    }

    private final Workbook workbook;
    private final Map<Key, CellStyle> cellStyles = new HashMap<>();
    private final Map<String, Font> fonts = new HashMap<>();
    private CellStyle title;
    private CellStyle header;
    private CellStyle band;
    private CellStyle paragraph;
    private CellStyle heading;
    private CellStyle note;

    Styles(Workbook workbook) {
        this.workbook = workbook;
        Font base = workbook.getFontAt(0);
        base.setFontName(TABLE_FONT);
        base.setFontHeightInPoints(TABLE_POINTS);
        base.setCharSet(FontCharset.GB2312.getNativeId());
    }

    /** Returns the style of a table cell; {@code decimals} matters for points only. */
    CellStyle cell(CellKind kind, boolean decimals, boolean bold, boolean flagged) {
        Key key = new Key(kind, kind == CellKind.POINTS && decimals, bold, flagged);
        return cellStyles.computeIfAbsent(key, this::create);
    }

    CellStyle cell(CellKind kind, boolean decimals) {
        return cell(kind, decimals, false, false);
    }

    private CellStyle create(Key key) {
        CellStyle style = bordered();
        style.setFont(font(TABLE_FONT, TABLE_POINTS, key.bold(), key.flagged()));
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        style.setWrapText(key.kind() == CellKind.WRAPPED);
        style.setAlignment(switch (key.kind()) {
            case TEXT, WRAPPED -> HorizontalAlignment.LEFT;
            case CENTERED, PLACE, DATE -> HorizontalAlignment.CENTER;
            default -> HorizontalAlignment.RIGHT;
        });
        String format = switch (key.kind()) {
            case COUNT, PLACE -> "0";
            case POINTS -> key.decimals() ? "0.00" : "0";
            case PERCENT -> "0.0%";
            case DATE -> "yyyy-mm-dd";
            default -> "@";
        };
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        if (key.flagged()) {
            style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        return style;
    }

    /** Returns the style of the sheet title: 黑体, large, centred across the table. */
    CellStyle title() {
        if (title == null) {
            title = workbook.createCellStyle();
            title.setFont(font(TITLE_FONT, (short) 16, false, false));
            title.setAlignment(HorizontalAlignment.CENTER);
            title.setVerticalAlignment(VerticalAlignment.CENTER);
        }
        return title;
    }

    /** Returns the style of a column header: bold, centred, wrapped, on a light grey ground. */
    CellStyle header() {
        if (header == null) {
            header = bordered();
            header.setFont(font(TITLE_FONT, TABLE_POINTS, false, false));
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            header.setWrapText(true);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        return header;
    }

    /** Returns the style of the heading row above one series' table on the ranking sheet. */
    CellStyle band() {
        if (band == null) {
            band = bordered();
            band.setFont(font(TITLE_FONT, (short) 12, false, false));
            band.setAlignment(HorizontalAlignment.LEFT);
            band.setVerticalAlignment(VerticalAlignment.CENTER);
        }
        return band;
    }

    /** Returns the style of a paragraph of the drafted notice text: 仿宋, wrapped, without borders. */
    CellStyle paragraph() {
        if (paragraph == null) {
            paragraph = workbook.createCellStyle();
            paragraph.setFont(font(TEXT_FONT, (short) 14, false, false));
            paragraph.setWrapText(true);
            paragraph.setVerticalAlignment(VerticalAlignment.TOP);
            paragraph.setDataFormat(workbook.createDataFormat().getFormat("@"));
        }
        return paragraph;
    }

    /** Returns the style of a heading of the drafted notice text: 黑体, the size of the paragraphs. */
    CellStyle heading() {
        if (heading == null) {
            heading = workbook.createCellStyle();
            heading.cloneStyleFrom(paragraph());
            heading.setFont(font(TITLE_FONT, (short) 14, false, false));
        }
        return heading;
    }

    /** Returns the style of a note below a table, such as the legend of the marks. */
    CellStyle note() {
        if (note == null) {
            note = workbook.createCellStyle();
            note.setFont(font(TABLE_FONT, TABLE_POINTS, false, false));
            note.setVerticalAlignment(VerticalAlignment.CENTER);
        }
        return note;
    }

    private CellStyle bordered() {
        CellStyle style = workbook.createCellStyle();
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }

    private Font font(String name, short points, boolean bold, boolean italic) {
        String key = name + "|" + points + "|" + bold + "|" + italic;
        return fonts.computeIfAbsent(key, unused -> {
            Font font = workbook.createFont();
            font.setFontName(name);
            font.setFontHeightInPoints(points);
            font.setBold(bold);
            font.setItalic(italic);
            // Chinese Excel writes its CJK fonts with the GB2312 character set, so the notice does too.
            font.setCharSet(FontCharset.GB2312.getNativeId());
            return font;
        });
    }
}
