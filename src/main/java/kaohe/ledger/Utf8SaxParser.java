package kaohe.ledger;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Pattern;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A namespace-aware XML parser for the large parts of a workbook, the worksheets and the shared-string
 * table, that reads UTF-8 bytes and calls a SAX handler as the JDK's parser would, at a fraction of its
 * cost. It decodes only text and the attribute values a handler requests.
 *
 * <p>It keeps the bounds of {@link SecureXml}: any DOCTYPE is rejected, elements nest at most
 * {@value SecureXml#MAX_ELEMENT_DEPTH} deep, and more than {@value SecureXml#MAX_MARKUP_GAP} bytes without
 * a {@code <} is rejected, so that no tag is buffered beyond that. A part that is not plainly UTF-8 XML 1.0
 * (a UTF-16 byte order mark, another declared encoding or version, an odd XML declaration) goes to
 * {@link SecureXml} unchanged.
 *
 * <p>Line numbers are not counted; errors give the byte offset instead.
 */
final class Utf8SaxParser {

    static final String XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";

    /** An element deeper than {@link SecureXml#MAX_ELEMENT_DEPTH}, which {@link XlsxErrors} calls hostile. */
    static final class DepthLimitException extends SAXParseException {
        DepthLimitException(String message) {
            super(message, null);
        }
    }

    private static final int BUFFER_BYTES = 1 << 16;
    private static final int PROLOG_BYTES = 512;
    private static final int CHARS = 4096;
    /**
     * The maximum length of a reference, '&' to ';'. XML allows any number of leading zeros in a character reference,
     * and the JDK's parser reads them all, so the bound is far above any real reference.
     */
    private static final int MAX_REFERENCE = 1024;
    private static final String EOF_IN_MARKUP = "XML document structures must start and end within the same entity.";
    private static final Pattern UTF8_DECLARATION = Pattern.compile(
            "<\\?xml[ \\t\\r\\n]+version[ \\t\\r\\n]*=[ \\t\\r\\n]*"
            + "(\"1\\.0\"|'1\\.0')([ \\t\\r\\n]+encoding[ \\t\\r\\n]*=[ \\t\\r\\n]*(\"(?i:utf-8)\"|'(?i:utf-8)'))?"
            + "([ \\t\\r\\n]+standalone[ \\t\\r\\n]*=[ \\t\\r\\n]*(\"(yes|no)\"|'(yes|no)'))?[ \\t\\r\\n]*\\?>");

    /** Bytes copied to text unchanged: printable ASCII other than '<', '&' and ']', and tab and LF. */
    private static final boolean[] PLAIN_TEXT = new boolean[256];
    private static final boolean[] NAME_START = new boolean[128];
    private static final boolean[] NAME_PART = new boolean[128];

    static {
        for (int b = 0x20; b < 0x80; b++) {
            PLAIN_TEXT[b] = b != '<' && b != '&' && b != ']';
        }
        PLAIN_TEXT['\t'] = true;
        PLAIN_TEXT['\n'] = true;
        for (int b = 0; b < 128; b++) {
            NAME_START[b] = b >= 'A' && b <= 'Z' || b >= 'a' && b <= 'z' || b == '_' || b == ':';
            NAME_PART[b] = NAME_START[b] || b >= '0' && b <= '9' || b == '-' || b == '.';
        }
    }

    private final InputStream in;
    private final DefaultHandler handler;
    private final XmlNames names = new XmlNames();
    private final XmlAttributes attributes = new XmlAttributes();
    private final char[] chars = new char[CHARS];
    private final StringBuilder scratch = new StringBuilder();
    private byte[] buf = new byte[BUFFER_BYTES];
    private int pos;
    private int limit;
    private boolean eof;
    /** The stream offset of {@code buf[0]}. */
    private long base;
    /** The stream offset of the last '<', or -1. */
    private long lastMarkup = -1;
    /** The index after the last character or reference decoded by {@link #decodeChar} or {@link #reference}. */
    private int decodedEnd;
    /** The character that {@link #special} read. */
    private int decodedChar;

    private XmlNames.Name[] open = new XmlNames.Name[16];
    private String[] openUris = new String[16];
    private int[] openBindings = new int[16];
    private int depth;
    private String[] prefixes = new String[8];
    private String[] uris = new String[8];
    private int bindings;

    private Utf8SaxParser(InputStream in, DefaultHandler handler) {
        this.in = in;
        this.handler = handler;
    }

    /** Parses the stream with the handler and closes it. */
    static void parse(InputStream in, DefaultHandler handler) throws IOException, SAXException {
        try (InputStream source = in) {
            Utf8SaxParser parser = new Utf8SaxParser(source, handler);
            if (parser.startsAsUtf8()) {
                parser.document();
                return;
            }
            InputStream whole = new SequenceInputStream(new ByteArrayInputStream(parser.buf, 0, parser.limit), source);
            SecureXml.parse(whole, handler);
        }
    }

    /**
     * Returns whether the stream, whose first bytes this reads, starts as UTF-8 XML 1.0 does, and then
     * places the parser after the byte order mark and the XML declaration.
     */
    static boolean isUtf8Start(byte[] bytes, int length) {
        return prologEnd(bytes, length) >= 0;
    }

    private static int prologEnd(byte[] bytes, int length) {
        int p = 0;
        if (length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF) {
            p = 3;
        }
        if (length - p >= 2 && (bytes[p] == 0 || bytes[p + 1] == 0 || (bytes[p] & 0xFE) == 0xFE)) {
            return -1;
        }
        String head = new String(bytes, p, length - p, StandardCharsets.ISO_8859_1);
        if (!head.startsWith("<?xml") || head.length() > 5 && !isSpace(head.charAt(5))) {
            return p;
        }
        var declaration = UTF8_DECLARATION.matcher(head);
        return declaration.lookingAt() ? p + declaration.end() : -1;
    }

    private boolean startsAsUtf8() throws IOException {
        while (limit < PROLOG_BYTES && !eof) {
            read();
        }
        int start = prologEnd(buf, limit);
        if (start < 0) {
            return false;
        }
        pos = start;
        return true;
    }

    private void document() throws IOException, SAXException {
        handler.startDocument();
        misc(true);
        startTag();
        while (depth > 0) {
            if (pos >= limit) {
                pos -= refill(pos);
                if (pos >= limit) {
                    throw error(EOF_IN_MARKUP);
                }
            }
            if (buf[pos] == '<') {
                markup();
            } else {
                text();
            }
        }
        misc(false);
        handler.endDocument();
    }

    /** Reads the comments, processing instructions and white space before the root element or after it. */
    private void misc(boolean prolog) throws IOException, SAXException {
        while (true) {
            if (pos >= limit) {
                checkGap(pos);
                pos -= refill(pos);
                if (pos >= limit) {
                    if (prolog) {
                        throw error("Premature end of file.");
                    }
                    return;
                }
            }
            byte b = buf[pos];
            if (isSpace(b)) {
                pos++;
                continue;
            }
            if (b != '<') {
                throw error(prolog ? "Content is not allowed in prolog."
                        : "Content is not allowed in trailing section.");
            }
            markupStart();
            byte next = pos + 1 < limit ? buf[pos + 1] : 0;
            if (next == '?') {
                processingInstruction();
            } else if (next == '!' && startsWith(pos, "<!--")) {
                comment();
            } else if (next == '!' && startsWith(pos, "<!DOCTYPE")) {
                throw doctype();
            } else if (prolog && next != '!') {
                return;
            } else {
                throw error("The markup in the document " + (prolog ? "preceding" : "following")
                        + " the root element must be well-formed.");
            }
        }
    }

    /** Reads the markup at {@code pos} inside the root element. */
    private void markup() throws IOException, SAXException {
        markupStart();
        byte next = pos + 1 < limit ? buf[pos + 1] : 0;
        switch (next) {
            case '/' -> endTag();
            case '?' -> processingInstruction();
            case '!' -> {
                if (startsWith(pos, "<!--")) {
                    comment();
                } else if (startsWith(pos, "<![CDATA[")) {
                    cdata();
                } else if (startsWith(pos, "<!DOCTYPE")) {
                    throw doctype();
                } else {
                    throw error("The markup in the document must be well-formed.");
                }
            }
            default -> startTag();
        }
    }

    /** Checks the run since the last '<' and records a new one at {@code pos}, with nine bytes readable. */
    private void markupStart() throws IOException, SAXException {
        checkGap(pos);
        lastMarkup = base + pos;
        pos = ensure(pos, "<![CDATA[".length());
    }

    private void startTag() throws IOException, SAXException {
        int end = tagEnd();
        boolean empty = buf[end - 1] == '/';
        int last = empty ? end - 1 : end;
        int nameEnd = nameEnd(pos + 1, last);
        XmlNames.Name element = qualifiedName(pos + 1, nameEnd, "element");
        attributes.clear(buf);
        int p = nameEnd;
        while (true) {
            int next = skipSpace(p, last);
            if (next == last) {
                break;
            }
            if (next == p) {
                throw error("Element type \"" + element.qName()
                        + "\" must be followed by either attribute specifications, \">\" or \"/>\".");
            }
            p = attribute(element, next, last);
        }
        int declared = declareNamespaces(element);
        String uri = elementUri(element);
        resolveAttributes(element);
        push(element, uri, declared);
        pos = end + 1;
        handler.startElement(uri, element.localName(), element.qName(), attributes);
        if (empty) {
            endElement();
        }
    }

    /** Returns the index of the '>' that ends the tag at {@code pos}, keeping the whole tag in the buffer. */
    private int tagEnd() throws IOException, SAXException {
        int p = pos + 1;
        byte quote = 0;
        while (true) {
            if (p >= limit) {
                p = readMoreMarkup(p, 1, EOF_IN_MARKUP);
            }
            byte b = buf[p];
            if (quote != 0) {
                if (b == quote) {
                    quote = 0;
                } else if (b == '<') {
                    throw error("The value of an attribute must not contain the '<' character.");
                }
            } else if (b == '>') {
                return p;
            } else if (b == '"' || b == '\'') {
                quote = b;
            } else if (b == '<') {
                throw error("A tag must end with \">\" or \"/>\" before the next '<'.");
            }
            p++;
        }
    }

    /** Reads one attribute starting at {@code p}, returning the index after its closing quote. */
    private int attribute(XmlNames.Name element, int p, int last) throws SAXException {
        int nameEnd = nameEnd(p, last);
        XmlNames.Name name = qualifiedName(p, nameEnd, "attribute");
        int i = skipSpace(nameEnd, last);
        if (i >= last || buf[i] != '=') {
            throw error("Attribute name \"" + name.qName() + "\" associated with an element type \""
                    + element.qName() + "\" must be followed by the ' = ' character.");
        }
        i = skipSpace(i + 1, last);
        if (i >= last || buf[i] != '"' && buf[i] != '\'') {
            throw error("Open quote is expected for attribute \"" + name.qName() + "\" associated with an "
                    + " element type \"" + element.qName() + "\".");
        }
        byte quote = buf[i];
        int start = i + 1;
        int end = start;
        boolean plain = true;
        while (end < last && buf[end] != quote) {
            int b = buf[end] & 0xFF;
            plain &= b >= 0x20 && b < 0x80 && b != '&';
            end++;
        }
        if (end >= last) {
            throw error("The value of attribute \"" + name.qName() + "\" has no closing quote.");
        }
        attributes.add(name, plain ? null : decode(start, end, true), start, end);
        return end + 1;
    }

    /** Binds the tag's namespace declarations, which SAX does not report as attributes; returns how many. */
    private int declareNamespaces(XmlNames.Name element) throws SAXException {
        int count = attributes.getLength();
        for (int i = 1; i < count; i++) {
            for (int j = 0; j < i; j++) {
                if (attributes.name(i).qName().equals(attributes.name(j).qName())) {
                    throw error("Attribute \"" + attributes.name(i).qName() + "\" was already specified for element \""
                            + element.qName() + "\".");
                }
            }
        }
        int declared = 0;
        for (int i = 0; i < attributes.getLength();) {
            XmlNames.Name name = attributes.name(i);
            if (!name.declaration()) {
                i++;
                continue;
            }
            String prefix = name.prefix().isEmpty() ? "" : name.localName();
            String uri = attributes.getValue(i);
            checkDeclaration(prefix, uri);
            bind(prefix, uri);
            attributes.remove(i);
            declared++;
        }
        return declared;
    }

    private void checkDeclaration(String prefix, String uri) throws SAXException {
        boolean xmlUri = uri.equals(XML_NAMESPACE);
        if (prefix.equals("xmlns") || prefix.equals("xml") != xmlUri || uri.equals("http://www.w3.org/2000/xmlns/")) {
            throw error("The namespace declaration of prefix \"" + prefix + "\" to \"" + uri + "\" is reserved.");
        }
        if (!prefix.isEmpty() && uri.isEmpty()) {
            throw error("The value of the namespace declaration of prefix \"" + prefix + "\" must not be empty.");
        }
    }

    private void bind(String prefix, String uri) throws SAXException {
        if (bindings == prefixes.length) {
            prefixes = Arrays.copyOf(prefixes, bindings * 2);
            uris = Arrays.copyOf(uris, bindings * 2);
        }
        prefixes[bindings] = prefix;
        uris[bindings] = uri;
        bindings++;
        handler.startPrefixMapping(prefix, uri);
    }

    private String lookup(String prefix) {
        if (prefix.equals("xml")) {
            return XML_NAMESPACE;
        }
        for (int i = bindings - 1; i >= 0; i--) {
            if (prefixes[i].equals(prefix)) {
                return uris[i];
            }
        }
        return prefix.isEmpty() ? "" : null;
    }

    private String elementUri(XmlNames.Name element) throws SAXException {
        String uri = lookup(element.prefix());
        if (uri == null) {
            throw error("The prefix \"" + element.prefix() + "\" for element \"" + element.qName()
                    + "\" is not bound.");
        }
        return uri;
    }

    private void resolveAttributes(XmlNames.Name element) throws SAXException {
        boolean prefixed = false;
        for (int i = 0; i < attributes.getLength(); i++) {
            XmlNames.Name name = attributes.name(i);
            if (name.prefix().isEmpty()) {
                continue;
            }
            String uri = lookup(name.prefix());
            if (uri == null) {
                throw error("The prefix \"" + name.prefix() + "\" for attribute \"" + name.qName()
                        + "\" associated with an element type \"" + element.qName() + "\" is not bound.");
            }
            attributes.setUri(i, uri);
            prefixed = true;
        }
        for (int i = 1; prefixed && i < attributes.getLength(); i++) {
            int same = attributes.getIndex(attributes.getURI(i), attributes.getLocalName(i));
            if (same != i && !attributes.getURI(i).isEmpty()) {
                throw error("Attribute \"" + attributes.getLocalName(i) + "\" bound to namespace \""
                        + attributes.getURI(i) + "\" was already specified for element \"" + element.qName() + "\".");
            }
        }
    }

    private void push(XmlNames.Name element, String uri, int declared) throws SAXException {
        if (depth >= SecureXml.MAX_ELEMENT_DEPTH) {
            throw new DepthLimitException("The element \"" + element.qName() + "\" has a depth of \"" + (depth + 1)
                    + "\" that exceeds the limit \"" + SecureXml.MAX_ELEMENT_DEPTH + "\".");
        }
        if (depth == open.length) {
            open = Arrays.copyOf(open, depth * 2);
            openUris = Arrays.copyOf(openUris, depth * 2);
            openBindings = Arrays.copyOf(openBindings, depth * 2);
        }
        open[depth] = element;
        openUris[depth] = uri;
        openBindings[depth] = bindings - declared;
        depth++;
    }

    private void endElement() throws SAXException {
        depth--;
        XmlNames.Name element = open[depth];
        handler.endElement(openUris[depth], element.localName(), element.qName());
        int first = openBindings[depth];
        for (int i = first; i < bindings; i++) {
            handler.endPrefixMapping(prefixes[i]);
        }
        bindings = first;
    }

    private void endTag() throws IOException, SAXException {
        byte[] expected = open[depth - 1].bytes();
        pos = ensure(pos, expected.length + 3);
        int after = pos + 2 + expected.length;
        if (after < limit && buf[after] == '>' && startsWith(pos + 2, expected)) {
            pos = after + 1;
            endElement();
            return;
        }
        endTagChecked();
    }

    /** Reads an end tag that is not simply {@code </name>} for the open element, or reports its error. */
    private void endTagChecked() throws IOException, SAXException {
        int p = pos + 2;
        while (true) {
            if (p >= limit) {
                p = readMoreMarkup(p, 1, EOF_IN_MARKUP);
            }
            if (buf[p] == '>' || buf[p] == '<') {
                break;
            }
            p++;
        }
        String expected = open[depth - 1].qName();
        int nameEnd = nameEnd(pos + 2, p);
        if (buf[p] != '>' || skipSpace(nameEnd, p) != p) {
            throw error("The end-tag for element type \"" + expected + "\" must end with a '>' delimiter.");
        }
        XmlNames.Name name = names.get(buf, pos + 2, nameEnd);
        if (name == null || !name.qName().equals(expected)) {
            throw error("The element type \"" + expected + "\" must be terminated by the matching end-tag \"</"
                    + expected + ">\".");
        }
        pos = p + 1;
        endElement();
    }

    /** Reports the text at {@code pos} up to the next '<', in pieces of at most {@value #CHARS} characters. */
    private void text() throws IOException, SAXException {
        char[] c = chars;
        int n = 0;
        int p = pos;
        while (true) {
            if (p >= limit) {
                checkGap(p);
                p -= refill(p);
                if (p >= limit) {
                    throw error(EOF_IN_MARKUP);
                }
            }
            int b = buf[p] & 0xFF;
            if (PLAIN_TEXT[b]) {
                c[n++] = (char) b;
                p++;
                if (n == CHARS) {
                    handler.characters(c, 0, n);
                    n = 0;
                }
                continue;
            }
            if (b == '<') {
                pos = p;
                if (n > 0) {
                    handler.characters(c, 0, n);
                }
                return;
            }
            if (n > CHARS - 2) {
                handler.characters(c, 0, n);
                n = 0;
            }
            p = special(p, b);
            n = put(c, n, decodedChar);
        }
    }

    /**
     * Reads the character at {@code p} of text or of a CDATA section that is not plain ASCII: a reference,
     * a line end, a ']' or a UTF-8 sequence. Sets {@link #decodedChar} and returns the index after it.
     */
    private int special(int p, int b) throws IOException, SAXException {
        if (b == '&') {
            p = ensure(p, MAX_REFERENCE);
            decodedChar = reference(p, limit);
            return decodedEnd;
        }
        if (b == '\r') {
            decodedChar = '\n';
            p = ensure(p, 2);
            return p + 1 < limit && buf[p + 1] == '\n' ? p + 2 : p + 1;
        }
        if (b == ']') {
            p = ensure(p, 3);
            if (limit - p >= 3 && buf[p + 1] == ']' && buf[p + 2] == '>') {
                throw error("The character sequence \"]]>\" must not appear in content unless used to mark the end "
                        + "of a CDATA section.");
            }
            decodedChar = ']';
            return p + 1;
        }
        if (b < 0x80) {
            throw invalidCharacter(b);
        }
        p = ensure(p, 4);
        decodedChar = decodeChar(p, limit);
        return decodedEnd;
    }

    private static int put(char[] c, int n, int codePoint) {
        if (codePoint < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
            c[n] = (char) codePoint;
            return n + 1;
        }
        c[n] = Character.highSurrogate(codePoint);
        c[n + 1] = Character.lowSurrogate(codePoint);
        return n + 2;
    }

    private void cdata() throws IOException, SAXException {
        char[] c = chars;
        int n = 0;
        int p = pos + "<![CDATA[".length();
        while (true) {
            checkGap(p);
            p = ensure(p, 3);
            if (p >= limit) {
                throw error("The CDATA section must end with \"]]>\".");
            }
            int b = buf[p] & 0xFF;
            if (b == ']' && limit - p >= 3 && buf[p + 1] == ']' && buf[p + 2] == '>') {
                break;
            }
            if (n > CHARS - 2) {
                handler.characters(c, 0, n);
                n = 0;
            }
            if (b == '<' || b == '&' || b == ']' || PLAIN_TEXT[b]) {
                lastMarkup = b == '<' ? base + p : lastMarkup;
                c[n++] = (char) b;
                p++;
            } else {
                p = special(p, b);
                n = put(c, n, decodedChar);
            }
        }
        if (n > 0) {
            handler.characters(c, 0, n);
        }
        pos = p + 3;
    }

    private void comment() throws IOException, SAXException {
        int p = pos + "<!--".length();
        while (true) {
            p = ensure(p, 3);
            if (p >= limit) {
                throw error("The comment must end with \"-->\".");
            }
            int b = buf[p] & 0xFF;
            if (b == '-' && limit - p >= 2 && buf[p + 1] == '-') {
                if (limit - p < 3 || buf[p + 2] != '>') {
                    throw error("The string \"--\" is not permitted within comments.");
                }
                pos = p + 3;
                return;
            }
            checkGap(p);
            if (b == '<') {
                lastMarkup = base + p;
            }
            if (b < 0x80) {
                if (b < 0x20 && !isSpace((byte) b)) {
                    throw invalidCharacter(b);
                }
                p++;
            } else {
                p = ensure(p, 4);
                decodeChar(p, limit);
                p = decodedEnd;
            }
        }
    }

    private void processingInstruction() throws IOException, SAXException {
        int p = pos + 2;
        while (true) {
            if (limit - p < 2) {
                p = readMoreMarkup(p, 2, "The processing instruction must end with \"?>\".");
            }
            if (buf[p] == '?' && buf[p + 1] == '>') {
                break;
            }
            p++;
        }
        int targetEnd = nameEnd(pos + 2, p);
        String target = new String(buf, pos + 2, targetEnd - pos - 2, StandardCharsets.UTF_8);
        if (target.equalsIgnoreCase("xml")) {
            throw error("The processing instruction target matching \"[xX][mM][lL]\" is not allowed.");
        }
        int dataStart = skipSpace(targetEnd, p);
        if (dataStart == targetEnd && targetEnd != p) {
            throw error("White space is required between the processing instruction target and data.");
        }
        String data = decode(dataStart, p, false);
        pos = p + 2;
        handler.processingInstruction(target, data);
    }

    /**
     * Decodes an attribute value or the data of a processing instruction that lies whole in the buffer.
     * In an attribute value, references are replaced and white space becomes spaces.
     */
    private String decode(int start, int end, boolean attribute) throws SAXException {
        StringBuilder value = scratch;
        value.setLength(0);
        int p = start;
        while (p < end) {
            int b = buf[p] & 0xFF;
            if (b == '&' && attribute) {
                value.appendCodePoint(reference(p, end));
                p = decodedEnd;
            } else if (b == '\r') {
                value.append(attribute ? ' ' : '\n');
                p += p + 1 < end && buf[p + 1] == '\n' ? 2 : 1;
            } else if (b == '\t' || b == '\n') {
                value.append(attribute ? ' ' : (char) b);
                p++;
            } else if (b < 0x20) {
                throw invalidCharacter(b);
            } else if (b < 0x80) {
                value.append((char) b);
                p++;
            } else {
                value.appendCodePoint(decodeChar(p, end));
                p = decodedEnd;
            }
        }
        return value.toString();
    }

    /** Returns the character of the reference at {@code buf[p]} ('&'), setting {@link #decodedEnd}. */
    private int reference(int p, int end) throws SAXException {
        int semicolon = p + 1;
        int stop = Math.min(end, p + MAX_REFERENCE);
        while (semicolon < stop && buf[semicolon] != ';') {
            semicolon++;
        }
        if (semicolon >= stop) {
            throw error("The entity name must immediately be followed by the ';' delimiter.");
        }
        decodedEnd = semicolon + 1;
        String name = new String(buf, p + 1, semicolon - p - 1, StandardCharsets.ISO_8859_1);
        if (name.startsWith("#")) {
            return characterReference(name);
        }
        return switch (name) {
            case "lt" -> '<';
            case "gt" -> '>';
            case "amp" -> '&';
            case "quot" -> '"';
            case "apos" -> '\'';
            default -> throw error("The entity \"" + name + "\" was referenced, but not declared.");
        };
    }

    private int characterReference(String name) throws SAXException {
        boolean hex = name.startsWith("#x");
        String digits = name.substring(hex ? 2 : 1);
        int codePoint = -1;
        if (!digits.isEmpty() && digits.chars().allMatch(c -> Character.digit(c, hex ? 16 : 10) >= 0 && c < 0x80)) {
            try {
                codePoint = Integer.parseInt(digits, hex ? 16 : 10);
            } catch (NumberFormatException e) {
                codePoint = -1;
            }
        }
        if (!isXmlChar(codePoint)) {
            throw error("Character reference \"&" + name + "\" is an invalid XML character.");
        }
        return codePoint;
    }

    /** Decodes the UTF-8 sequence at {@code p}, which must end before {@code end}, setting {@link #decodedEnd}. */
    private int decodeChar(int p, int end) throws SAXException {
        int b0 = buf[p] & 0xFF;
        int length = b0 < 0xC2 ? 0 : b0 < 0xE0 ? 2 : b0 < 0xF0 ? 3 : b0 < 0xF5 ? 4 : 0;
        if (length == 0 || p + length > end) {
            throw invalidUtf8(b0);
        }
        int codePoint = b0 & (0x7F >> length);
        for (int i = 1; i < length; i++) {
            int b = buf[p + i] & 0xFF;
            if ((b & 0xC0) != 0x80) {
                throw invalidUtf8(b0);
            }
            codePoint = codePoint << 6 | b & 0x3F;
        }
        int smallest = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000;
        if (codePoint < smallest || codePoint > Character.MAX_CODE_POINT
                || codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE) {
            throw invalidUtf8(b0);
        }
        if (!isXmlChar(codePoint)) {
            throw invalidCharacter(codePoint);
        }
        decodedEnd = p + length;
        return codePoint;
    }

    private static boolean isXmlChar(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD
                || c >= 0x10000 && c <= 0x10FFFF;
    }

    /** Returns the end of the XML name at {@code p}, which must start one. */
    private int nameEnd(int p, int end) throws SAXException {
        if (p >= end || !isNameChar(p, end, true)) {
            throw error("A name was expected.");
        }
        p = buf[p] >= 0 ? p + 1 : decodedEnd;
        while (p < end) {
            int b = buf[p];
            if (b >= 0 && NAME_PART[b]) {
                p++;
            } else if (b < 0 && isNameChar(p, end, false)) {
                p = decodedEnd;
            } else {
                return p;
            }
        }
        return p;
    }

    /** Returns whether a name character starts at {@code p}; for a multi-byte one, sets {@link #decodedEnd}. */
    private boolean isNameChar(int p, int end, boolean first) throws SAXException {
        int b = buf[p];
        if (b >= 0) {
            return first ? NAME_START[b] : NAME_PART[b];
        }
        int c = decodeChar(p, end);
        boolean start = c >= 0xC0 && c <= 0xD6 || c >= 0xD8 && c <= 0xF6 || c >= 0xF8 && c <= 0x2FF
                || c >= 0x370 && c <= 0x37D || c >= 0x37F && c <= 0x1FFF || c >= 0x200C && c <= 0x200D
                || c >= 0x2070 && c <= 0x218F || c >= 0x2C00 && c <= 0x2FEF || c >= 0x3001 && c <= 0xD7FF
                || c >= 0xF900 && c <= 0xFDCF || c >= 0xFDF0 && c <= 0xFFFD || c >= 0x10000 && c <= 0xEFFFF;
        return start || !first && (c == 0xB7 || c >= 0x300 && c <= 0x36F || c >= 0x203F && c <= 0x2040);
    }

    private XmlNames.Name qualifiedName(int start, int end, String kind) throws SAXException {
        XmlNames.Name name = names.get(buf, start, end);
        if (name == null) {
            throw error("The " + kind + " name \"" + new String(buf, start, end - start, StandardCharsets.UTF_8)
                    + "\" is not a qualified name.");
        }
        return name;
    }

    private int skipSpace(int p, int end) {
        while (p < end && isSpace(buf[p])) {
            p++;
        }
        return p;
    }

    private static boolean isSpace(int b) {
        return b == ' ' || b == '\n' || b == '\t' || b == '\r';
    }

    /** Returns whether the buffer at {@code p} starts with {@code bytes}; the caller has made them readable. */
    private boolean startsWith(int p, byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (buf[p + i] != bytes[i]) {
                return false;
            }
        }
        return true;
    }

    private boolean startsWith(int p, String ascii) {
        if (limit - p < ascii.length()) {
            return false;
        }
        for (int i = 0; i < ascii.length(); i++) {
            if (buf[p + i] != ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Rejects more than {@link SecureXml#MAX_MARKUP_GAP} bytes between the last '<' and {@code buf[p]}. */
    private void checkGap(int p) throws SecureXml.MarkupTooLongException {
        if (base + p - lastMarkup - 1 > SecureXml.MAX_MARKUP_GAP) {
            throw new SecureXml.MarkupTooLongException();
        }
    }

    /**
     * Reads more of the markup that starts at {@link #pos}, which stays in the buffer, and returns {@code p}
     * moved with it. Raises {@code endOfInput} when fewer than {@code count} bytes from {@code p} remain.
     */
    private int readMoreMarkup(int p, int count, String endOfInput) throws IOException, SAXException {
        checkGap(p);
        int shift = refill(pos);
        pos -= shift;
        int moved = p - shift;
        if (limit - moved < count) {
            throw error(endOfInput);
        }
        return moved;
    }

    /** Returns {@code p}, moved with the buffer, with {@code count} bytes readable there if the input has them. */
    private int ensure(int p, int count) throws IOException {
        while (limit - p < count && !eof) {
            p -= refill(p);
        }
        return p;
    }

    /** Moves {@code buf[keep, limit)} to the front and reads more; returns how far the bytes moved. */
    private int refill(int keep) throws IOException {
        int kept = limit - keep;
        if (kept == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        System.arraycopy(buf, keep, buf, 0, kept);
        base += keep;
        limit = kept;
        read();
        return keep;
    }

    private void read() throws IOException {
        int n = in.read(buf, limit, buf.length - limit);
        while (n == 0) {
            n = in.read(buf, limit, buf.length - limit);
        }
        if (n < 0) {
            eof = true;
        } else {
            limit += n;
        }
    }

    private SAXParseException doctype() {
        return new SAXParseException("DOCTYPE is disallowed: no workbook part declares a document type (byte "
                + (base + pos) + ").", null);
    }

    private SAXParseException invalidCharacter(int c) {
        return error("An invalid XML character (Unicode: 0x" + Integer.toHexString(c) + ") was found.");
    }

    private SAXParseException invalidUtf8(int b) {
        return error("Invalid byte 0x" + Integer.toHexString(b) + " of a UTF-8 sequence.");
    }

    private SAXParseException error(String message) {
        return new SAXParseException(message + " (byte " + (base + pos) + ")", null);
    }
}
