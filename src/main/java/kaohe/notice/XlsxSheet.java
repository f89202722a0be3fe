package kaohe.notice;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.poi.ss.util.CellReference;

/**
 * One worksheet of a workbook that {@link XlsxBook} writes: its rows, written top to bottom and kept as XML,
 * the rows of a large table that are made only while the file is written ({@link TableRows}), and its layout:
 * column widths, merged cells, frozen rows, auto-filter, page set-up and charts.
 */
final class XlsxSheet {

    /** The height Excel gives a row of the default font, in points. */
    static final float DEFAULT_ROW_POINTS = 15f;
    /** The last column Excel has, 0-based (XFD), which a page break spans. */
    private static final int LAST_COLUMN = 16_383;

    /** A chart placed over whole cells: from the top left of {@code firstRow} to the top of {@code endRow}. */
    record Chart(int firstRow, int endRow, int columns, String xml) {
    }

    private final String name;
    private final int index;
    private final CellXml rows = new CellXml();
    private final Map<Integer, Integer> widths = new TreeMap<>();
    private final List<String> merged = new ArrayList<>();
    private final List<Integer> breaks = new ArrayList<>();
    private final List<Chart> charts = new ArrayList<>();
    private float defaultRowPoints = DEFAULT_ROW_POINTS;
    private boolean rowOpen;
    /** The 0-based row of the next row, which must not come before it. */
    private int nextRow;
    private int firstRow = -1;
    private int lastRow = -1;
    private int lastColumn = -1;
    private TableRows tableRows;
    private int frozenRows;
    private String filter;
    private Boolean landscape;
    /** The 1-based rows printed on top of every page, as "$1:$2", or null. */
    private String printTitles;

    XlsxSheet(String name, int index) {
        this.name = name;
        this.index = index;
    }

    String name() {
        return name;
    }

    /** Returns the sheet's 0-based place in the workbook. */
    int index() {
        return index;
    }

    /** Sets a column's width in widths of the digit "0" of the default font. */
    void setColumnWidth(int column, int characters) {
        widths.put(column, characters);
    }

    void setDefaultRowHeight(float points) {
        defaultRowPoints = points;
    }

    /**
     * Starts a row below the rows written so far, ending the one before.
     *
     * @param points the row's height, or 0 for the default height
     */
    void startRow(int rowIndex, float points) {
        if (rowIndex < nextRow || tableRows != null) {
            throw new IllegalStateException(name + ": row " + (rowIndex + 1) + " comes after a later row");
        }
        endRow();
        rows.startRow(rowIndex, points);
        rowOpen = true;
        nextRow = rowIndex + 1;
    }

    /** Writes a cell of the row started last, as {@link CellXml#value} does. */
    void cell(int column, int style, Object value) {
        if (!rowOpen) {
            throw new IllegalStateException(name + ": a cell outside a row");
        }
        rows.value(column, style, value);
        if (firstRow < 0) {
            firstRow = nextRow - 1;
        }
        lastRow = nextRow - 1;
        lastColumn = Math.max(lastColumn, column);
    }

    /**
     * Writes {@code table} below the rows written so far, when the workbook is written. No row may be written
     * after them.
     */
    void appendLater(TableRows table) {
        endRow();
        tableRows = table;
        if (firstRow < 0) {
            firstRow = table.firstRow();
        }
        lastRow = table.lastRow();
        lastColumn = Math.max(lastColumn, table.lastColumn());
    }

    /** Merges the cells of one row from {@code firstColumn} to {@code lastColumn}. */
    void mergeRow(int row, int firstColumn, int lastColumn) {
        merged.add(cell(row, firstColumn) + ":" + cell(row, lastColumn));
    }

    /** Starts a new printed page below the 0-based {@code row}. */
    void breakAfter(int row) {
        breaks.add(row);
    }

    /** Freezes the top {@code rows} rows on screen. */
    void freezeRows(int rows) {
        frozenRows = rows;
    }

    /** Adds an auto-filter over the given 0-based rows and the first {@code columns} columns. */
    void autoFilter(int headerRow, int lastDataRow, int columns) {
        filter = cell(headerRow, 0) + ":" + cell(Math.max(headerRow, lastDataRow), columns - 1);
    }

