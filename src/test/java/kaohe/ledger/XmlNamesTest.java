package kaohe.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link XmlNames}: names of up to eight bytes by their packed bytes, longer ones by a copy. */
class XmlNamesTest {

    private final XmlNames names = new XmlNames();

    /** Looks the name up inside a larger buffer, as the parser does. */
    private XmlNames.Name get(String name) {
        byte[] bytes = ("<" + name + " ").getBytes(StandardCharsets.UTF_8);
        return names.get(bytes, 1, bytes.length - 1);
    }

    private static void assertName(String qName, String prefix, String localName, XmlNames.Name name) {
        assertEquals(qName, name.qName());
        assertEquals(prefix, name.prefix());
        assertEquals(localName, name.localName());
    }

    @ParameterizedTest
    @ValueSource(strings = {"c", "row", "sheetDat", "sheetData", "sheetFormatPr", "中文", "中文名"})
    void namesWithoutPrefixesAreTheirOwnLocalNames(String name) {
        XmlNames.Name first = get(name);

        assertName(name, "", name, first);
        assertSame(first, get(name));
        assertFalse(first.declaration());
    }

    @ParameterizedTest
    @ValueSource(strings = {"x:c", "x:row", "ab:cdefg", "ab:cdefgh", "main:sheetData", "中:文"})
    void namesWithPrefixesSplitAtTheColon(String name) {
        int colon = name.indexOf(':');

        XmlNames.Name first = get(name);

        assertName(name, name.substring(0, colon), name.substring(colon + 1), first);
        assertSame(first, get(name));
    }

    @Test
    void namesThatShareBytesStayApart() {
        XmlNames.Name a = get("a");
        XmlNames.Name ab = get("ab");
        XmlNames.Name b = get("b");
        XmlNames.Name eight = get("abcdefgh");
        XmlNames.Name nine = get("abcdefghi");
        XmlNames.Name otherNine = get("abcdefghj");

        assertName("a", "", "a", a);
        assertName("ab", "", "ab", ab);
        assertName("b", "", "b", b);
        assertName("abcdefgh", "", "abcdefgh", eight);
        assertName("abcdefghi", "", "abcdefghi", nine);
        assertName("abcdefghj", "", "abcdefghj", otherNine);
        assertSame(a, get("a"));
        assertSame(nine, get("abcdefghi"));
    }

    @Test
    void nameStringsAreInterned() {
        assertSame("row", get("row").qName());
        assertSame("sheetData", get("sheetData").localName());
        assertSame("x", get("x:row").prefix());
        assertSame("row", get("x:row").localName());
    }

    @Test
    void bytesAreTheUtf8OfTheQualifiedName() {
        assertEquals("x:c", new String(get("x:c").bytes(), StandardCharsets.UTF_8));
        assertEquals(6, get("中文").bytes().length);
        assertEquals(15, get("sheetFormatPr:x").bytes().length);
    }

    @Test
    void namespaceDeclarationsAreMarked() {
        assertTrue(get("xmlns").declaration());
        assertTrue(get("xmlns:r").declaration());
        assertTrue(get("xmlns:relation").declaration());
        assertFalse(get("xmlnsx").declaration());
        assertFalse(get("r:xmlns").declaration());
    }

    @ParameterizedTest
    @ValueSource(strings = {":a", "a:", "a:b:c", ":abcdefghij", "abcdefghij:", "a:b:cdefghij"})
    void namesThatAreNotQualifiedNamesAreNull(String name) {
        assertNull(get(name));
        assertNull(get(name));
    }

    @Test
    void fullTableStillDecodesNames() {
        for (int i = 0; i < 3000; i++) {
            assertName("n" + i, "", "n" + i, get("n" + i));
            assertName("longer:name" + i, "longer", "name" + i, get("longer:name" + i));
        }
    }
}
