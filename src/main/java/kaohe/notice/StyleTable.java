package kaohe.notice;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cell formats of a workbook that {@link XlsxBook} writes, numbered in the order they are first asked for,
 * and the {@code xl/styles.xml} part that lists them. Format 0 is the workbook's default: the default font,
 * no border, no fill and the General number format.
 */
final class StyleTable {

    /** A font; its size is in points. Chinese Excel writes its CJK fonts with the GB2312 character set (134). */
    record Font(String name, int points, boolean bold, boolean italic) {
    }

    /**
     * A cell format.
     *
     * @param horizontal "left", "center", "right" or null for the default
     * @param vertical "top", "center" or null for the default (bottom)
     * @param numberFormat the format code, or null for General
     */
    record Format(Font font, boolean bordered, boolean grey, String horizontal, String vertical, boolean wrap,
                  String numberFormat) {
    }

    /** The number formats built into Excel, which a file uses by number without defining them. */
    private static final Map<String, Integer> BUILT_IN_FORMATS = Map.of("0", 1, "0.00", 2, "@", 49);
    /** The first number of a format defined in the file. */
    private static final int FIRST_CUSTOM_FORMAT = 164;
    /** The fill of a grey cell: the first two fills are the ones Excel reserves, none and gray125. */
    private static final int GREY_FILL = 2;
    /** Excel's indexed colour of a light grey ground (25 %). */
    private static final int GREY_COLOUR = 22;

    private final List<Font> fonts = new ArrayList<>();
    private final Map<Format, Integer> formats = new LinkedHashMap<>();
    private final Map<String, Integer> customFormats = new LinkedHashMap<>();

    /** Creates a table whose default format uses {@code defaultFont}. */
    StyleTable(Font defaultFont) {
        fonts.add(defaultFont);
        formats.put(new Format(defaultFont, false, false, null, null, false, null), 0);
    }

    /** Returns the number of a format, adding it when it is new. */
    int index(Format format) {
        Integer known = formats.get(format);
        if (known != null) {
            return known;
        }
        if (!fonts.contains(format.font())) {
            fonts.add(format.font());
        }
        String code = format.numberFormat();
        if (code != null && !BUILT_IN_FORMATS.containsKey(code)) {
            customFormats.putIfAbsent(code, FIRST_CUSTOM_FORMAT + customFormats.size());
        }
        int index = formats.size();
        formats.put(format, index);
        return index;
    }

    /** Returns the XML of the styles part. */
    String xml() {
        StringBuilder xml = new StringBuilder(4096).append(XlsxBook.XML_DECLARATION)
                .append("<styleSheet xmlns=\"").append(XlsxBook.MAIN_NAMESPACE).append("\">");
        if (!customFormats.isEmpty()) {
            xml.append("<numFmts count=\"").append(customFormats.size()).append("\">");
            customFormats.forEach((code, id) -> xml.append("<numFmt numFmtId=\"").append(id)
                    .append("\" formatCode=\"").append(XlsxBook.escape(code)).append("\"/>"));
            xml.append("</numFmts>");
        }
        xml.append("<fonts count=\"").append(fonts.size()).append("\">");
        fonts.forEach(font -> appendFont(xml, font));
        xml.append("</fonts><fills count=\"3\"><fill><patternFill patternType=\"none\"/></fill>")
                .append("<fill><patternFill patternType=\"gray125\"/></fill>")
                .append("<fill><patternFill patternType=\"solid\"><fgColor indexed=\"").append(GREY_COLOUR)
                .append("\"/><bgColor indexed=\"64\"/></patternFill></fill></fills>")
                .append("<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border>")
                .append("<border><left style=\"thin\"/><right style=\"thin\"/><top style=\"thin\"/>")
                .append("<bottom style=\"thin\"/><diagonal/></border></borders>")
                .append("<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/>")
                .append("</cellStyleXfs><cellXfs count=\"").append(formats.size()).append("\">");
        formats.keySet().forEach(format -> appendFormat(xml, format));
        return xml.append("</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/>")
                .append("</cellStyles></styleSheet>").toString();
    }

    private static void appendFont(StringBuilder xml, Font font) {
        xml.append("<font>");
        if (font.bold()) {
            xml.append("<b/>");
        }
        if (font.italic()) {
            xml.append("<i/>");
        }
        xml.append("<sz val=\"").append(font.points()).append("\"/><name val=\"").append(XlsxBook.escape(font.name()))
                .append("\"/><charset val=\"134\"/></font>");
    }

    private void appendFormat(StringBuilder xml, Format format) {
        String code = format.numberFormat();
        int numberFormat = code == null ? 0 : BUILT_IN_FORMATS.getOrDefault(code, customFormats.getOrDefault(code, 0));
        int font = fonts.indexOf(format.font());
        boolean aligned = format.horizontal() != null || format.vertical() != null || format.wrap();
        xml.append("<xf numFmtId=\"").append(numberFormat).append("\" fontId=\"").append(font)
                .append("\" fillId=\"").append(format.grey() ? GREY_FILL : 0)
                .append("\" borderId=\"").append(format.bordered() ? 1 : 0).append("\" xfId=\"0\"");
        appendFlag(xml, "applyNumberFormat", numberFormat != 0);
        appendFlag(xml, "applyFont", font != 0);
        appendFlag(xml, "applyFill", format.grey());
        appendFlag(xml, "applyBorder", format.bordered());
        appendFlag(xml, "applyAlignment", aligned);
        if (!aligned) {
            xml.append("/>");
            return;
        }
        xml.append("><alignment");
        if (format.horizontal() != null) {
            xml.append(" horizontal=\"").append(format.horizontal()).append('"');
        }
        if (format.vertical() != null) {
            xml.append(" vertical=\"").append(format.vertical()).append('"');
        }
        appendFlag(xml, "wrapText", format.wrap());
        xml.append("/></xf>");
    }

    private static void appendFlag(StringBuilder xml, String attribute, boolean set) {
        if (set) {
            xml.append(' ').append(attribute).append("=\"1\"");
        }
    }
}