    /** Returns the range of the auto-filter as an absolute reference without the sheet, or null. */
    String filterRange() {
        return filter == null ? null : absolute(filter);
    }

    /** Prints on A4 as {@link PageLayout} lays it out. */
    void printOnA4(boolean landscapePages) {
        landscape = landscapePages;
    }

    /** Prints the 0-based rows {@code first} to {@code last} on top of every page. */
    void repeatRows(int first, int last) {
        printTitles = "$" + (first + 1) + ":$" + (last + 1);
    }

    String printTitles() {
        return printTitles;
    }

    void addChart(Chart chart) {
        charts.add(chart);
    }

    List<Chart> charts() {
        return charts;
    }

    /** Writes the worksheet part, with its drawing, if any, as relationship rId1. */
    void write(OutputStream out, long threadThreshold) throws IOException {
        endRow();
        out.write(head().getBytes(StandardCharsets.UTF_8));
        out.write(rows.bytes(), 0, rows.length());
        if (tableRows != null) {
            RowXmlWriter.write(tableRows.source(), out, threadThreshold);
        }
        out.write(tail().getBytes(StandardCharsets.UTF_8));
    }

    private void endRow() {
        if (rowOpen) {
            rows.endRow();
            rowOpen = false;
        }
    }

    private String head() {
        StringBuilder xml = new StringBuilder(1024).append(XlsxBook.XML_DECLARATION).append("<worksheet xmlns=\"")
                .append(XlsxBook.MAIN_NAMESPACE).append("\" xmlns:r=\"").append(XlsxBook.RELATIONSHIP_NAMESPACE)
                .append("\">");
        if (landscape != null) {
            xml.append("<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>");
        }
        xml.append("<dimension ref=\"").append(dimension()).append("\"/><sheetViews><sheetView");
        if (index == 0) {
            xml.append(" tabSelected=\"1\"");
        }
        xml.append(" workbookViewId=\"0\"");
        if (frozenRows > 0) {
            String topLeft = cell(frozenRows, 0);
            xml.append("><pane ySplit=\"").append(frozenRows).append("\" topLeftCell=\"").append(topLeft)
                    .append("\" activePane=\"bottomLeft\" state=\"frozen\"/><selection pane=\"bottomLeft\"")
                    .append(" activeCell=\"").append(topLeft).append("\" sqref=\"").append(topLeft)
                    .append("\"/></sheetView>");
        } else {
            xml.append("/>");
        }
        xml.append("</sheetViews><sheetFormatPr defaultRowHeight=\"").append(points(defaultRowPoints)).append('"');
        if (defaultRowPoints != DEFAULT_ROW_POINTS) {
            xml.append(" customHeight=\"1\"");
        }
        xml.append("/>");
        if (!widths.isEmpty()) {
            xml.append("<cols>");
            widths.forEach((column, width) -> xml.append("<col min=\"").append(column + 1).append("\" max=\"")
                    .append(column + 1).append("\" width=\"").append(width).append("\" customWidth=\"1\"/>"));
            xml.append("</cols>");
        }
        return xml.append("<sheetData>\n").toString();
    }

