package kaohe.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The shared-string table of an .xlsx workbook, read with {@link Utf8SaxParser}. Rich text runs are joined,
 * phonetic runs ({@code rPh}) are left out, and {@code _xHHHH_} escapes are decoded. The table is the one
 * part the reader keeps in memory whole, so its entries and characters are capped by {@link ReadLimits}.
 */
final class SharedStrings {

    /** The entries, in an array of their exact number rather than a list with room to grow. */
    private final String[] strings;

    private SharedStrings(String[] strings) {
        this.strings = strings;
    }

    static SharedStrings none() {
        return new SharedStrings(new String[0]);
    }

    /**
     * Parses the table.
     *
     * @param label the file name as messages show it
     * @throws SAXException wrapping a {@link LedgerException} when the table crosses a limit
     */
    static SharedStrings parse(InputStream in, ReadLimits limits, String label) throws IOException, SAXException {
        TableHandler handler = new TableHandler(limits, label);
        Utf8SaxParser.parse(in, handler);
        return new SharedStrings(handler.strings.toArray(String[]::new));
    }

    /** Returns the entry at a 0-based index, or null when the table has no such entry. */
    String get(int index) {
        return index >= 0 && index < strings.length ? strings[index] : null;
    }

    int size() {
        return strings.length;
    }

    private static final class TableHandler extends DefaultHandler {
        private final List<String> strings = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private final ReadLimits limits;
        private final String label;
        private long totalChars;
        private int phoneticDepth;
        private boolean inItem;
        private boolean inText;

        TableHandler(ReadLimits limits, String label) {
            this.limits = limits;
            this.label = label;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes)
                throws SAXException {
            switch (localName) {
                case "si" -> startItem();
                case "rPh" -> phoneticDepth++;
                case "t" -> inText = inItem && phoneticDepth == 0;
                default -> {
                }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "si" -> {
                    strings.add(XmlEscapes.decode(text.toString()));
                    inItem = false;
                }
                case "rPh" -> phoneticDepth--;
                case "t" -> inText = false;
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            if (!inText) {
                return;
            }
            totalChars += length;
            if (totalChars > limits.maxSharedStringChars()) {
                throw limit("个字符", limits.maxSharedStringChars());
            }
            if (text.length() + length > limits.maxCellChars()) {
                throw new SAXException(new LedgerException(label + " 的共享字符串表第 " + (strings.size() + 1)
                        + " 项超过每个单元格 " + limits.maxCellChars() + " 个字符的读取上限，文件可能已损坏"));
            }
            text.append(ch, start, length);
        }

        private void startItem() throws SAXException {
            if (strings.size() >= limits.maxSharedStrings()) {
                throw limit("项", limits.maxSharedStrings());
            }
            inItem = true;
            phoneticDepth = 0;
            text.setLength(0);
        }

        private SAXException limit(String unit, long max) {
            return new SAXException(new LedgerException(label + " 的共享字符串表超过 " + max + " " + unit
                    + "的读取上限，文件可能已损坏或是恶意文件，请确认来源后在 Excel 中重新保存"));
        }
    }
}
