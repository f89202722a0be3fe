package kaohe.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Checks the keys of {@link Names}, whose common text skips the normaliser, and its display text against
 * the values computed by NFKC and regular expressions alone, for every character of the Basic Multilingual
 * Plane and a sample of the supplementary planes.
 */
class PlainTextTest {

    /** The characters of the supplementary planes to check: every 97th code point and a few chosen ones. */
    private static final int SUPPLEMENTARY_STEP = 97;

    @Test
    void keysMatchNormaliserForEveryCharacter() {
        List<String> mismatches = new ArrayList<>();
        for (int c = 0; c <= Character.MAX_CODE_POINT; c += c < 0x10000 ? 1 : SUPPLEMENTARY_STEP) {
            for (String text : contexts(Character.toString(c))) {
                compare(text, mismatches);
            }
        }
        for (int c : new int[] {0x20000, 0x2A6D6, 0x1D400, 0x1F600, 0x2F800, 0xE0001, 0x10FFFD}) {
            for (String text : contexts(Character.toString(c))) {
                compare(text, mismatches);
            }
        }
        assertEquals(List.of(), mismatches.subList(0, Math.min(20, mismatches.size())));
    }

    @Test
    void keysMatchNormaliserForPlainPairs() {
        // CJK ideographs are left out, as they never compose; the rest of the plain set is a few hundred.
        List<String> plain = new ArrayList<>();
        for (char c = 0; c < 0xFFFF; c++) {
            if ((c < '\u4E00' || c > '\u9FFF') && PlainText.compact(String.valueOf(c)) != null) {
                plain.add(String.valueOf(c));
            }
        }
        List<String> mismatches = new ArrayList<>();
        for (String first : plain) {
            for (String second : plain) {
                compare(first + second, mismatches);
            }
        }
        assertTrue(plain.size() > 300, "plain characters: " + plain.size());
        assertEquals(List.of(), mismatches.subList(0, Math.min(20, mismatches.size())));
    }

    /**
     * Checks that no character the fast path keeps composes with the character before it or has a non-zero
     * combining class. Only such characters make NFKC act on more than one character at a time.
     */
    @Test
    void plainCharactersNeverComposeOrReorder() {
        BitSet composing = secondCharactersOfCompositions();
        for (char c = 0; c < 0xFFFF; c++) {
            String text = String.valueOf(c);
            if (PlainText.compact(text) == null) {
                continue;
            }
            String hex = Integer.toHexString(c);
            assertFalse(composing.get(c), hex);
            assertEquals(text, Normalizer.normalize(text, Normalizer.Form.NFD), hex);
            assertEquals(text + "\u0334", Normalizer.normalize(text + "\u0334", Normalizer.Form.NFD), hex);
            assertEquals("\u0301" + text, Normalizer.normalize("\u0301" + text, Normalizer.Form.NFD), hex);
        }
    }

    @Test
    void fastPathCoversCommonCharactersOnly() {
        assertNotNull(PlainText.compact("萧山区（第１２号）\u3000"));
        assertNull(PlainText.compact("①"));
        assertNull(PlainText.compact("e\u0301"));
        assertNull(PlainText.compact("\uD840\uDC00"));
        assertNull(PlainText.compact("\uF900"));
    }

    @Test
    void compactFoldsWidthAndDropsInvisibleCharacters() {
        assertEquals("AB12", Names.compact("ＡＢ１２"));
        assertEquals("区民政局", Names.compact("区\u3000民政局"));
        assertEquals("区民政局", Names.compact("区\u00A0民政局\u200B"));
        assertEquals("区民政局", Names.compact("\uFEFF区民政局\r\n"));
        assertEquals("环保", Names.compact("环\u00AD保"));
        assertEquals("", Names.compact(" \t\u3000"));
        assertEquals("", Names.compact(""));
        assertEquals("", Names.compact(null));
    }

