package kaohe.rules;

import java.text.Normalizer;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The normalisations that decide when two spellings name the same unit, outlet, article or header.
 *
 * <p>Every key starts from Unicode NFKC, which folds full-width letters, digits and brackets to their
 * ordinary forms, and drops white space of every kind (including U+3000, U+00A0 and the zero-width
 * characters and byte-order marks that copy-and-paste leaves behind).
 */
public final class Names {

    private static final Pattern INVISIBLE = Pattern.compile("[\\s\\p{Z}\\p{Cf}\\p{Cc}]+");
    /** The prefixes a unit key drops, longest first, because only the first that matches is dropped. */
    private static final String[] UNIT_PREFIXES = {"杭州市萧山区", "萧山区", "萧山"};
    /** The brackets, quotes, dots and dashes an outlet key drops. */
    private static final String OUTLET_MARKS = "《》〈〉<>“”‘’\"'「」•·・‧●-—._";
    private static final Pattern ISSUE_NUMBER =
            Pattern.compile("[(\\[【]?(\\d{4}年)?(总)?第\\d+期[)\\]】]?$");
    private static final Pattern PUNCTUATION = Pattern.compile("\\p{P}+");
    private static final Pattern FORMAT = Pattern.compile("[\\p{Cf}\\uFEFF]");
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}\\p{Cc}]+");

    private Names() {
    }

    /** Folds to NFKC and removes every kind of white space and invisible character. */
    public static String compact(String text) {
        if (text == null) {
            return "";
        }
        String plain = PlainText.compact(text);
        return plain != null ? plain : normalisedCompact(text);
    }

    private static String normalisedCompact(String text) {
        String normal = Normalizer.normalize(text, Normalizer.Form.NFKC);
        // The scan below finds what INVISIBLE matches, without the regular expression's cost on every cell.
        return hasInvisible(normal, false) ? INVISIBLE.matcher(normal).replaceAll("") : normal;
    }

    /**
     * Cleans a value for display: invisible characters dropped, any run of white space or line breaks
     * turned into one space, ends trimmed. Unlike the keys, it keeps the clerk's own characters.
     */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        if (!hasInvisible(text, true)) {
            return text;
        }
        String visible = FORMAT.matcher(text).replaceAll("");
        return SPACES.matcher(visible).replaceAll(" ").strip();
    }

    /**
     * Returns whether {@code text} has a character that {@link #INVISIBLE} matches or, when {@code spacesKept},
     * one that {@link #clean} would change: anything but single spaces between visible characters. A
     * surrogate counts as invisible, so text outside the Basic Multilingual Plane takes the regular expression.
     */
    private static boolean hasInvisible(String text, boolean spacesKept) {
        boolean afterSpace = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' && spacesKept) {
                if (afterSpace) {
                    return true;
                }
                afterSpace = true;
            } else if (c <= ' ' || c >= 0x7F && !isCommonVisible(c) && isInvisible(c)) {
                return true;
            } else {
                afterSpace = false;
            }
        }
        return spacesKept && afterSpace && !text.isEmpty();
    }

    /**
     * Returns whether {@code c} is a CJK unified ideograph, a full-width form of ASCII or a CJK punctuation
     * mark, the commonest characters of a ledger past ASCII, none of which is invisible.
     */
    private static boolean isCommonVisible(char c) {
        return c >= '\u4E00' && c <= '\u9FFF' || c >= '\uFF01' && c <= '\uFF5E' || c >= '\u3001' && c <= '\u303F';
    }

    private static boolean isInvisible(char c) {
        return switch (Character.getType(c)) {
            case Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.FORMAT, Character.CONTROL, Character.SURROGATE -> true;
            default -> c == '\uFEFF';
        };
    }

    /**
     * Returns the key of a unit name: compacted, without a leading "杭州市萧山区", "萧山区" or "萧山", and
     * without a leading "区", so that "萧山区市场监督管理局" and "市场监督管理局" are one unit.
     */
    public static String unitKey(String name) {
        String key = compact(name);
        for (String prefix : UNIT_PREFIXES) {
            if (key.startsWith(prefix)) {
                key = key.substring(prefix.length());
                break;
            }
        }
        return key.startsWith("区") && key.length() > 1 ? key.substring(1) : key;
    }

    /**
     * Returns the key of an outlet name: compacted, without brackets, quotes, dots and dashes, and
     * without a trailing issue number such as "第12期" or "(2018年第3期)".
     */
    public static String outletKey(String name) {
        String key = withoutOutletMarks(compact(name));
        if (key.indexOf('期') < 0) {
            return key;
        }
        String previous;
        do {
            previous = key;
            key = ISSUE_NUMBER.matcher(key).replaceFirst("");
        } while (!key.equals(previous) && !key.isEmpty());
        return key;
    }

    private static String withoutOutletMarks(String key) {
        StringBuilder unmarked = null;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (OUTLET_MARKS.indexOf(c) >= 0) {
                if (unmarked == null) {
                    unmarked = new StringBuilder(key.length()).append(key, 0, i);
                }
            } else if (unmarked != null) {
                unmarked.append(c);
            }
        }
        return unmarked == null ? key : unmarked.toString();
    }

    /**
     * Returns {@code compact(text).hashCode()}, without making the key when the text needs no normaliser,
     * because hashing a key that is made only to be hashed and dropped costs a copy of the text.
     */
    public static int compactHash(String text) {
        long hash = text == null ? 0 : PlainText.compactHash(text);
        return hash != PlainText.UNKNOWN ? (int) hash : compact(text).hashCode();
    }

    /** Returns {@code titleKey(title).hashCode()}, without making the key when it can, like {@link #compactHash}. */
    public static int titleKeyHash(String title) {
        long hash = title == null ? 0 : PlainText.titleKeyHash(title);
        return hash != PlainText.UNKNOWN ? (int) hash : titleKey(title).hashCode();
    }

    /** Returns whether two texts have the same {@link #compact} key, without making it when they are equal. */
    public static boolean sameCompact(String a, String b) {
        return Objects.equals(a, b) || compact(a).equals(compact(b));
    }

    /** Returns whether two titles have the same {@link #titleKey}, without making it when they are equal. */
    public static boolean sameTitleKey(String a, String b) {
        return Objects.equals(a, b) || titleKey(a).equals(titleKey(b));
    }

    /** Returns the key of an article title: compacted and without any punctuation. */
    public static String titleKey(String title) {
        if (title == null) {
            return "";
        }
        String plain = PlainText.titleKey(title);
        return plain != null ? plain : PUNCTUATION.matcher(normalisedCompact(title)).replaceAll("");
    }
}
