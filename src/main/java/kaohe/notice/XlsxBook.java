package kaohe.notice;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A workbook written as Office Open XML (.xlsx) part by part, without POI: the notice's sheets, styles and
 * charts, and the package parts around them. Making and saving the notice with POI's workbook model took
 * about 0.4 s of the 0.9 s that scoring the monthly sample took. The parts follow what POI wrote for the
 * notice, and the tests read every notice back with POI and check its parts against the OOXML schemas.
 *
 * <p>The same content gives the same bytes: each zip entry carries one fixed time, and the document dates are
 * the ones given. The file is deflated at {@value #DEFLATE_LEVEL} rather than zlib's default 6. The level was
 * chosen by deflating the 503 MB of XML of the million-row notice on a 2-core machine. Level 6 took about 8 s
 * of CPU for 44 MB, level 3 about 2.2 s for 53 MB and level 1 about 1.6 s for 65 MB.
 */
final class XlsxBook {

    static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    static final String MAIN_NAMESPACE = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    static final String RELATIONSHIP_NAMESPACE =
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    /** The deflate level of the file, from 1 (fastest) to 9 (smallest). */
    static final int DEFLATE_LEVEL = 3;

    private static final String PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.";
    /**
     * The time of every zip entry, fixed so that the bytes do not depend on when the notice is written. The JDK
     * stores 1980-01-01 00:00:00 itself, the earliest time a zip entry takes, as an extra timestamp in the
     * machine's time zone, so the entries carry two seconds later.
     */
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 1, 1, 0, 0, 2);

    /** The bytes of XML of a table's rows made on the saving thread before a thread of its own takes over. */
    private static volatile long threadThreshold = RowXmlWriter.DEFAULT_THRESHOLD;

    private final StyleTable styles = new StyleTable(Styles.DEFAULT_FONT);
    private final List<XlsxSheet> sheets = new ArrayList<>();
    private String title = "";
    private LocalDate date = LocalDate.of(1980, 1, 1);

    /**
     * Sets the bytes of XML of a table's rows made on the saving thread before a thread of its own takes over,
     * and returns the setting it replaces. Tests set 0 to take the threaded path with a small notice.
     */
    static long setThreadThreshold(long bytes) {
        long previous = threadThreshold;
        threadThreshold = bytes;
        return previous;
    }

    StyleTable styles() {
        return styles;
    }

    /** Adds a sheet after the others. */
    XlsxSheet addSheet(String name) {
        XlsxSheet sheet = new XlsxSheet(name, sheets.size());
        sheets.add(sheet);
        return sheet;
    }

    /** Sets the document's title, and the day it is created and modified, at 00:00 UTC. */
    void setProperties(String documentTitle, LocalDate day) {
        title = documentTitle;
        date = day;
    }

    /** Writes the workbook to {@code out}, which it does not close. */
    void write(OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        zip.setLevel(DEFLATE_LEVEL);
        put(zip, "[Content_Types].xml", contentTypes());
        put(zip, "_rels/.rels", relationships(
                relationship(1, "officeDocument/2006/relationships/officeDocument", "xl/workbook.xml"),
                relationship(2, "package/2006/relationships/metadata/core-properties", "docProps/core.xml"),
                relationship(3, "officeDocument/2006/relationships/extended-properties", "docProps/app.xml")));
        put(zip, "docProps/core.xml", coreProperties());
        put(zip, "docProps/app.xml", XML_DECLARATION + "<Properties xmlns=\"http://schemas.openxmlformats.org/"
                + "officeDocument/2006/extended-properties\"><Application>kaohe</Application></Properties>");
        put(zip, "xl/workbook.xml", workbook());
        put(zip, "xl/_rels/workbook.xml.rels", workbookRelationships());
        put(zip, "xl/styles.xml", styles.xml());

        int drawings = 0;
        int charts = 0;
        for (XlsxSheet sheet : sheets) {
            zip.putNextEntry(entry("xl/worksheets/sheet" + (sheet.index() + 1) + ".xml"));
            sheet.write(zip, threadThreshold);
            zip.closeEntry();
            if (!sheet.charts().isEmpty()) {
                drawings++;
                writeDrawing(zip, sheet, drawings, charts);
                charts += sheet.charts().size();
            }
        }
        zip.finish();
    }

    /**
     * Writes the drawing of a sheet with charts, its charts and the relationships between them.
     *
     * @param drawing the drawing's number in the file, from 1
     * @param chartsBefore the charts of the sheets before it
     */
    private static void writeDrawing(ZipOutputStream zip, XlsxSheet sheet, int drawing, int chartsBefore)
            throws IOException {
        String target = "../drawings/drawing" + drawing + ".xml";
        put(zip, "xl/worksheets/_rels/sheet" + (sheet.index() + 1) + ".xml.rels",
                relationships(relationship(1, "officeDocument/2006/relationships/drawing", target)));
        put(zip, "xl/drawings/drawing" + drawing + ".xml", sheet.drawingXml());

        List<String> links = new ArrayList<>();
        for (XlsxSheet.Chart chart : sheet.charts()) {
            int number = chartsBefore + links.size() + 1;
            links.add(relationship(links.size() + 1, "officeDocument/2006/relationships/chart",
                    "../charts/chart" + number + ".xml"));
            put(zip, "xl/charts/chart" + number + ".xml", chart.xml());
        }
        put(zip, "xl/drawings/_rels/drawing" + drawing + ".xml.rels", relationships(links.toArray(String[]::new)));
    }

    private String contentTypes() {
        StringBuilder xml = new StringBuilder(2048).append(XML_DECLARATION)
                .append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
                .append("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.")
                .append("relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>");
        appendOverride(xml, "/xl/workbook.xml", CONTENT_TYPE + "spreadsheetml.sheet.main+xml");
        appendOverride(xml, "/xl/styles.xml", CONTENT_TYPE + "spreadsheetml.styles+xml");
        appendOverride(xml, "/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml");
        appendOverride(xml, "/docProps/app.xml", CONTENT_TYPE + "extended-properties+xml");
        for (XlsxSheet sheet : sheets) {
            appendOverride(xml, "/xl/worksheets/sheet" + (sheet.index() + 1) + ".xml",
                    CONTENT_TYPE + "spreadsheetml.worksheet+xml");
        }
        int drawings = (int) sheets.stream().filter(sheet -> !sheet.charts().isEmpty()).count();
        for (int i = 1; i <= drawings; i++) {
            appendOverride(xml, "/xl/drawings/drawing" + i + ".xml", CONTENT_TYPE + "drawing+xml");
        }
        int charts = sheets.stream().mapToInt(sheet -> sheet.charts().size()).sum();
        for (int i = 1; i <= charts; i++) {
            appendOverride(xml, "/xl/charts/chart" + i + ".xml", CONTENT_TYPE + "drawingml.chart+xml");
        }
        return xml.append("</Types>").toString();
    }

    private static void appendOverride(StringBuilder xml, String part, String type) {
        xml.append("<Override PartName=\"").append(part).append("\" ContentType=\"").append(type).append("\"/>");
    }

    private String coreProperties() {
        String time = date + "T00:00:00Z";
        return XML_DECLARATION + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/"
                + "metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms="
                + "\"http://purl.org/dc/terms/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:title>"
                + escape(title) + "</dc:title><dc:creator>kaohe</dc:creator><dcterms:created xsi:type="
                + "\"dcterms:W3CDTF\">" + time + "</dcterms:created><dcterms:modified xsi:type=\"dcterms:W3CDTF\">"
                + time + "</dcterms:modified></cp:coreProperties>";
    }

    private String workbook() {
        StringBuilder xml = new StringBuilder(2048).append(XML_DECLARATION).append("<workbook xmlns=\"")
                .append(MAIN_NAMESPACE).append("\" xmlns:r=\"").append(RELATIONSHIP_NAMESPACE)
                .append("\"><workbookPr/><bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>");
        for (XlsxSheet sheet : sheets) {
            xml.append("<sheet name=\"").append(escape(sheet.name())).append("\" sheetId=\"")
                    .append(sheet.index() + 1).append("\" r:id=\"rId").append(sheet.index() + 1).append("\"/>");
        }
        xml.append("</sheets>");
        StringBuilder names = new StringBuilder();
        for (XlsxSheet sheet : sheets) {
            String quoted = sheetPrefix(sheet.name());
            if (sheet.filterRange() != null) {
                appendName(names, "_xlnm._FilterDatabase", sheet, " hidden=\"1\"", quoted + sheet.filterRange());
            }
            if (sheet.printTitles() != null) {
                appendName(names, "_xlnm.Print_Titles", sheet, "", quoted + sheet.printTitles());
            }
        }
        if (!names.isEmpty()) {
            xml.append("<definedNames>").append(names).append("</definedNames>");
        }
        return xml.append("</workbook>").toString();
    }

    /**
     * Returns a sheet's name as a reference in a formula starts: "排名!" or "'第 1 表'!". The name is quoted when
     * it has characters other than letters, digits, '_' and '.', starts with a digit or reads as a cell, such
     * as "A1" or "R1C1".
     */
    static String sheetPrefix(String name) {
        boolean plain = !name.isEmpty() && !Character.isDigit(name.charAt(0))
                && name.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_' || c == '.')
                && !name.matches("(?i)[a-z]{1,3}\\d+|r\\d*c\\d*");
        return plain ? name + "!" : "'" + name.replace("'", "''") + "'!";
    }

    private static void appendName(StringBuilder xml, String name, XlsxSheet sheet, String flags, String formula) {
        xml.append("<definedName name=\"").append(name).append("\" localSheetId=\"").append(sheet.index())
                .append('"').append(flags).append('>').append(escape(formula)).append("</definedName>");
    }

    private String workbookRelationships() {
        List<String> links = new ArrayList<>();
        for (XlsxSheet sheet : sheets) {
            links.add(relationship(sheet.index() + 1, "officeDocument/2006/relationships/worksheet",
                    "worksheets/sheet" + (sheet.index() + 1) + ".xml"));
        }
        links.add(relationship(sheets.size() + 1, "officeDocument/2006/relationships/styles", "styles.xml"));
        return relationships(links.toArray(String[]::new));
    }

    /** Returns a relationship, whose type is given after "http://schemas.openxmlformats.org/". */
    private static String relationship(int id, String type, String target) {
        return "<Relationship Id=\"rId" + id + "\" Type=\"http://schemas.openxmlformats.org/" + type
                + "\" Target=\"" + target + "\"/>";
    }

    private static String relationships(String... links) {
        return XML_DECLARATION + "<Relationships xmlns=\"" + PACKAGE_RELATIONSHIPS + "\">" + String.join("", links)
                + "</Relationships>";
    }

    private static void put(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(entry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static ZipEntry entry(String name) {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(ENTRY_TIME);
        return entry;
    }

    /**
     * Escapes text for XML content or an attribute in double quotes. A character that XML cannot carry, a
     * control character other than tab and line breaks, U+FFFE, U+FFFF or half a surrogate pair, becomes "?",
     * as in the cells {@link CellXml} writes.
     */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        escaped.append(c).append(text.charAt(++i));
                    } else if (c < ' ' && c != '\t' && c != '\n' && c != '\r' || c >= '\uFFFE'
                            || Character.isSurrogate(c)) {
                        escaped.append('?');
                    } else {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }
}
