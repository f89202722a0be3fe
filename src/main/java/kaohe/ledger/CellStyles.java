package kaohe.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The date flag of each cell format of an .xlsx workbook, read from the styles part with SAX.
 * Only the number format of each {@code cellXfs} entry matters here, so this keeps one boolean per entry
 * instead of POI's whole {@code StylesTable}, which a hostile styles part could make huge.
 */
final class CellStyles {

    /** Excel allows about 64,000 cell formats; a styles part with more than a million is not a real one. */
    static final int MAX_FORMATS = 1 << 20;

    private static final CellStyles NONE = new CellStyles(new boolean[0]);

    private final boolean[] dateByStyle;

    private CellStyles(boolean[] dateByStyle) {
        this.dateByStyle = dateByStyle;
    }

    /** Returns the styles of a workbook without a styles part, where every cell has the General format. */
    static CellStyles none() {
        return NONE;
    }

    static CellStyles parse(InputStream in) throws IOException, SAXException {
        StylesHandler handler = new StylesHandler();
        Utf8SaxParser.parse(in, handler);
        boolean[] dateByStyle = new boolean[handler.styleCount];
        for (int i = 0; i < handler.styleCount; i++) {
            int formatId = handler.formatIds[i];
            dateByStyle[i] = DateFormats.isDateFormat(formatId, handler.formatCodes.get(formatId));
        }
        return new CellStyles(dateByStyle);
    }

    /** Returns whether the cell format at this {@code s} index is a date format; unknown indexes are not. */
    boolean isDate(int styleIndex) {
        return styleIndex >= 0 && styleIndex < dateByStyle.length && dateByStyle[styleIndex];
    }

    private static final class StylesHandler extends DefaultHandler {
        private final Map<Integer, String> formatCodes = new HashMap<>();
        private int[] formatIds = new int[64];
        private int styleCount;
        private boolean inCellXfs;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes)
                throws SAXException {
            switch (localName) {
                case "numFmt" -> addFormat(attributes);
                case "cellXfs" -> inCellXfs = true;
                case "xf" -> {
                    if (inCellXfs) {
                        addStyle(parseId(attributes.getValue("numFmtId")));
                    }
                }
                default -> {
                }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            if ("cellXfs".equals(localName)) {
                inCellXfs = false;
            }
        }

        private void addFormat(Attributes attributes) throws SAXException {
            String code = attributes.getValue("formatCode");
            if (code != null && formatCodes.size() < MAX_FORMATS) {
                formatCodes.put(parseId(attributes.getValue("numFmtId")), code);
            } else if (code != null) {
                throw tooMany();
            }
        }

        private void addStyle(int formatId) throws SAXException {
            if (styleCount == MAX_FORMATS) {
                throw tooMany();
            }
            if (styleCount == formatIds.length) {
                formatIds = Arrays.copyOf(formatIds, formatIds.length * 2);
            }
            formatIds[styleCount++] = formatId;
        }

        private static SAXException tooMany() {
            return new SAXException("the styles part has more than " + MAX_FORMATS + " formats");
        }

        private static int parseId(String value) {
            try {
                return value == null ? 0 : Integer.parseInt(value.trim());
            } catch (NumberFormatException e) {
                return 0;
            }
        }
    }
}
