package kaohe.ledger;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.xml.sax.Attributes;

/**
 * The attributes of the start tag that {@link Utf8SaxParser} is reporting, valid only during that
 * {@code startElement} call, as SAX allows. A value of plain printable ASCII is left in the parser's byte
 * buffer until a handler requests it; any other value was decoded while the tag was checked.
 *
 * <p>Besides the SAX methods, {@link #intValue} and {@link #column} read a number or a cell reference
 * straight from the bytes, and short values such as {@code t="s"} are decoded once per document.
 */
final class XmlAttributes implements Attributes {

    private static final String CDATA = "CDATA";
    private static final int VALUE_SLOTS = 64;

    /** The short plain values decoded so far, keyed as {@link XmlNames#pack} keys names. */
    private final long[] shortKeys = new long[VALUE_SLOTS];
    private final String[] shortValues = new String[VALUE_SLOTS];

    private byte[] buffer;
    private int length;
    private XmlNames.Name[] names = new XmlNames.Name[8];
    private String[] uris = new String[8];
    private String[] values = new String[8];
    private int[] starts = new int[8];
    private int[] ends = new int[8];

    void clear(byte[] bytes) {
        buffer = bytes;
        length = 0;
    }

    /**
     * Adds an attribute.
     *
     * @param decoded the value, or null when it is the plain ASCII of {@code buffer[start, end)}
     */
    void add(XmlNames.Name name, String decoded, int start, int end) {
        if (length == names.length) {
            int capacity = length * 2;
            names = Arrays.copyOf(names, capacity);
            uris = Arrays.copyOf(uris, capacity);
            values = Arrays.copyOf(values, capacity);
            starts = Arrays.copyOf(starts, capacity);
            ends = Arrays.copyOf(ends, capacity);
        }
        names[length] = name;
        uris[length] = "";
        values[length] = decoded;
        starts[length] = start;
        ends[length] = end;
        length++;
    }

    /** Removes the attribute at an index, for the namespace declarations that SAX does not report. */
    void remove(int index) {
        int moved = length - index - 1;
        System.arraycopy(names, index + 1, names, index, moved);
        System.arraycopy(uris, index + 1, uris, index, moved);
        System.arraycopy(values, index + 1, values, index, moved);
        System.arraycopy(starts, index + 1, starts, index, moved);
        System.arraycopy(ends, index + 1, ends, index, moved);
        length--;
    }

    XmlNames.Name name(int index) {
        return names[index];
    }

    void setUri(int index, String uri) {
        uris[index] = uri;
    }

    @Override
    public int getLength() {
        return length;
    }

    @Override
    public String getURI(int index) {
        return index >= 0 && index < length ? uris[index] : null;
    }

    @Override
    public String getLocalName(int index) {
        return index >= 0 && index < length ? names[index].localName() : null;
    }

    @Override
    public String getQName(int index) {
        return index >= 0 && index < length ? names[index].qName() : null;
    }

    @Override
    public String getType(int index) {
        return index >= 0 && index < length ? CDATA : null;
    }

    @Override
    public String getValue(int index) {
        if (index < 0 || index >= length) {
            return null;
        }
        if (values[index] == null) {
            values[index] = plainValue(starts[index], ends[index]);
        }
        return values[index];
    }

    private String plainValue(int start, int end) {
        if (end - start > XmlNames.PACKED_BYTES) {
            return new String(buffer, start, end - start, StandardCharsets.ISO_8859_1);
        }
        if (start == end) {
            return "";
        }
        long key = XmlNames.pack(buffer, start, end);
        int slot = (int) (key * 0x9E3779B97F4A7C15L >>> 58);
        if (shortKeys[slot] != key) {
            shortKeys[slot] = key;
            shortValues[slot] = new String(buffer, start, end - start, StandardCharsets.ISO_8859_1);
        }
        return shortValues[slot];
    }

    /**
     * Returns the value at an index read as {@code Integer.parseInt(value.trim())} reads it, or {@code invalid}
     * where that would throw.
     */
    int intValue(int index, int invalid) {
        if (values[index] != null) {
            return parseInt(values[index], invalid);
        }
        int p = starts[index];
        int end = ends[index];
        while (p < end && buffer[p] == ' ') {
            p++;
        }
        while (end > p && buffer[end - 1] == ' ') {
            end--;
        }
        boolean negative = p < end && buffer[p] == '-';
        if (p < end && (negative || buffer[p] == '+')) {
            p++;
        }
        if (p == end) {
            return invalid;
        }
        long magnitude = 0;
        for (; p < end; p++) {
            int digit = buffer[p] - '0';
            if (digit < 0 || digit > 9 || magnitude > Integer.MAX_VALUE) {
                return invalid;
            }
            magnitude = magnitude * 10 + digit;
        }
        long value = negative ? -magnitude : magnitude;
        return value < Integer.MIN_VALUE || value > Integer.MAX_VALUE ? invalid : (int) value;
    }

    /** Returns {@code Integer.parseInt(value.trim())}, or {@code invalid} where that throws. */
    static int parseInt(String value, int invalid) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return invalid;
        }
    }

    /** Returns the 0-based column of the cell reference at an index, as {@link CellReferences#column} does. */
    int column(int index) {
        if (values[index] != null) {
            return CellReferences.column(values[index]);
        }
        return CellReferences.column(buffer, starts[index], ends[index]);
    }

    @Override
    public int getIndex(String uri, String localName) {
        for (int i = 0; i < length; i++) {
            if (names[i].localName().equals(localName) && uris[i].equals(uri)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public int getIndex(String qName) {
        for (int i = 0; i < length; i++) {
            if (names[i].qName().equals(qName)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public String getType(String uri, String localName) {
        return getIndex(uri, localName) < 0 ? null : CDATA;
    }

    @Override
    public String getType(String qName) {
        return getIndex(qName) < 0 ? null : CDATA;
    }

    @Override
    public String getValue(String uri, String localName) {
        return getValue(getIndex(uri, localName));
    }

    @Override
    public String getValue(String qName) {
        return getValue(getIndex(qName));
    }
}
