package kaohe.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The sheets of an .xlsx workbook part in workbook order, with their visibility, and the workbook's date
 * system. POI's {@code XSSFReader.SheetIterator} does not expose visibility, hence this parser.
 */
record WorkbookPart(List<Sheet> sheets, boolean date1904) {

    /**
     * One {@code <sheet>} entry.
     *
     * @param relationshipId the r:id that names the sheet's part among the workbook's relationships
     * @param visible false for the states "hidden" and "veryHidden"
     */
    record Sheet(String name, String relationshipId, boolean visible) {
    }

    static WorkbookPart parse(InputStream in) throws IOException, SAXException {
        List<Sheet> sheets = new ArrayList<>();
        boolean[] date1904 = {false};
        Utf8SaxParser.parse(in, new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                if ("workbookPr".equals(localName)) {
                    date1904[0] = isTrue(attributes.getValue("date1904"));
                } else if ("sheet".equals(localName)) {
                    sheets.add(sheet(attributes));
                }
            }
        });
        return new WorkbookPart(List.copyOf(sheets), date1904[0]);
    }

    private static Sheet sheet(Attributes attributes) {
        String relationshipId = null;
        for (int i = 0; i < attributes.getLength(); i++) {
            if ("id".equals(attributes.getLocalName(i)) && attributes.getURI(i).contains("relationships")) {
                relationshipId = attributes.getValue(i);
            }
        }
        String state = attributes.getValue("state");
        boolean visible = state == null || "visible".equals(state);
        String name = attributes.getValue("name");
        return new Sheet(name == null ? "" : name, relationshipId, visible);
    }

    /** Reads an xsd:boolean attribute, which may be written "1" or "true". */
    static boolean isTrue(String value) {
        return "1".equals(value) || "true".equalsIgnoreCase(value);
    }
}