    @Test
    void cleanKeepsSingleSpacesOnly() {
        assertEquals("区民政局 养老服务", Names.clean("\uFEFF区民政局\u00A0\r\n养老服务\u200B "));
        assertEquals("（第１２号）", Names.clean("（第１２号）"));
        assertEquals("a b", Names.clean("a\u3000\u3000b"));
        assertEquals("", Names.clean(null));
    }

    @Test
    void compactMapsCompatibilityCharacters() {
        assertEquals("\u8C48", Names.compact("\uF900"));
        assertEquals("1", Names.compact("①"));
        assertEquals("XII", Names.compact("Ⅻ"));
        assertEquals("\u30AC", Names.compact("\uFF76\uFF9E"));
        assertEquals("\u00E9", Names.compact("e\u0301"));
        assertEquals("\uD840\uDC00", Names.compact("\uD840\uDC00"));
        assertEquals("A", Names.compact("\uD835\uDC00"));
    }

    @Test
    void compactReturnsPlainTextItself() {
        String title = "萧山区优化营商环境的做法(第12号)";
        assertSame(title, Names.compact(title));
    }

    @Test
    void titleKeyDropsPunctuationOfEveryWidth() {
        assertEquals("萧山区优化营商环境第12号", Names.titleKey("萧山区优化营商环境（第１２号）"));
        assertEquals("环保审批最多跑一次", Names.titleKey("环保审批“最多跑一次”。"));
        assertEquals("a+b=c", Names.titleKey("a + b = c!"));
        assertEquals("", Names.titleKey("《》——"));
        assertEquals("", Names.titleKey(null));
    }

    @Test
    void keyHashesMatchKeys() {
        // "A".hashCode() is 65, "1" is 49, "ab" is 97 * 31 + 98.
        assertEquals(65, Names.titleKeyHash("“Ａ”"));
        assertEquals(49, Names.titleKeyHash("（１）"));
        assertEquals(97 * 31 + 98, Names.compactHash("a\u3000b\u200B"));
        assertEquals(49, Names.compactHash("①"));
        assertEquals(0, Names.titleKeyHash("《》——"));
        assertEquals(0, Names.compactHash(null));
    }

    @Test
    void sameKeyComparesVariants() {
        assertTrue(Names.sameTitleKey("萧山区（第１２号）", "萧山区(第12号)\u200B"));
        assertTrue(Names.sameTitleKey(null, "《》"));
        assertFalse(Names.sameTitleKey("萧山区第12号", "萧山区第13号"));
        assertTrue(Names.sameCompact("ＸＳ-７", "XS-7"));
        assertTrue(Names.sameCompact(null, " \u3000"));
        assertFalse(Names.sameCompact("XS-7", "XS7"));
        assertFalse(Names.sameCompact(null, "a"));
    }

    @Test
    void unitKeyDropsOnlyTheLongestPrefix() {
        assertEquals("民政局", Names.unitKey("萧山区民政局"));
        assertEquals("民政局", Names.unitKey("杭州市萧山区区民政局"));
        assertEquals("区民政局", Names.unitKey("萧山区区区民政局"));
        assertEquals("", Names.unitKey("萧山"));
        assertEquals("区", Names.unitKey("区"));
        assertEquals("", Names.unitKey(null));
    }

    @Test
    void outletKeyDropsMarksAndIssueNumbers() {
        assertEquals("杭州信息今日要情", Names.outletKey("《杭州信息·今日要情》第35期"));
        assertEquals("杭州信息今日要情", Names.outletKey("杭州信息-今日要情(2018年第3期)第4期"));
        assertEquals("", Names.outletKey("第3期"));
        assertEquals("期刊", Names.outletKey("《期刊》"));
        assertEquals("", Names.outletKey(null));
    }

