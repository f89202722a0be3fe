package kaohe.scoring;

import java.util.function.ToIntFunction;

/**
 * A key hash function that remembers its last text and hash code. The rows of one article usually come one
 * after another with the same title and number, often as one string instance, and comparing the texts costs
 * less than hashing the key again.
 */
final class LastHash {

    private final ToIntFunction<String> hashOf;
    private String lastText;
    private int lastHash;

    /** @param hashOf a function of the text alone, such as {@link kaohe.rules.Names#titleKeyHash} */
    LastHash(ToIntFunction<String> hashOf) {
        this.hashOf = hashOf;
    }

    int of(String text) {
        if (text == null || !text.equals(lastText)) {
            lastHash = hashOf.applyAsInt(text);
            lastText = text;
        }
        return lastHash;
    }
}
