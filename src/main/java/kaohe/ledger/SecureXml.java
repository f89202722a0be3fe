package kaohe.ledger;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * SAX parsing of workbook parts that may come from a hostile file.
 *
 * <p>POI's {@link XMLHelper#newXMLReader()} rejects any DOCTYPE, so no entity can expand and no external
 * entity or DTD is fetched. Two more bounds keep memory flat: elements may nest at most
 * {@value #MAX_ELEMENT_DEPTH} deep, and a run of more than {@value #MAX_MARKUP_GAP} bytes without a
 * {@code <} is rejected, because the parser buffers a whole attribute value or name before it reports it.
 */
final class SecureXml {

    static final int MAX_ELEMENT_DEPTH = 256;

    /** 16 MiB is room for the 1,000,000-character default cell limit at 3 UTF-8 bytes a character. */
    static final int MAX_MARKUP_GAP = 16 << 20;

    private static final String MAX_DEPTH_PROPERTY = "http://www.oracle.com/xml/jaxp/properties/maxElementDepth";

    private SecureXml() {
    }

    /** Parses the stream with the handler and closes it. */
    static void parse(InputStream in, DefaultHandler handler) throws IOException, SAXException {
        try (InputStream guarded = new MarkupGapLimit(in)) {
            XMLReader reader = newReader();
            reader.setContentHandler(handler);
            reader.setErrorHandler(handler);
            reader.parse(new InputSource(guarded));
        }
    }

    private static XMLReader newReader() throws SAXException {
        XMLReader reader;
        try {
            reader = XMLHelper.newXMLReader();
        } catch (ParserConfigurationException e) {
            throw new SAXException("no secure XML parser is available", e);
        }
        try {
            reader.setProperty(MAX_DEPTH_PROPERTY, String.valueOf(MAX_ELEMENT_DEPTH));
        } catch (SAXNotRecognizedException | SAXNotSupportedException e) {
            // NOTE: a parser other than the JDK's built-in one may not know this property; depth is then unbounded.
        }
        return reader;
    }

    /** The stream error that {@link MarkupGapLimit} raises, so that callers can name the problem. */
    static final class MarkupTooLongException extends IOException {
        MarkupTooLongException() {
            super("more than " + MAX_MARKUP_GAP + " bytes without a '<'");
        }
    }

    /** Rejects input that has more than {@value #MAX_MARKUP_GAP} bytes between two {@code <}. */
    private static final class MarkupGapLimit extends FilterInputStream {
        private long gap;

        MarkupGapLimit(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count((byte) b);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            for (int i = offset; i < offset + n; i++) {
                count(buffer[i]);
            }
            return n;
        }

        private void count(byte b) throws MarkupTooLongException {
            gap = b == '<' ? 0 : gap + 1;
            if (gap > MAX_MARKUP_GAP) {
                throw new MarkupTooLongException();
            }
        }
    }
}
