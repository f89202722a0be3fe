package kaohe.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Items of a rules table found by any of their spellings, compared by a normalised key.
 *
 * @param <T> the item type: a unit, an outlet or an instruction level
 */
public final class NameTable<T> {

    private final UnaryOperator<String> keyOf;
    private final Map<String, T> itemByKey = new LinkedHashMap<>();
    private final Map<String, String> canonicalNameByKey = new LinkedHashMap<>();
    private final List<T> items = new ArrayList<>();

    public NameTable(UnaryOperator<String> keyOf) {
        this.keyOf = keyOf;
    }

    /**
     * Adds an item under its canonical name and its aliases.
     *
     * @throws IllegalArgumentException when a spelling already names another item; the message is Chinese
     */
    public void add(T item, String canonicalName, List<String> aliases) {
        items.add(item);
        register(item, canonicalName, canonicalName);
        for (String alias : aliases) {
            register(item, alias, canonicalName);
        }
    }

    private void register(T item, String spelling, String canonicalName) {
        String key = keyOf.apply(spelling);
        if (key.isEmpty()) {
            return;
        }
        T earlier = itemByKey.putIfAbsent(key, item);
        if (earlier != null && !earlier.equals(item)) {
            throw new IllegalArgumentException(
                    "名称“" + spelling + "”同时指向“" + canonicalNameByKey.get(key) + "”和“" + canonicalName + "”");
        }
        canonicalNameByKey.putIfAbsent(key, canonicalName);
    }

    /** Returns the item that {@code spelling} names, or null. */
    public T find(String spelling) {
        return itemByKey.get(keyOf.apply(spelling));
    }

    /** Returns the canonical names closest to an unknown spelling, best first. */
    public List<String> suggest(String spelling) {
        return Suggestions.closest(keyOf.apply(spelling), canonicalNameByKey);
    }

    /** All items in table order. */
    public List<T> items() {
        return List.copyOf(items);
    }
}
