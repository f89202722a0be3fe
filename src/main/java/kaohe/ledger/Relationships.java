package kaohe.ledger;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The relationships of one OPC part, read from its {@code .rels} part without POI's OPC layer.
 */
final class Relationships {

    /**
     * One internal relationship.
     *
     * @param target the target's part name inside the zip, without a leading slash, its %XX escapes decoded
     * @param escapedTarget the same name with its escapes as written, for zips whose entry names contain them
     */
    record Relationship(String id, String type, String target, String escapedTarget) {
    }

    private final Map<String, Relationship> byId;

    private Relationships(Map<String, Relationship> byId) {
        this.byId = byId;
    }

    static Relationships empty() {
        return new Relationships(Map.of());
    }

    /**
     * Parses a {@code .rels} part and resolves each target against the source part's name. External
     * targets (hyperlinks) are left out.
     */
    static Relationships parse(InputStream in, String sourcePart) throws IOException, SAXException {
        Map<String, Relationship> byId = new LinkedHashMap<>();
        Utf8SaxParser.parse(in, new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                String id = attributes.getValue("Id");
                String target = attributes.getValue("Target");
                boolean external = "External".equalsIgnoreCase(attributes.getValue("TargetMode"));
                if ("Relationship".equals(localName) && id != null && target != null && !external) {
                    byId.put(id, new Relationship(id, attributes.getValue("Type"), resolve(sourcePart, target),
                            resolveEscaped(sourcePart, target)));
                }
            }
        });
        return new Relationships(byId);
    }

    Relationship byId(String id) {
        return byId.get(id);
    }

    Relationship firstOfType(String typeSuffix) {
        for (Relationship relationship : byId.values()) {
            if (isOfType(relationship.type(), typeSuffix)) {
                return relationship;
            }
        }
        return null;
    }

    /**
     * Returns whether a relationship type ends with {@code typeSuffix}, such as "/worksheet", ignoring case and
     * surrounding white space. Some writers spell the type "/Worksheet", and a sheet of such a workbook must
     * not be passed over as a chart or macro sheet.
     */
    static boolean isOfType(String type, String typeSuffix) {
        return type != null && type.strip().toLowerCase(Locale.ROOT).endsWith(typeSuffix.toLowerCase(Locale.ROOT));
    }

    /** Returns the name of the {@code .rels} part that contains a part's relationships: xl/_rels/workbook.xml.rels. */
    static String relsPartOf(String partName) {
        int slash = partName.lastIndexOf('/');
        return partName.substring(0, slash + 1) + "_rels/" + partName.substring(slash + 1) + ".rels";
    }

    /**
     * Resolves a relative or absolute target against the folder of the source part, with its %XX escapes
     * decoded. A fragment or query after the name is dropped before decoding, so an escaped '#' (%23) stays
     * part of the name.
     */
    static String resolve(String sourcePart, String target) {
        return resolvePath(sourcePart, percentDecoded(withoutFragment(target)));
    }

    /** Resolves a target as {@link #resolve} does, but keeps its %XX escapes as written. */
    static String resolveEscaped(String sourcePart, String target) {
        return resolvePath(sourcePart, withoutFragment(target));
    }

    private static String resolvePath(String sourcePart, String target) {
        String path = target.replace('\\', '/');
        Deque<String> segments = new ArrayDeque<>();
        if (!path.startsWith("/")) {
            String[] sourceSegments = sourcePart.split("/");
            for (int i = 0; i < sourceSegments.length - 1; i++) {
                segments.addLast(sourceSegments[i]);
            }
        }
        for (String segment : path.split("/")) {
            if (segment.equals("..")) {
                segments.pollLast();
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                segments.addLast(segment);
            }
        }
        return String.join("/", segments);
    }

    private static String withoutFragment(String target) {
        int end = target.length();
        int fragment = target.indexOf('#');
        int query = target.indexOf('?');
        if (fragment >= 0) {
            end = fragment;
        }
        if (query >= 0 && query < end) {
            end = query;
        }
        return target.substring(0, end);
    }

    /**
     * Decodes the %XX escapes of a target URI as UTF-8 bytes, as OPC writes part names. A sheet part named
     * 表1.xml appears as %E8%A1%A81.xml. A '%' not followed by two hex digits is kept as it is.
     */
    static String percentDecoded(String uri) {
        if (uri.indexOf('%') < 0) {
            return uri;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(uri.length());
        int i = 0;
        while (i < uri.length()) {
            int c = uri.codePointAt(i);
            int high = i + 2 < uri.length() ? Character.digit(uri.charAt(i + 1), 16) : -1;
            int low = high >= 0 ? Character.digit(uri.charAt(i + 2), 16) : -1;
            if (c == '%' && low >= 0) {
                bytes.write(high * 16 + low);
                i += 3;
            } else {
                bytes.writeBytes(Character.toString(c).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(c);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
