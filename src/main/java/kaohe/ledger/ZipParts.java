package kaohe.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.xml.sax.SAXException;

/**
 * An .xlsx package read straight from its zip entries. Entries go through POI's {@link ZipSecureFile}, so
 * POI's zip bomb limits apply.
 *
 * <p>POI's OPC layer is not used, for two reasons. It rejects files whose sheets are fine, such as WPS files
 * whose core properties break OPC rules. And opening a package with it parsed the content types,
 * relationships and core properties into DOM trees, which took an estimated 50 to 90 ms of the monthly
 * sample's run, most of it loading the JDK's XML parser classes.
 */
final class ZipParts implements XlsxPackage {

    private static final String PACKAGE_RELS = "_rels/.rels";
    private static final String OFFICE_DOCUMENT = "/officeDocument";

    private final ZipSecureFile zip;
    private final Map<String, ZipArchiveEntry> entriesByLowerName;
    private final String workbookName;
    private final Relationships workbookRelationships;

    private ZipParts(ZipSecureFile zip, Map<String, ZipArchiveEntry> entries, String workbookName,
            Relationships workbookRelationships) {
        this.zip = zip;
        this.entriesByLowerName = entries;
        this.workbookName = workbookName;
        this.workbookRelationships = workbookRelationships;
    }

    /** Opens the zip and finds its workbook part, or returns null when it has none (not a workbook). */
    static ZipParts open(Path file) throws IOException, SAXException {
        ZipSecureFile zip = new ZipSecureFile(file.toFile());
        try {
            return open(zip);
        } catch (IOException | SAXException | RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    private static ZipParts open(ZipSecureFile zip) throws IOException, SAXException {
        Map<String, ZipArchiveEntry> entries = new HashMap<>();
        for (Enumeration<ZipArchiveEntry> e = zip.getEntries(); e.hasMoreElements();) {
            ZipArchiveEntry entry = e.nextElement();
            entries.putIfAbsent(key(entry.getName()), entry);
        }
        String workbookName = findWorkbookName(zip, entries);
        if (workbookName == null) {
            zip.close();
            return null;
        }
        Relationships relationships = readRelationships(zip, entries, workbookName);
        return new ZipParts(zip, entries, workbookName, relationships);
    }

    private static String findWorkbookName(ZipSecureFile zip, Map<String, ZipArchiveEntry> entries)
            throws IOException, SAXException {
        Relationships packageRelationships = readRelationships(zip, entries, PACKAGE_RELS, "");
        Relationships.Relationship document = packageRelationships.firstOfType(OFFICE_DOCUMENT);
        if (document != null) {
            String name = existing(entries, document);
            if (name != null) {
                return name;
            }
        }
        return entries.containsKey("xl/workbook.xml") ? "xl/workbook.xml" : null;
    }

    private static Relationships readRelationships(ZipSecureFile zip, Map<String, ZipArchiveEntry> entries,
            String partName) throws IOException, SAXException {
        return readRelationships(zip, entries, Relationships.relsPartOf(partName), partName);
    }

    private static Relationships readRelationships(ZipSecureFile zip, Map<String, ZipArchiveEntry> entries,
            String relsName, String sourcePart) throws IOException, SAXException {
        ZipArchiveEntry entry = entries.get(key(relsName));
        if (entry == null) {
            return Relationships.empty();
        }
        return Relationships.parse(zip.getInputStream(entry), sourcePart);
    }

    @Override
    public InputStream openWorkbook() throws IOException {
        return openEntry(workbookName);
    }

    @Override
    public String relationshipType(String relationshipId) {
        Relationships.Relationship relationship = workbookRelationships.byId(relationshipId);
        return relationship == null ? null : relationship.type();
    }

    @Override
    public InputStream openRelated(String relationshipId) throws IOException {
        Relationships.Relationship relationship = workbookRelationships.byId(relationshipId);
        String name = relationship == null ? null : existing(entriesByLowerName, relationship);
        return name == null ? null : openEntry(name);
    }

    /**
     * Opens the part of the workbook's first relationship of a type, or returns null when there is none.
     *
     * @throws NoSuchFileException when the relationship names a part that the zip does not contain, because
     *                             a workbook that lost its shared strings or styles cannot be read right
     */
    @Override
    public InputStream openRelatedByType(String typeSuffix) throws IOException {
        Relationships.Relationship relationship = workbookRelationships.firstOfType(typeSuffix);
        if (relationship == null) {
            return null;
        }
        String name = existing(entriesByLowerName, relationship);
        if (name == null) {
            throw new NoSuchFileException(relationship.target());
        }
        return openEntry(name);
    }

    private InputStream openEntry(String name) throws IOException {
        ZipArchiveEntry entry = entriesByLowerName.get(key(name));
        return entry == null ? null : zip.getInputStream(entry);
    }

    /** Returns the entry name of a relationship's target, decoded or as written, or null when neither is there. */
    private static String existing(Map<String, ZipArchiveEntry> entries, Relationships.Relationship relationship) {
        if (entries.containsKey(key(relationship.target()))) {
            return relationship.target();
        }
        return entries.containsKey(key(relationship.escapedTarget())) ? relationship.escapedTarget() : null;
    }

    /**
     * Returns the key of an entry name: lower case, as OPC part names compare, and with '/' for '\', which
     * some Windows zip tools write between folders.
     */
    private static String key(String name) {
        return name.replace('\\', '/').toLowerCase(Locale.ROOT);
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
