package kaohe.ledger;

/** Parsing of A1-style cell references as .xlsx files write them in the {@code r} attribute. */
final class CellReferences {

    private CellReferences() {
    }

    /**
     * Returns the 0-based column of a reference such as "AB12" (27), or -1 when it does not start with
     * column letters. A column past Integer.MAX_VALUE returns Integer.MAX_VALUE, which every limit rejects.
     */
    static int column(String reference) {
        long column = 0;
        int letters = 0;
        for (int i = 0; i < reference.length(); i++) {
            char c = Character.toUpperCase(reference.charAt(i));
            if (c == '$' && i == 0) {
                continue;
            }
            if (c < 'A' || c > 'Z') {
                break;
            }
            column = Math.min(column * 26 + (c - 'A' + 1), Integer.MAX_VALUE);
            letters++;
        }
        return letters == 0 ? -1 : (int) Math.min(column - 1, Integer.MAX_VALUE);
    }

    /** Returns what {@link #column(String)} returns for the ASCII reference in {@code bytes[start, end)}. */
    static int column(byte[] bytes, int start, int end) {
        long column = 0;
        int letters = 0;
        for (int i = start; i < end; i++) {
            int c = bytes[i];
            if (c >= 'a' && c <= 'z') {
                c += 'A' - 'a';
            }
            if (c == '$' && i == start) {
                continue;
            }
            if (c < 'A' || c > 'Z') {
                break;
            }
            column = Math.min(column * 26 + (c - 'A' + 1), Integer.MAX_VALUE);
            letters++;
        }
        return letters == 0 ? -1 : (int) Math.min(column - 1, Integer.MAX_VALUE);
    }
}
