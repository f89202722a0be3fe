package kaohe.scoring;

import java.util.function.UnaryOperator;

/**
 * A key function that remembers its last text and key, because the rows of one article usually come one
 * after another with the same title and number, and computing a key again costs more than comparing texts.
 */
final class LastKey {

    private final UnaryOperator<String> keyOf;
    private String lastText;
    private String lastKey;

    /** @param keyOf a function of the text alone, such as {@link kaohe.rules.Names#titleKey} */
    LastKey(UnaryOperator<String> keyOf) {
        this.keyOf = keyOf;
    }

    String of(String text) {
        if (text == null || !text.equals(lastText)) {
            lastKey = keyOf.apply(text);
            lastText = text;
        }
        return lastKey;
    }
}
