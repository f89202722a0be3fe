package kaohe.ledger;

/** Parsing of A1-style cell references as .xlsx files write them in the {@code r} attribute. */
final class CellReferences {

    private CellReferences() {
    }

    /**
     * Returns the 0-based column of a reference such as "AB12" (27), or -1 when it does not start with
     * column letters. A column past Integer.MAX_VALUE returns Integer.MAX_VALUE - 1, which every limit rejects.
     */
    static int column(String reference) {
        int first = reference.startsWith("$") ? 1 : 0;
        int end = first;
        long column = 0;
        while (end < reference.length() && isLetter(Character.toUpperCase(reference.charAt(end)))) {
            column = append(column, Character.toUpperCase(reference.charAt(end)));
            end++;
        }
        return toIndex(column, end - first);
    }

    /** Returns what {@link #column(String)} returns for the ASCII reference in {@code bytes[start, end)}. */
    static int column(byte[] bytes, int start, int end) {
        int first = start < end && bytes[start] == '$' ? start + 1 : start;
        int p = first;
        long column = 0;
        while (p < end && isLetter(toUpperCase(bytes[p]))) {
            column = append(column, toUpperCase(bytes[p]));
            p++;
        }
        return toIndex(column, p - first);
    }

    private static int toUpperCase(byte ascii) {
        return ascii >= 'a' && ascii <= 'z' ? ascii + 'A' - 'a' : ascii;
    }

    private static boolean isLetter(int upperCase) {
        return upperCase >= 'A' && upperCase <= 'Z';
    }

    /** Returns the 1-based column after another letter, capped at Integer.MAX_VALUE. */
    private static long append(long column, int letter) {
        return Math.min(column * 26 + (letter - 'A' + 1), Integer.MAX_VALUE);
    }

    private static int toIndex(long column, int letters) {
        return letters == 0 ? -1 : (int) column - 1;
    }
}
