package kaohe.notice;

import java.util.HashMap;
import java.util.Map;

import kaohe.notice.StyleTable.Font;
import kaohe.notice.StyleTable.Format;

/**
 * The cell styles of one notice workbook, as numbers in its {@link StyleTable}, each added on first use.
 *
 * <p>Tables use 宋体 and titles 黑体, the faces Chinese Excel and WPS ship. LibreOffice on a machine without
 * them draws the text in another CJK face it finds, such as Noto Sans CJK. Marks are meant to survive
 * black-and-white printing: bold for a top-three unit, italic on a light grey ground for a unit below target.
 */
final class Styles {

    static final String TABLE_FONT = "宋体";
    static final String TITLE_FONT = "黑体";
    static final String TEXT_FONT = "仿宋";
    static final int TABLE_POINTS = 10;
    /** The workbook's default font, which also sets the width of a column's character. */
    static final Font DEFAULT_FONT = new Font(TABLE_FONT, TABLE_POINTS, false, false);

    private static final Font TITLE = new Font(TITLE_FONT, 16, false, false);
    private static final Font HEADER = new Font(TITLE_FONT, TABLE_POINTS, false, false);
    private static final Font BAND = new Font(TITLE_FONT, 12, false, false);
    private static final Font PARAGRAPH = new Font(TEXT_FONT, 14, false, false);
    private static final Font HEADING = new Font(TITLE_FONT, 14, false, false);

    private static final String CENTER = "center";

    /** A table cell's look: its kind, whether points need two decimals, and its marks. */
    private record Key(CellKind kind, boolean decimals, boolean bold, boolean flagged) {
    }

    private final StyleTable table;
    private final Map<Key, Integer> cellStyles = new HashMap<>();

    Styles(StyleTable table) {
        this.table = table;
    }

    /** Returns the style of a table cell; {@code decimals} matters for points only. */
    int cell(CellKind kind, boolean decimals, boolean bold, boolean flagged) {
        Key key = new Key(kind, kind == CellKind.POINTS && decimals, bold, flagged);
        return cellStyles.computeIfAbsent(key, this::create);
    }

    int cell(CellKind kind, boolean decimals) {
        return cell(kind, decimals, false, false);
    }

    private int create(Key key) {
        String horizontal = switch (key.kind()) {
            case TEXT, WRAPPED -> "left";
            case CENTERED, PLACE, DATE -> CENTER;
            default -> "right";
        };
        String format = switch (key.kind()) {
            case COUNT, PLACE -> "0";
            case POINTS -> key.decimals() ? "0.00" : "0";
            case PERCENT -> "0.0%";
            case DATE -> "yyyy-mm-dd";
            default -> "@";
        };
        Font font = new Font(TABLE_FONT, TABLE_POINTS, key.bold(), key.flagged());
        return table.index(new Format(font, true, key.flagged(), horizontal, CENTER,
                key.kind() == CellKind.WRAPPED, format));
    }

    /** Returns the style of the sheet title: 黑体, large, centred across the table. */
    int title() {
        return table.index(new Format(TITLE, false, false, CENTER, CENTER, false, null));
    }

    /** Returns the style of a column header: centred, wrapped, on a light grey ground. */
    int header() {
        return table.index(new Format(HEADER, true, true, CENTER, CENTER, true, null));
    }

    /** Returns the style of the heading row above one series' table on the ranking sheet. */
    int band() {
        return table.index(new Format(BAND, true, false, "left", CENTER, false, null));
    }

    /** Returns the style of a paragraph of the drafted notice text: 仿宋, wrapped, without borders. */
    int paragraph() {
        return table.index(new Format(PARAGRAPH, false, false, null, "top", true, "@"));
    }

    /** Returns the style of a heading of the drafted notice text: 黑体, the size of the paragraphs. */
    int heading() {
        return table.index(new Format(HEADING, false, false, null, "top", true, "@"));
    }

    /** Returns the style of a note below a table, such as the legend of the marks. */
    int note() {
        return table.index(new Format(DEFAULT_FONT, false, false, null, CENTER, false, null));
    }
}