    private static List<String> contexts(String c) {
        return List.of(c, c + c, " " + c, c + " ", "a " + c + " b", "萧山" + c, "区" + c + "局", "Ａ" + c + "１",
                "e" + c, c + "\u0301", c + "\u3099",
                "\u1100" + c, c + " 第3期", "《" + c + "》", "\uD840" + c, c + "\uDC00");
    }

    private static void compare(String text, List<String> mismatches) {
        check("compact", text, Names.compact(text), Reference.compact(text), mismatches);
        check("titleKey", text, Names.titleKey(text), Reference.titleKey(text), mismatches);
        check("unitKey", text, Names.unitKey(text), Reference.unitKey(text), mismatches);
        check("outletKey", text, Names.outletKey(text), Reference.outletKey(text), mismatches);
        check("clean", text, Names.clean(text), Reference.clean(text), mismatches);
        compareHashes(text, mismatches);
    }

    private static void compareHashes(String text, List<String> mismatches) {
        if (Names.compactHash(text) != Reference.compact(text).hashCode()) {
            mismatches.add("compactHash of " + codes(text));
        }
        if (Names.titleKeyHash(text) != Reference.titleKey(text).hashCode()) {
            mismatches.add("titleKeyHash of " + codes(text));
        }
    }

    private static void check(String key, String text, String fast, String slow, List<String> mismatches) {
        if (!fast.equals(slow)) {
            mismatches.add(key + " of " + codes(text) + ": " + codes(fast) + " but expected " + codes(slow));
        }
    }

    private static String codes(String text) {
        StringBuilder codes = new StringBuilder();
        text.codePoints().forEach(c -> codes.append(String.format("U+%04X ", c)));
        return codes.toString().strip();
    }

    /** Returns every character that follows the first one in a canonical decomposition, and Hangul jamo. */
    private static BitSet secondCharactersOfCompositions() {
        BitSet composing = new BitSet(0x10000);
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            String decomposed = Normalizer.normalize(Character.toString(c), Normalizer.Form.NFD);
            int first = decomposed.codePointAt(0);
            decomposed.substring(Character.charCount(first)).chars().forEach(composing::set);
        }
        composing.set(0x1100, 0x1200);
        return composing;
    }

    /** The keys as {@link Names} computed them with NFKC and regular expressions for every string. */
    private static final class Reference {
        private static final Pattern INVISIBLE = Pattern.compile("[\\s\\p{Z}\\p{Cf}\\p{Cc}]+");
        private static final Pattern UNIT_PREFIX = Pattern.compile("^(杭州市萧山区|萧山区|萧山)");
        private static final Pattern OUTLET_MARKS = Pattern.compile("[《》〈〉<>“”‘’\"'「」•·・‧●\\-—._]");
        private static final Pattern ISSUE_NUMBER =
                Pattern.compile("[(\\[【]?(\\d{4}年)?(总)?第\\d+期[)\\]】]?$");
        private static final Pattern PUNCTUATION = Pattern.compile("\\p{P}+");
        private static final Pattern FORMAT = Pattern.compile("[\\p{Cf}\\uFEFF]");
        private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}\\p{Cc}]+");

        static String compact(String text) {
            return INVISIBLE.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).replaceAll("");
        }

        static String unitKey(String name) {
            String key = UNIT_PREFIX.matcher(compact(name)).replaceFirst("");
            return key.startsWith("区") && key.length() > 1 ? key.substring(1) : key;
        }

        static String outletKey(String name) {
            String key = OUTLET_MARKS.matcher(compact(name)).replaceAll("");
            String previous;
            do {
                previous = key;
                key = ISSUE_NUMBER.matcher(key).replaceFirst("");
            } while (!key.equals(previous) && !key.isEmpty());
            return key;
        }

        static String titleKey(String title) {
            return PUNCTUATION.matcher(compact(title)).replaceAll("");
        }

        static String clean(String text) {
            return SPACES.matcher(FORMAT.matcher(text).replaceAll("")).replaceAll(" ").strip();
        }
    }
}
