package kaohe.faults;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Writes .xlsx packages from hand-written XML, for what POI never writes: inline strings without a
 * shared-string table, cells without references, wrong dimensions, ISO date cells, the 1904 date system.
 * Also reads and rewrites the entries of an existing package, for the mutation test.
 */
final class RawXlsx {

    private static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PACKAGE_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String SHEET_ML = "application/vnd.openxmlformats-officedocument.spreadsheetml.";

    private record Sheet(String name, String state, String xml) {
    }

    private final List<Sheet> sheets = new ArrayList<>();
    private String workbookProperties = "";
    private String styles;
    private String sharedStrings;

    /** Sets the {@code <workbookPr>} element, such as {@code <workbookPr date1904="1"/>}. */
    RawXlsx workbookProperties(String element) {
        workbookProperties = element;
        return this;
    }

    /** Adds a styles part with this content of {@code <styleSheet>}. */
    RawXlsx styles(String content) {
        styles = content;
        return this;
    }

    /** Adds a shared-string table with these {@code <si>} items. */
    RawXlsx sharedStrings(String items) {
        sharedStrings = items;
        return this;
    }

    /** Adds a visible sheet from the content of {@code <worksheet>}: sheetData and what goes with it. */
    RawXlsx sheet(String name, String body) {
        return sheet(name, null, body);
    }

    /** Adds a sheet with a state ("hidden", "veryHidden") or null for visible. */
    RawXlsx sheet(String name, String state, String body) {
        sheets.add(new Sheet(name, state, body));
        return this;
    }

    /** Returns a {@code <row>} with the cells, numbered {@code r}. */
    static String row(int number, String... cells) {
        return "<row r=\"" + number + "\">" + String.join("", cells) + "</row>";
    }

    /** Returns an inline string cell. */
    static String text(String reference, String text) {
        return "<c r=\"" + reference + "\" t=\"inlineStr\"><is><t>" + escape(text) + "</t></is></c>";
    }

    /** Returns a number cell, with a style index or -1 for none. */
    static String number(String reference, String value, int style) {
        return "<c r=\"" + reference + "\"" + (style >= 0 ? " s=\"" + style + "\"" : "") + "><v>" + value
                + "</v></c>";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    Path write(Path file) {
        try {
            Files.write(file, zip(entries()));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, byte[]> entries() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        put(entries, "[Content_Types].xml", contentTypes());
        put(entries, "_rels/.rels", "<Relationships xmlns=\"" + PACKAGE_REL_NS + "\"><Relationship Id=\"rId1\" Type=\""
                + REL_NS + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        StringBuilder sheetElements = new StringBuilder();
        StringBuilder relationships = new StringBuilder();
        for (int i = 0; i < sheets.size(); i++) {
            Sheet sheet = sheets.get(i);
            int n = i + 1;
            sheetElements.append("<sheet name=\"").append(escape(sheet.name())).append("\" sheetId=\"").append(n)
                    .append("\"").append(sheet.state() == null ? "" : " state=\"" + sheet.state() + "\"")
                    .append(" r:id=\"rId").append(n).append("\"/>");
            relationships.append("<Relationship Id=\"rId").append(n).append("\" Type=\"").append(REL_NS)
                    .append("/worksheet\" Target=\"worksheets/sheet").append(n).append(".xml\"/>");
            put(entries, "xl/worksheets/sheet" + n + ".xml", "<worksheet xmlns=\"" + MAIN_NS + "\" xmlns:r=\""
                    + REL_NS + "\">" + sheet.xml() + "</worksheet>");
        }
        if (styles != null) {
            relationships.append("<Relationship Id=\"rIdT\" Type=\"" + REL_NS + "/styles\" Target=\"styles.xml\"/>");
            put(entries, "xl/styles.xml", "<styleSheet xmlns=\"" + MAIN_NS + "\">" + styles + "</styleSheet>");
        }
        if (sharedStrings != null) {
            relationships.append("<Relationship Id=\"rIdS\" Type=\"" + REL_NS
                    + "/sharedStrings\" Target=\"sharedStrings.xml\"/>");
            put(entries, "xl/sharedStrings.xml", "<sst xmlns=\"" + MAIN_NS + "\">" + sharedStrings + "</sst>");
        }
        put(entries, "xl/workbook.xml", "<workbook xmlns=\"" + MAIN_NS + "\" xmlns:r=\"" + REL_NS + "\">"
                + workbookProperties + "<sheets>" + sheetElements + "</sheets></workbook>");
        put(entries, "xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"" + PACKAGE_REL_NS + "\">" + relationships
                + "</Relationships>");
        return entries;
    }

    private String contentTypes() {
        StringBuilder types = new StringBuilder("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                + "content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package."
                + "relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"" + SHEET_ML + "sheet.main+xml\"/>");
        for (int n = 1; n <= sheets.size(); n++) {
            types.append("<Override PartName=\"/xl/worksheets/sheet").append(n).append(".xml\" ContentType=\"")
                    .append(SHEET_ML).append("worksheet+xml\"/>");
        }
        return types.append("</Types>").toString();
    }

    private static void put(Map<String, byte[]> entries, String name, String xml) {
        String declared = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" + xml;
        entries.put(name, declared.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads every entry of a zip archive, in archive order. */
    static Map<String, byte[]> unzip(byte[] archive) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(archive))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    /** Writes entries into a new zip archive, in the map's order. */
    static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
