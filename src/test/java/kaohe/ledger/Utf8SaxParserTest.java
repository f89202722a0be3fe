package kaohe.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/** {@link Utf8SaxParser} against the JDK's parser: the same events, the same failures, the same bounds. */
class Utf8SaxParserTest {

    private static final String DAMAGED = "f.xlsx 表1!A1 附近的 XML 内容已损坏，请在 Excel 中打开后重新保存再试";

    private static byte[] utf8(String xml) {
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    private static void assertSameEvents(byte[] part) throws Exception {
        assertEquals(XmlEvents.ofXerces(part), XmlEvents.ofUtf8Parser(part));
    }

    private static String failure(Exception e) {
        return XlsxErrors.translate(e, "f.xlsx", "f.xlsx 表1!A1").getMessage();
    }

    private static String xercesFailure(byte[] part) {
        return failure(assertThrows(Exception.class, () -> XmlEvents.ofXerces(part)));
    }

    private static String utf8Failure(byte[] part) {
        return failure(assertThrows(Exception.class, () -> XmlEvents.ofUtf8Parser(part)));
    }

    private static Map<String, byte[]> unzip(Path workbook) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(workbook))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                parts.put(entry.getName(), zip.readAllBytes());
            }
        }
        return parts;
    }

    @Test
    void everyPartOfTheSampleWorkbooksGivesXercesEvents() throws Exception {
        List<Path> workbooks = new ArrayList<>();
        for (String folder : List.of("samples", "src/test/resources")) {
            try (Stream<Path> files = Files.walk(Path.of(folder))) {
                // The notices that the README's first command writes into samples/ are output, not test input.
                files.filter(f -> f.toString().endsWith(".xlsx") && !f.getFileName().toString().contains("-通报."))
                        .forEach(workbooks::add);
            }
        }
        int parts = 0;
        for (Path workbook : workbooks) {
            for (Map.Entry<String, byte[]> part : unzip(workbook).entrySet()) {
                if (part.getKey().endsWith(".xml") || part.getKey().endsWith(".rels")) {
                    assertEquals(XmlEvents.ofXerces(part.getValue()), XmlEvents.ofUtf8Parser(part.getValue()),
                            workbook + " " + part.getKey());
                    parts++;
                }
            }
        }
        assertTrue(parts >= 20, parts + " parts");
    }

    @Test
    void namespacePrefixesGiveLocalNamesAndUris() throws Exception {
        byte[] part = utf8("<x:worksheet xmlns:x=\"urn:main\" xmlns:r='urn:rel' xmlns=\"urn:other\">"
                + "<x:sheetData><x:row r=\"1\"><x:c r=\"A1\" r:id=\"7\" xml:space=\"preserve\"/></x:row>"
                + "<plain xmlns=\"\"><inner/></plain></x:sheetData></x:worksheet>");
        List<String> events = XmlEvents.ofUtf8Parser(part);

        assertTrue(events.contains("start {urn:main}c x:c {}r r CDATA=[A1] {urn:rel}id r:id CDATA=[7] "
                + "{http://www.w3.org/XML/1998/namespace}space xml:space CDATA=[preserve]"), events.toString());
        assertTrue(events.contains("start {}inner inner"), events.toString());
        assertSameEvents(part);
    }

    @Test
    void endTagsCloseTheirElements() throws Exception {
        assertSameEvents(utf8("<a><bb></bb ><p:c xmlns:p=\"u\"></p:c\n></a>"));
        assertSameEvents(utf8("<abcdefghijklmnop><abcdefghijklmno/></abcdefghijklmnop>"));
        assertEquals(List.of("start document", "start {}a a", "start {}bb bb", "end {}bb bb", "end {}a a",
                "end document"), XmlEvents.ofUtf8Parser(utf8("<a><bb></bb ></a>")));
    }

    @Test
    void entitiesAndCharacterReferencesAreReplaced() throws Exception {
        byte[] part = utf8("<a t=\"&lt;&gt;&amp;&quot;&apos;&#65;&#x42;&#x1F600;\">&lt;&gt;&amp;&quot;&apos;"
                + "&#20013;&#x6587;&#x1F600;&#128512;&#0000065;</a>");
        List<String> events = XmlEvents.ofUtf8Parser(part);

        assertEquals("start {}a a {}t t CDATA=[<>&\"'AB\uD83D\uDE00]", events.get(1));
        assertEquals("text <>&\"'中文\uD83D\uDE00\uD83D\uDE00A", events.get(2));
        assertSameEvents(part);
    }

    @Test
    void referenceWithManyLeadingZerosIsRead() throws Exception {
        byte[] part = utf8("<a t=\"&#x" + "0".repeat(60) + "5E8F;\">&#" + "0".repeat(300) + "21495;</a>");
        List<String> events = XmlEvents.ofUtf8Parser(part);

        assertEquals("start {}a a {}t t CDATA=[序]", events.get(1));
        assertEquals("text 号", events.get(2));
        assertSameEvents(part);
    }

    @Test
    void cdataCommentsAndProcessingInstructionsAsXercesReportsThem() throws Exception {
        byte[] part = utf8("<?xml version=\"1.0\"?><!-- head --><?pi some data?>\n<a><![CDATA[<b>&amp;]]]]>"
                + "<![CDATA[>]]>] ]] tail<!-- in - side --><?x?><?y  z ?></a><!-- tail -->\n<?end?>");
        List<String> events = XmlEvents.ofUtf8Parser(part);

        assertTrue(events.contains("text <b>&amp;]]>] ]] tail"), events.toString());
        assertTrue(events.contains("pi pi [some data]"), events.toString());
        assertSameEvents(part);
    }

    @Test
    void lineEndsAndAttributeWhiteSpaceAreNormalised() throws Exception {
        byte[] part = utf8("<a b=\"1\r\n2\t3\r4\n5&#13;&#9;\">x\r\ny\rz\r\n&#13;</a>\r\n");
        List<String> events = XmlEvents.ofUtf8Parser(part);

        assertEquals("start {}a a {}b b CDATA=[1 2 3 4 5\r\t]", events.get(1));
        assertEquals("text x\ny\nz\n\r", events.get(2));
        assertSameEvents(part);
    }

    @Test
    void multiByteCharactersAcrossBufferBoundariesAndByteOrderMark() throws Exception {
        StringBuilder xml = new StringBuilder("\uFEFF<?xml version='1.0' encoding = 'utf-8' standalone=\"yes\" ?>"
                + "<sst xmlns=\"" + XlsxFixture.MAIN_NS + "\">");
        for (int i = 0; i < 20_000; i++) {
            xml.append("<si><t xml:space=\"preserve\" x=\"萧山\uD834\uDD1E").append(i)
                    .append("\">中a\uD834\uDD1E&amp;\r\n").append(i).append("</t></si>");
        }
        byte[] part = utf8(xml.append("</sst>").toString());

        assertTrue(part.length > 1 << 20);
        assertSameEvents(part);
    }

    @Test
    void otherEncodingsGoToXerces() throws Exception {
        byte[] utf16 = "\uFEFF<a b=\"é\">中文</a>".getBytes(StandardCharsets.UTF_16LE);
        byte[] latin1 = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a b=\"é\">é</a>"
                .getBytes(StandardCharsets.ISO_8859_1);
        byte[] version11 = utf8("<?xml version=\"1.1\"?><a>x</a>");

        assertEquals(List.of("start document", "start {}a a {}b b CDATA=[é]", "text 中文", "end {}a a",
                "end document"), XmlEvents.ofUtf8Parser(utf16));
        assertEquals("text é", XmlEvents.ofUtf8Parser(latin1).get(2));
        assertSameEvents(version11);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<a><b></a>", "<a><b></b>", "<a><b r=\"1", "<a><!-- open", "<a>&foo;</a>", "<a>&#0;</a>", "<a>&amp</a>",
        "<a b=\"<\"/>", "<a/>x", "<a/><b/>", "x<a/>", "<a>]]></a>", "<a>\u0001</a>", "<a b=\"1\" b=\"2\"/>",
        "<x:a/>", "<a><!-- a -- b --></a>", "<a><?xml version=\"1.0\"?></a>", "", "<a b=1/>",
        "<a b=\"1\"c=\"2\"/>", "<a></b>", "<a><![CDATA[x</a>", "<a x:b=\"1\"/>", "<1a/>", "<a>&#xD800;</a>",
        "<a xmlns:p=\"\"/>", "<a:b:c xmlns:a=\"u\"/>", "<a></a >x", "<a/ >", "< a/>", "<ab></a>", "<a></ab>",
        "<a></a", "<a></", "<abcdefghij></abcdefghi>", "<p:a xmlns:p=\"u\"></p:b>", "<a></A>"
    })
    void malformedPartsFailAsWithXerces(String xml) {
        byte[] part = utf8(xml);

        assertEquals(DAMAGED, xercesFailure(part));
        assertEquals(DAMAGED, utf8Failure(part));
    }

    @Test
    void invalidUtf8Fails() {
        for (byte[] bad : List.of(new byte[] {'<', 'a', '>', (byte) 0xC3, '(', '<', '/', 'a', '>'},
                new byte[] {'<', 'a', '>', (byte) 0xC0, (byte) 0xAF, '<', '/', 'a', '>'},
                new byte[] {'<', 'a', '>', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '<', '/', 'a', '>'},
                new byte[] {'<', 'a', '>', (byte) 0xE4, (byte) 0xB8})) {
            assertEquals(DAMAGED, xercesFailure(bad));
            assertEquals(DAMAGED, utf8Failure(bad));
        }
    }

    @Test
    void doctypeIsRejectedAsHostile() {
        byte[] part = utf8("<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x \"y\">]><a>&x;</a>");
        String hostile = "f.xlsx 含有 XML 文档类型声明（DOCTYPE），Excel 不会写出这种内容，可能是恶意文件，已停止读取";

        assertEquals(hostile, xercesFailure(part));
        assertEquals(hostile, utf8Failure(part));
    }

    @Test
    void depthLimitIsXercesLimit() throws Exception {
        int limit = SecureXml.MAX_ELEMENT_DEPTH;
        byte[] deepest = utf8("<a>".repeat(limit) + "</a>".repeat(limit));
        byte[] tooDeep = utf8("<a>".repeat(limit + 1) + "</a>".repeat(limit + 1));
        String hostile = "f.xlsx 的 XML 结构超出解析器的安全上限（如嵌套过深），可能是恶意文件，已停止读取";

        assertEquals(limit * 2 + 2, XmlEvents.ofUtf8Parser(deepest).size());
        assertSameEvents(deepest);
        assertEquals(hostile, xercesFailure(tooDeep));
        assertEquals(hostile, utf8Failure(tooDeep));
    }

    /** A stream of {@code head}, then {@code count} copies of one byte, then {@code tail}, made as it is read. */
    private static InputStream repeated(String head, byte filler, long count, String tail) {
        InputStream body = new InputStream() {
            private long left = count;

            @Override
            public int read() {
                return left-- > 0 ? filler : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + n, filler);
                left -= n;
                return n;
            }
        };
        return new SequenceInputStream(Collections.enumeration(List.of(new ByteArrayInputStream(utf8(head)), body,
                new ByteArrayInputStream(utf8(tail)))));
    }

    @Test
    void textOrTagLongerThanTheMarkupGapIsHostile() throws Exception {
        long gap = SecureXml.MAX_MARKUP_GAP;
        String hostile = "f.xlsx 解压后的内容异常庞大（超过读取上限或压缩比异常），可能是恶意文件，已停止读取；"
                + "如确认来源可靠，请在 Excel 中打开后重新保存再试";
        long[] chars = new long[1];
        DefaultHandler counting = new DefaultHandler() {
            @Override
            public void characters(char[] ch, int start, int length) {
                chars[0] += length;
            }
        };

        // The gap after the first '<' is "a>" and the text: two bytes more than the text.
        Utf8SaxParser.parse(repeated("<a>", (byte) 'x', gap - 2, "</a>"), counting);
        assertEquals(gap - 2, chars[0]);
        assertEquals(hostile, failure(assertThrows(IOException.class,
                () -> Utf8SaxParser.parse(repeated("<a>", (byte) 'x', gap - 1, "</a>"), counting))));
        assertEquals(hostile, failure(assertThrows(IOException.class,
                () -> SecureXml.parse(repeated("<a>", (byte) 'x', gap - 1, "</a>"), counting))));
        assertEquals(hostile, failure(assertThrows(IOException.class,
                () -> Utf8SaxParser.parse(repeated("<a b=\"", (byte) 'y', gap, "\"/>"), counting))));
    }

    @Test
    void errorsNameTheByteOffset() {
        SAXParseException e = assertThrows(SAXParseException.class,
                () -> XmlEvents.ofUtf8Parser(utf8("<a><b></a>")));

        assertTrue(e.getMessage().endsWith("(byte 6)"), e.getMessage());
    }
}
