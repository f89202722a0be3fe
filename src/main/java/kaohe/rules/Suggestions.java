package kaohe.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Finds the known names closest to one that matched nothing, for "是否为 …？" hints. */
public final class Suggestions {

    private static final int MAX_SUGGESTIONS = 3;

    private Suggestions() {
    }

    /**
     * Returns up to three display names whose keys are closest to {@code key} by edit distance, or that
     * contain it or are contained in it, best first. Names too far away to be a likely typo are left out.
     *
     * @param displayNameByKey the normalised key of every known spelling, mapped to its canonical name
     */
    public static List<String> closest(String key, Map<String, String> displayNameByKey) {
        record Candidate(String name, int distance) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (Map.Entry<String, String> entry : displayNameByKey.entrySet()) {
            int distance = distance(key, entry.getKey());
            boolean related = !key.isEmpty() && (entry.getKey().contains(key) || key.contains(entry.getKey()));
            if (related || distance <= Math.max(1, key.length() / 2)) {
                candidates.add(new Candidate(entry.getValue(), related ? Math.min(distance, 1) : distance));
            }
        }
        candidates.sort(Comparator.comparingInt(Candidate::distance).thenComparing(Candidate::name));
        return candidates.stream().map(Candidate::name).distinct().limit(MAX_SUGGESTIONS).toList();
    }

    /** Formats the hint that follows an unknown name: "，是否为 区市场监督管理局？", or nothing. */
    public static String hint(List<String> names) {
        return names.isEmpty() ? "" : "，是否为 " + String.join(" 或 ", names) + "？";
    }

    /** Levenshtein distance over UTF-16 units, which is exact for the CJK characters of unit names. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
