package kaohe.ledger;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The element and attribute names of one document, decoded once each, so that a million {@code <c>} tags
 * yield one "c" string and the handlers' {@code switch} on the local name compares identical strings.
 * A hostile part with endless distinct names fills the table and then gets fresh strings.
 *
 * <p>A name of at most {@value #PACKED_BYTES} bytes, as nearly every worksheet name is, is keyed on its
 * bytes packed into a {@code long}; since no name contains a zero byte, the packing of each such name is
 * distinct. Longer names are keyed on a copy of their bytes.
 */
final class XmlNames {

    /**
     * One decoded name; {@code prefix} is "" when the name has none. The strings of a name kept in the table
     * are interned, so that they equal literals by identity.
     *
     * @param bytes the UTF-8 bytes of {@code qName}
     * @param declaration whether the name declares a namespace: "xmlns" or "xmlns:p"
     */
    record Name(String qName, String prefix, String localName, byte[] bytes, boolean declaration) {
    }

    static final int PACKED_BYTES = 8;
    private static final int SLOTS = 1024;
    private static final int PROBES = 8;

    private final long[] packedKeys = new long[SLOTS];
    private final Name[] packedNames = new Name[SLOTS];
    private final byte[][] keys = new byte[SLOTS][];
    private final Name[] names = new Name[SLOTS];

    /**
     * Returns the name stored in {@code bytes[start, end)}, which the caller has checked to be an XML name.
     *
     * @return null when the name is not a namespace-wellformed QName (an empty prefix or local part, or two
     *     colons)
     */
    Name get(byte[] bytes, int start, int end) {
        if (end - start <= PACKED_BYTES) {
            return getPacked(pack(bytes, start, end), bytes, start, end);
        }
        int hash = 0;
        for (int i = start; i < end; i++) {
            hash = hash * 31 + bytes[i];
        }
        int slot = (hash ^ hash >>> 16) & (SLOTS - 1);
        for (int probe = 0; probe < PROBES; probe++, slot = (slot + 1) & (SLOTS - 1)) {
            byte[] key = keys[slot];
            if (key == null) {
                Name name = decode(bytes, start, end, true);
                keys[slot] = Arrays.copyOfRange(bytes, start, end);
                names[slot] = name;
                return name;
            }
            if (Arrays.equals(key, 0, key.length, bytes, start, end)) {
                return names[slot];
            }
        }
        return decode(bytes, start, end, false);
    }

    /** Returns the bytes of a name of at most {@value #PACKED_BYTES} bytes as one number, first byte highest. */
    static long pack(byte[] bytes, int start, int end) {
        long key = 0;
        for (int i = start; i < end; i++) {
            key = key << 8 | bytes[i] & 0xFF;
        }
        return key;
    }

    private Name getPacked(long key, byte[] bytes, int start, int end) {
        int slot = (int) (key * 0x9E3779B97F4A7C15L >>> 54);
        for (int probe = 0; probe < PROBES; probe++, slot = (slot + 1) & (SLOTS - 1)) {
            long found = packedKeys[slot];
            if (found == key) {
                return packedNames[slot];
            }
            if (found == 0) {
                Name name = decode(bytes, start, end, true);
                packedKeys[slot] = key;
                packedNames[slot] = name;
                return name;
            }
        }
        return decode(bytes, start, end, false);
    }

    /** Decodes a name, interning its strings when it is to be kept in the table. */
    private static Name decode(byte[] bytes, int start, int end, boolean inTable) {
        byte[] utf8 = Arrays.copyOfRange(bytes, start, end);
        String qName = intern(new String(utf8, StandardCharsets.UTF_8), inTable);
        int colon = qName.indexOf(':');
        if (colon < 0) {
            return new Name(qName, "", qName, utf8, qName.equals("xmlns"));
        }
        if (colon == 0 || colon == qName.length() - 1 || qName.indexOf(':', colon + 1) >= 0) {
            return null;
        }
        String prefix = intern(qName.substring(0, colon), inTable);
        String localName = intern(qName.substring(colon + 1), inTable);
        return new Name(qName, prefix, localName, utf8, prefix.equals("xmlns"));
    }

    private static String intern(String name, boolean inTable) {
        return inTable ? name.intern() : name;
    }
}
