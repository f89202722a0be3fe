package kaohe.ledger;

/**
 * Decoder for the {@code _xHHHH_} escapes that OOXML uses for characters XML cannot carry, such as
 * {@code _x000D_} for a carriage return. {@code _x005F_} is an escaped underscore, so
 * {@code _x005F_x000D_} stands for the literal text {@code _x000D_}.
 */
final class XmlEscapes {

    private static final int ESCAPE_LENGTH = 7;

    private XmlEscapes() {
    }

    static String decode(String text) {
        int start = text.indexOf("_x");
        if (start < 0) {
            return text;
        }
        StringBuilder decoded = new StringBuilder(text.length());
        decoded.append(text, 0, start);
        int i = start;
        while (i < text.length()) {
            if (isEscapeAt(text, i)) {
                decoded.append((char) Integer.parseInt(text.substring(i + 2, i + 6), 16));
                i += ESCAPE_LENGTH;
            } else {
                decoded.append(text.charAt(i));
                i++;
            }
        }
        return decoded.toString();
    }

    private static boolean isEscapeAt(String text, int i) {
        if (i + ESCAPE_LENGTH > text.length() || text.charAt(i) != '_' || text.charAt(i + 1) != 'x'
                || text.charAt(i + 6) != '_') {
            return false;
        }
        for (int j = i + 2; j < i + 6; j++) {
            char c = text.charAt(j);
            boolean hex = c >= '0' && c <= '9' || c >= 'A' && c <= 'F' || c >= 'a' && c <= 'f';
            if (!hex) {
                return false;
            }
        }
        return true;
    }
}