    private String tail() {
        StringBuilder xml = new StringBuilder(1024).append("</sheetData>");
        if (filter != null) {
            xml.append("<autoFilter ref=\"").append(filter).append("\"/>");
        }
        if (!merged.isEmpty()) {
            xml.append("<mergeCells count=\"").append(merged.size()).append("\">");
            merged.forEach(range -> xml.append("<mergeCell ref=\"").append(range).append("\"/>"));
            xml.append("</mergeCells>");
        }
        if (landscape != null) {
            xml.append("<printOptions horizontalCentered=\"1\"/><pageMargins left=\"").append(PageLayout.SIDE_MARGIN)
                    .append("\" right=\"").append(PageLayout.SIDE_MARGIN).append("\" top=\"")
                    .append(PageLayout.TOP_MARGIN).append("\" bottom=\"").append(PageLayout.BOTTOM_MARGIN)
                    .append("\" header=\"").append(PageLayout.HEADER_MARGIN).append("\" footer=\"")
                    .append(PageLayout.FOOTER_MARGIN).append("\"/><pageSetup paperSize=\"9\" fitToWidth=\"1\"")
                    .append(" fitToHeight=\"0\" orientation=\"").append(landscape ? "landscape" : "portrait")
                    .append("\"/><headerFooter><oddFooter>&amp;C").append(XlsxBook.escape(PageLayout.FOOTER))
                    .append("</oddFooter></headerFooter>");
        }
        if (!breaks.isEmpty()) {
            xml.append("<rowBreaks count=\"").append(breaks.size()).append("\" manualBreakCount=\"")
                    .append(breaks.size()).append("\">");
            breaks.forEach(row -> xml.append("<brk id=\"").append(row + 1).append("\" max=\"").append(LAST_COLUMN)
                    .append("\" man=\"1\"/>"));
            xml.append("</rowBreaks>");
        }
        if (!charts.isEmpty()) {
            xml.append("<drawing r:id=\"rId1\"/>");
        }
        return xml.append("</worksheet>").toString();
    }

    /** Returns the range of the cells written, as "A1:J66", or "A1" for a sheet without cells. */
    private String dimension() {
        if (lastRow < 0) {
            return "A1";
        }
        String first = cell(firstRow, 0);
        String last = cell(lastRow, lastColumn);
        return first.equals(last) ? first : first + ":" + last;
    }

    /** Returns the drawing part of the charts; chart {@code i} is relationship rId{i + 1} of the drawing. */
    String drawingXml() {
        StringBuilder xml = new StringBuilder(2048).append(XlsxBook.XML_DECLARATION)
                .append("<xdr:wsDr xmlns:xdr=\"http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing\"")
                .append(" xmlns:a=\"").append(ColumnChart.DRAWING_NAMESPACE).append("\" xmlns:c=\"")
                .append(ColumnChart.CHART_NAMESPACE).append("\" xmlns:r=\"")
                .append(XlsxBook.RELATIONSHIP_NAMESPACE).append("\">");
        for (int i = 0; i < charts.size(); i++) {
            Chart chart = charts.get(i);
            xml.append("<xdr:twoCellAnchor editAs=\"twoCell\">");
            appendMarker(xml, "from", 0, chart.firstRow());
            appendMarker(xml, "to", chart.columns(), chart.endRow());
            xml.append("<xdr:graphicFrame macro=\"\"><xdr:nvGraphicFramePr><xdr:cNvPr id=\"").append(i + 2)
                    .append("\" name=\"图表 ").append(i + 1).append("\"/><xdr:cNvGraphicFramePr/>")
                    .append("</xdr:nvGraphicFramePr><xdr:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"0\" cy=\"0\"/>")
                    .append("</xdr:xfrm><a:graphic><a:graphicData uri=\"").append(ColumnChart.CHART_NAMESPACE)
                    .append("\"><c:chart r:id=\"rId").append(i + 1).append("\"/></a:graphicData></a:graphic>")
                    .append("</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>");
        }
        return xml.append("</xdr:wsDr>").toString();
    }

    private static void appendMarker(StringBuilder xml, String tag, int column, int row) {
        xml.append("<xdr:").append(tag).append("><xdr:col>").append(column).append("</xdr:col><xdr:colOff>0")
                .append("</xdr:colOff><xdr:row>").append(row).append("</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:")
                .append(tag).append('>');
    }

    /** Returns a cell's reference, as "B3" for the 0-based row 2 and column 1. */
    static String cell(int row, int column) {
        return CellReference.convertNumToColString(column) + (row + 1);
    }

    /** Returns a reference such as "A2:O31" made absolute: "$A$2:$O$31". */
    static String absolute(String range) {
        return range.replaceAll("([A-Z]+)(\\d+)", "\\$$1\\$$2");
    }

    /** Returns points as Excel writes them: "15" or "12.75". */
    private static String points(float value) {
        return value == Math.rint(value) ? Integer.toString((int) value) : Float.toString(value);
    }
}
