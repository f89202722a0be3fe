package kaohe.ledger;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes .xlsx packages entry by entry with java.util.zip, for XML that POI would never write: other
 * writers' quirks and hostile content. By default it has one sheet named "表1" and no styles or
 * shared strings.
 */
final class XlsxFixture {

    static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    static final String PACKAGE_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

    private final Map<String, byte[]> entries = new LinkedHashMap<>();
    private String mainNamespace = MAIN_NS;
    private String relationshipNamespace = REL_NS;
    private String workbookProperties = "";
    private String sheets = "<sheet name=\"表1\" sheetId=\"1\" r:id=\"rId1\"/>";
    private String extraRelationships = "";
    private boolean backslashes;
    private final Set<String> omitted = new HashSet<>();

    /** Uses the Strict Open XML namespaces instead of the transitional ones. */
    XlsxFixture strict() {
        mainNamespace = "http://purl.oclc.org/ooxml/spreadsheetml/main";
        relationshipNamespace = "http://purl.oclc.org/ooxml/officeDocument/relationships";
        return this;
    }

    XlsxFixture workbookProperties(String element) {
        workbookProperties = element;
        return this;
    }

    /** Replaces the {@code <sheet>} elements; each r:id rIdN points to xl/worksheets/sheetN.xml. */
    XlsxFixture sheets(String elements) {
        sheets = elements;
        return this;
    }

    /** Sets the XML of sheet N from its {@code <sheetData>} content and what follows it. */
    XlsxFixture sheet(int number, String body) {
        return entry("xl/worksheets/sheet" + number + ".xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<worksheet xmlns=\"" + mainNamespace + "\" xmlns:r=\"" + relationshipNamespace + "\">"
                + body + "</worksheet>");
    }

    XlsxFixture sharedStrings(String items) {
        extraRelationships += "<Relationship Id=\"rIdS\" Type=\"" + relationshipNamespace
                + "/sharedStrings\" Target=\"sharedStrings.xml\"/>";
        return entry("xl/sharedStrings.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\""
                + mainNamespace + "\">" + items + "</sst>");
    }

    XlsxFixture styles(String content) {
        extraRelationships += "<Relationship Id=\"rIdT\" Type=\"" + relationshipNamespace
                + "/styles\" Target=\"styles.xml\"/>";
        return entry("xl/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\""
                + mainNamespace + "\">" + content + "</styleSheet>");
    }

    /** Writes the entry names under xl/ with '\\' between folders, as some Windows zip tools do. */
    XlsxFixture backslashNames() {
        backslashes = true;
        return this;
    }

    /** Leaves an entry out of the zip, although the workbook's relationships may still name it. */
    XlsxFixture without(String name) {
        omitted.add(name);
        return this;
    }

    XlsxFixture entry(String name, String content) {
        entries.put(name, content.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    Path write(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : standardEntries().entrySet()) {
                String name = entry.getKey();
                if (omitted.contains(name)) {
                    continue;
                }
                zip.putNextEntry(new ZipEntry(backslashes && name.startsWith("xl/") ? name.replace('/', '\\') : name));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return file;
    }

    private Map<String, byte[]> standardEntries() {
        Map<String, byte[]> all = new LinkedHashMap<>();
        put(all, "[Content_Types].xml", contentTypes());
        put(all, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\""
                + PACKAGE_REL_NS + "\"><Relationship Id=\"rId1\" Type=\"" + relationshipNamespace
                + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        put(all, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"" + mainNamespace
                + "\" xmlns:r=\"" + relationshipNamespace + "\">" + workbookProperties + "<sheets>" + sheets
                + "</sheets></workbook>");
        put(all, "xl/_rels/workbook.xml.rels", workbookRelationships());
        all.putAll(entries);
        return all;
    }

    private String workbookRelationships() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\""
                + PACKAGE_REL_NS + "\">");
        for (int n = 1; n <= 9; n++) {
            if (entries.containsKey("xl/worksheets/sheet" + n + ".xml")) {
                xml.append("<Relationship Id=\"rId").append(n).append("\" Type=\"").append(relationshipNamespace)
                        .append("/worksheet\" Target=\"worksheets/sheet").append(n).append(".xml\"/>");
            }
        }
        return xml.append(extraRelationships).append("</Relationships>").toString();
    }

    private String contentTypes() {
        String sheetML = "application/vnd.openxmlformats-officedocument.spreadsheetml.";
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" "
                + "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"" + sheetML + "sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"" + sheetML + "worksheet+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet2.xml\" ContentType=\"" + sheetML + "worksheet+xml\"/>"
                + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"" + sheetML + "sharedStrings+xml\"/>"
                + "<Override PartName=\"/xl/styles.xml\" ContentType=\"" + sheetML + "styles+xml\"/>"
                + "<Override PartName=\"/docProps/core.xml\" "
                + "ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
                + "</Types>";
    }

    private static void put(Map<String, byte[]> all, String name, String content) {
        all.put(name, content.getBytes(StandardCharsets.UTF_8));
    }
}
