package kaohe.rules;

/**
 * The keys of {@link Names} for text made only of characters whose NFKC form is known without running the
 * normaliser: ASCII, CJK unified ideographs, common CJK and general punctuation, full-width ASCII, and the
 * white space and format characters that keys drop. None of these characters decomposes into more than
 * one character, composes with a neighbour or has a non-zero combining class, so NFKC maps such text one
 * character at a time. Each method returns null for any other text, which then takes the normaliser.
 */
final class PlainText {

    /** The result of {@link #fold(char)} for a character that a key drops. */
    private static final int DROPPED = -1;
    /** The result of {@link #fold(char)} for a character that only the normaliser can map. */
    static final int UNKNOWN = -2;
    /** The offset from full-width ASCII (U+FF01 to U+FF5E) to ASCII, which is their NFKC form. */
    private static final int FULL_WIDTH_OFFSET = 0xFEE0;

    /** The characters below this one have their key characters looked up in {@link #COMPACT} and {@link #TITLE}. */
    private static final int TABLE_SIZE = 0x3030;
    /** {@link #DROPPED} and {@link #UNKNOWN} in the tables, where no character below {@link #TABLE_SIZE} maps. */
    private static final char DROPPED_CHAR = '\uFFFF';
    private static final char UNKNOWN_CHAR = '\uFFFE';
    /**
     * The key characters of compact and title keys for ASCII, Latin-1, general and CJK punctuation. They are
     * looked up because working them out again for each character of a million titles cost more than the rest.
     */
    private static final char[] COMPACT = table(false);
    private static final char[] TITLE = table(true);

    private PlainText() {
    }

    private static char[] table(boolean noPunctuation) {
        char[] table = new char[TABLE_SIZE];
        for (int c = 0; c < TABLE_SIZE; c++) {
            int kept = computeKeyChar((char) c, noPunctuation);
            if (kept == DROPPED) {
                table[c] = DROPPED_CHAR;
            } else if (kept == UNKNOWN) {
                table[c] = UNKNOWN_CHAR;
            } else {
                table[c] = (char) kept;
            }
        }
        return table;
    }

    /** Returns {@link Names#compact} of {@code text}, or null when {@code text} needs the normaliser. */
    static String compact(String text) {
        return fold(text, false);
    }

    /** Returns {@link Names#titleKey} of {@code text}, or null when {@code text} needs the normaliser. */
    static String titleKey(String text) {
        return fold(text, true);
    }

    /**
     * Returns {@code titleKey(text).hashCode()} as a non-negative long without making the key, or
     * {@link #UNKNOWN} when {@code text} needs the normaliser.
     */
    static long titleKeyHash(String text) {
        return foldedHash(text, true);
    }

    /** Returns {@code compact(text).hashCode()} like {@link #titleKeyHash}, or {@link #UNKNOWN}. */
    static long compactHash(String text) {
        return foldedHash(text, false);
    }

    /** Returns the {@link String#hashCode} of what {@link #fold(String, boolean)} returns, as {@link #fold} does. */
    private static long foldedHash(String text, boolean noPunctuation) {
        int hash = 0;
        for (int i = 0; i < text.length(); i++) {
            int c = keyChar(text.charAt(i), noPunctuation);
            if (c == UNKNOWN) {
                return UNKNOWN;
            }
            if (c != DROPPED) {
                hash = 31 * hash + c;
            }
        }
        return hash & 0xFFFF_FFFFL;
    }

    /**
     * Returns the NFKC form of {@code text} without its invisible characters and, when {@code noPunctuation},
     * without its punctuation, or null when a character is not one {@link #fold(char)} maps. The text itself
     * is returned when nothing changes.
     */
    private static String fold(String text, boolean noPunctuation) {
        int length = text.length();
        int unchanged = 0;
        while (unchanged < length && keeps(text.charAt(unchanged), noPunctuation)) {
            unchanged++;
        }
        if (unchanged == length) {
            return text;
        }
        char[] folded = new char[length];
        text.getChars(0, unchanged, folded, 0);
        int size = unchanged;
        for (int i = unchanged; i < length; i++) {
            int c = keyChar(text.charAt(i), noPunctuation);
            if (c == UNKNOWN) {
                return null;
            }
            if (c != DROPPED) {
                folded[size++] = (char) c;
            }
        }
        return new String(folded, 0, size);
    }

    private static boolean keeps(char c, boolean noPunctuation) {
        return keyChar(c, noPunctuation) == c;
    }

    /**
     * Returns the key character of {@code c}: its NFKC form, {@link #DROPPED} when the key drops it (as a
     * title key drops punctuation when {@code noPunctuation}), or {@link #UNKNOWN}.
     */
    private static int keyChar(char c, boolean noPunctuation) {
        if (c >= '\u4E00' && c <= '\u9FFF') {
            return c;
        }
        if (c >= '\uFF01' && c <= '\uFF5E') {
            c -= FULL_WIDTH_OFFSET;
        }
        if (c < TABLE_SIZE) {
            char kept = noPunctuation ? TITLE[c] : COMPACT[c];
            if (kept == DROPPED_CHAR) {
                return DROPPED;
            }
            return kept == UNKNOWN_CHAR ? UNKNOWN : kept;
        }
        return computeKeyChar(c, noPunctuation);
    }

    private static int computeKeyChar(char c, boolean noPunctuation) {
        int folded = fold(c);
        return folded >= 0 && noPunctuation && isPunctuation((char) folded) ? DROPPED : folded;
    }

    /**
     * Returns the NFKC form of {@code c} when it is one character and {@code c} is in the set this class
     * handles, {@link #DROPPED} when {@link Names#compact} drops it, or {@link #UNKNOWN}.
     */
    private static int fold(char c) {
        if (c >= '\u4E00' && c <= '\u9FFF') {
            return c;
        }
        if (c < 0x80) {
            return c <= ' ' || c == 0x7F ? DROPPED : c;
        }
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return c - FULL_WIDTH_OFFSET;
        }
        if (c >= '\u3001' && c <= '\u3029') {
            return c;
        }
        if (c <= '\u00A0' || c >= '\u200B' && c <= '\u200F' || c >= '\u2028' && c <= '\u202F') {
            // C1 controls, the no-break spaces, zero-width and direction marks, and the line and paragraph
            // separators are all controls, format characters or white space once NFKC has run.
            return DROPPED;
        }
        return switch (c) {
            case '\u00AD', '\u3000', '\uFEFF' -> DROPPED;
            case '\u00B7', '\u00D7', '\u00F7', '\u2010', '\u2012', '\u2013', '\u2014', '\u2015', '\u2016',
                 '\u2018', '\u2019', '\u201A', '\u201B', '\u201C', '\u201D', '\u201E', '\u201F', '\u2020',
                 '\u2021', '\u2022', '\u2023', '\u2027', '\u2030' -> c;
            default -> UNKNOWN;
        };
    }

    /** Returns whether {@code c} is in {@code \p{P}}, the punctuation that title keys drop. */
    private static boolean isPunctuation(char c) {
        if (c >= '\u4E00' && c <= '\u9FFF') {
            return false;
        }
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                 Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }
}
