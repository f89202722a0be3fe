package kaohe.ledger;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Records every SAX event a parser reports, one line each, so that two parsers' streams compare as lists.
 * Adjacent {@code characters} calls are joined, because parsers may split text anywhere.
 */
final class XmlEvents extends DefaultHandler {

    final List<String> events = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();

    /** Returns the events of Xerces, as {@link SecureXml} configures it. */
    static List<String> ofXerces(byte[] part) throws Exception {
        XmlEvents recorder = new XmlEvents();
        SecureXml.parse(new ByteArrayInputStream(part), recorder);
        return recorder.events;
    }

    static List<String> ofUtf8Parser(byte[] part) throws Exception {
        XmlEvents recorder = new XmlEvents();
        Utf8SaxParser.parse(new ByteArrayInputStream(part), recorder);
        return recorder.events;
    }

    private void flush() {
        if (text.length() > 0) {
            events.add("text " + text);
            text.setLength(0);
        }
    }

    @Override
    public void startDocument() {
        events.add("start document");
    }

    @Override
    public void endDocument() {
        flush();
        events.add("end document");
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) {
        flush();
        events.add("map " + prefix + "=" + uri);
    }

    @Override
    public void endPrefixMapping(String prefix) {
        flush();
        events.add("unmap " + prefix);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        flush();
        StringBuilder event = new StringBuilder("start {" + uri + "}" + localName + " " + qName);
        for (int i = 0; i < attributes.getLength(); i++) {
            event.append(" {").append(attributes.getURI(i)).append('}').append(attributes.getLocalName(i))
                    .append(' ').append(attributes.getQName(i)).append(' ').append(attributes.getType(i))
                    .append("=[").append(attributes.getValue(i)).append(']');
        }
        events.add(event.toString());
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        flush();
        events.add("end {" + uri + "}" + localName + " " + qName);
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        text.append(ch, start, length);
    }

    @Override
    public void processingInstruction(String target, String data) {
        flush();
        events.add("pi " + target + " [" + data + "]");
    }
}
