package kaohe.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** {@link XmlAttributes}: numbers and cell references read from the bytes as from the decoded strings. */
class XmlAttributesTest {

    private static final int INVALID = -7;

    private final XmlNames names = new XmlNames();

    /** Returns attributes holding one attribute {@code v}, left as bytes or decoded as the parser would. */
    private XmlAttributes attribute(String value, boolean decoded) {
        byte[] tag = ("<c v=\"" + value + "\"/>").getBytes(StandardCharsets.UTF_8);
        int start = "<c v=\"".length();
        int end = tag.length - "\"/>".length();
        XmlAttributes attributes = new XmlAttributes();
        attributes.clear(tag);
        attributes.add(names.get(tag, 3, 4), decoded ? value : null, start, end);
        return attributes;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "7|7", "' 12 '|12", "'  3'|3", "'4  '|4", "+1|1", "01|1", "-0|0", "-15|-15", "000000000000000000042|42",
        "2147483647|2147483647", "-2147483648|-2147483648", "2147483648|-7", "-2147483649|-7",
        "99999999999999999999999999|-7", "''|-7", "' '|-7", "+|-7", "-|-7", "+-1|-7", "1 2|-7", "1.0|-7",
        "1e3|-7", "0x1F|-7", "'\u00a012'|-7", "12a|-7"
    })
    void intValueMatchesParseInt(String value, int expected) {
        assertEquals(expected, attribute(value, false).intValue(0, INVALID));
        assertEquals(expected, attribute(value, true).intValue(0, INVALID));
        assertEquals(expected, XmlAttributes.parseInt(value, INVALID));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "A1|0", "Z9|25", "AA1|26", "ab12|27", "$B$2|1", "XFD1048576|16383", "A|0", "C|2",
        "' A1'|-1", "1A|-1", "''|-1", "$|-1", "$$A1|-1", "-A1|-1", "ZZZZZZZZZZZZZZ1|2147483646"
    })
    void columnMatchesStringPath(String value, int expected) {
        assertEquals(expected, attribute(value, false).column(0));
        assertEquals(expected, attribute(value, true).column(0));
        assertEquals(expected, CellReferences.column(value));
    }

    @Test
    void decodedValuesKeepTheStringRules() {
        assertEquals(3, attribute("\u0663", true).intValue(0, INVALID));
        assertEquals(8, attribute("\uFF18", true).intValue(0, INVALID));
        assertEquals(8, attribute("ı1", true).column(0));
    }

    @Test
    void shortValuesAreDecodedOncePerDocument() {
        XmlAttributes first = attribute("inlineSt", false);
        String value = first.getValue(0);
        XmlAttributes attributes = new XmlAttributes();
        byte[] tag = "<c t=\"inlineSt\" u=\"inlineSt\" w=\"\" x=\"inlineStr\"/>".getBytes(StandardCharsets.US_ASCII);
        attributes.clear(tag);
        attributes.add(names.get(tag, 3, 4), null, 6, 14);
        attributes.add(names.get(tag, 16, 17), null, 19, 27);
        attributes.add(names.get(tag, 29, 30), null, 32, 32);
        attributes.add(names.get(tag, 34, 35), null, 37, 46);

        assertEquals("inlineSt", value);
        assertSame(attributes.getValue(0), attributes.getValue(1));
        assertEquals("", attributes.getValue("w"));
        assertEquals("inlineStr", attributes.getValue("x"));
    }
}
