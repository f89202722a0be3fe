package kaohe.faults;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mutations of an XML part that keep it well-formed, so that the damage reaches the cell handling and the
 * intake instead of stopping at the XML parser: odd attribute values, odd text, and elements repeated or
 * removed.
 */
final class XmlMutations {

    private static final Pattern ATTRIBUTE = Pattern.compile("\\s(\\w+)=\"([^\"]*)\"");
    private static final Pattern TEXT = Pattern.compile(">([^<]*)<");
    private static final Pattern ELEMENT = Pattern.compile("<(row|c|si|sheet|xf|mergeCell|Relationship)\\b[^>]*?"
            + "(/>|>.*?</\\1>)", Pattern.DOTALL);

    private static final String[] ODD_ATTRIBUTES = {"", "0", "-1", "A0", "XFE1", "ZZZZ99999999", "1048577", "s", "n",
        "e", "d", "b", "str", "inlineStr", "99999", "1", "true", "A1:XFD1048576", "rId99", "hidden"};
    private static final String[] ODD_TEXT = {"", "-1", "1e308", "NaN", "#N/A", "９９", "2018-13-45", "&amp;",
        "4.6000000000000005", "99999999999999999999", "=1+1", "x".repeat(5000), "2147483648", " ", "_x000D_",
        "萧山日报", "区不存在局"};

    private XmlMutations() {
    }

    /** Applies one seeded mutation to the part; a part without the construct picked is returned unchanged. */
    static byte[] mutate(byte[] part, Random random) {
        String xml = new String(part, StandardCharsets.UTF_8);
        String mutated = switch (random.nextInt(4)) {
            case 0 -> replaceGroup(xml, ATTRIBUTE, 2, ODD_ATTRIBUTES, random);
            case 1 -> replaceGroup(xml, TEXT, 1, ODD_TEXT, random);
            case 2 -> repeatElement(xml, random);
            default -> removeElement(xml, random);
        };
        return mutated.getBytes(StandardCharsets.UTF_8);
    }

    private static String replaceGroup(String xml, Pattern pattern, int group, String[] values, Random random) {
        List<int[]> spans = spans(xml, pattern, group);
        if (spans.isEmpty()) {
            return xml;
        }
        int[] span = spans.get(random.nextInt(spans.size()));
        return xml.substring(0, span[0]) + values[random.nextInt(values.length)] + xml.substring(span[1]);
    }

    private static String repeatElement(String xml, Random random) {
        List<int[]> spans = spans(xml, ELEMENT, 0);
        if (spans.isEmpty()) {
            return xml;
        }
        int[] span = spans.get(random.nextInt(spans.size()));
        return xml.substring(0, span[1]) + xml.substring(span[0], span[1]) + xml.substring(span[1]);
    }

    private static String removeElement(String xml, Random random) {
        List<int[]> spans = spans(xml, ELEMENT, 0);
        if (spans.isEmpty()) {
            return xml;
        }
        int[] span = spans.get(random.nextInt(spans.size()));
        return xml.substring(0, span[0]) + xml.substring(span[1]);
    }

    private static List<int[]> spans(String xml, Pattern pattern, int group) {
        List<int[]> spans = new ArrayList<>();
        Matcher matcher = pattern.matcher(xml);
        while (matcher.find()) {
            spans.add(new int[] {matcher.start(group), matcher.end(group)});
        }
        return spans;
    }
}
