package kaohe.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * Items of a rules table found by any of their spellings, compared by a normalised key.
 *
 * @param <T> the item type: a unit, an outlet or an instruction level
 */
public final class NameTable<T> {

    /**
     * The maximum number of spellings {@link #find} remembers. A ledger repeats a few hundred spellings
     * over its rows, and a ledger of distinct spellings empties the cache each time it fills, so memory
     * stays bounded.
     */
    static final int MAX_REMEMBERED = 4096;

    private final UnaryOperator<String> keyOf;
    /** The items found for spellings seen before, because computing a key costs more than a lookup. */
    private final Map<String, T> foundBySpelling = new ConcurrentHashMap<>();
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
        if (spelling == null) {
            return itemByKey.get(keyOf.apply(null));
        }
        T found = foundBySpelling.get(spelling);
        if (found != null) {
            return found;
        }
        found = itemByKey.get(keyOf.apply(spelling));
        if (found != null) {
            if (foundBySpelling.size() >= MAX_REMEMBERED) {
                foundBySpelling.clear();
            }
            foundBySpelling.put(spelling, found);
        }
        return found;
    }

    /** Returns how many spellings {@link #find} remembers now, at most {@link #MAX_REMEMBERED} for one thread. */
    int rememberedCount() {
        return foundBySpelling.size();
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
