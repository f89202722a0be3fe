package kaohe.bench;

import java.io.File;
import java.io.InputStream;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * The benchmark's reading floor: POI's own event (SAX) reading of every cell of every sheet, with a handler
 * that does nothing with the values but count them. No program that reads the cells through POI's event API
 * can be faster, so kaohe's times are given as ratios to this one.
 *
 * <p>Usage: {@code PoiEventFloor FILE}; prints the number of cells to stdout.
 */
public final class PoiEventFloor {

    private PoiEventFloor() {
    }

    public static void main(String[] args) throws Exception {
        long cells = 0;
        try (OPCPackage pkg = OPCPackage.open(new File(args[0]), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream in = sheets.next()) {
                    Counter counter = new Counter();
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, counter,
                            new DataFormatter(), false));
                    parser.parse(new InputSource(in));
                    cells += counter.cells;
                }
            }
        }
        System.out.println(cells + " cells");
    }

    /** Counts the cells and does nothing else. */
    private static final class Counter implements XSSFSheetXMLHandler.SheetContentsHandler {
        private long cells;

        @Override
        public void startRow(int rowNum) {
        }

        @Override
        public void endRow(int rowNum) {
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            cells++;
        }
    }
}
