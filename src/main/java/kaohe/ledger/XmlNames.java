package kaohe.ledger;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The element and attribute names of one document, decoded once each, so that a million {@code <c>} tags
 * yield one "c" string and the handlers' {@code switch} on the local name compares identical strings.
 * A hostile part with endless distinct names fills the table and then gets fresh strings.
 */
final class XmlNames {

    /** One decoded name; {@code prefix} is "" when the name has none. */
    record Name(String qName, String prefix, String localName) {
    }

    private static final int SLOTS = 1024;
    private static final int PROBES = 8;

    private final byte[][] keys = new byte[SLOTS][];
    private final Name[] names = new Name[SLOTS];

    /**
     * Returns the name stored in {@code bytes[start, end)}, which the caller has checked to be an XML name.
     *
     * @return null when the name is not a namespace-wellformed QName (an empty prefix or local part, or two
     *     colons)
     */
    Name get(byte[] bytes, int start, int end) {
        int hash = 0;
        for (int i = start; i < end; i++) {
            hash = hash * 31 + bytes[i];
        }
        int slot = (hash ^ hash >>> 16) & (SLOTS - 1);
        for (int probe = 0; probe < PROBES; probe++, slot = (slot + 1) & (SLOTS - 1)) {
            byte[] key = keys[slot];
            if (key == null) {
                Name name = decode(bytes, start, end);
                keys[slot] = Arrays.copyOfRange(bytes, start, end);
                names[slot] = name;
                return name;
            }
            if (Arrays.equals(key, 0, key.length, bytes, start, end)) {
                return names[slot];
            }
        }
        return decode(bytes, start, end);
    }

    private static Name decode(byte[] bytes, int start, int end) {
        String qName = new String(bytes, start, end - start, StandardCharsets.UTF_8);
        int colon = qName.indexOf(':');
        if (colon < 0) {
            return new Name(qName, "", qName);
        }
        if (colon == 0 || colon == qName.length() - 1 || qName.indexOf(':', colon + 1) >= 0) {
            return null;
        }
        return new Name(qName, qName.substring(0, colon), qName.substring(colon + 1));
    }
}
