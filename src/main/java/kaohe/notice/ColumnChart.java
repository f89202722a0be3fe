package kaohe.notice;

import java.util.List;

/**
 * The DrawingML of a column chart with a dashed line over it on the same axes, as the 图表 sheet draws each
 * series: a bar per unit with its value printed above it, and the target as a line. Both read their values
 * from cells and carry them as a cache, so a viewer that does not recalculate still draws them.
 *
 * @param title the chart's title
 * @param axisTitle the title of the value axis
 * @param categories the cells of the category names, as an absolute reference with the sheet
 * @param names the category names
 * @param bars the name, cells and values of the bars
 * @param line the name, cells and values of the line
 */
record ColumnChart(String title, String axisTitle, String categories, List<String> names, Series bars,
                   Series line) {

    static final String CHART_NAMESPACE = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    static final String DRAWING_NAMESPACE = "http://schemas.openxmlformats.org/drawingml/2006/main";

    /** The grey of the bars, as an RGB colour. */
    private static final String BAR_GREY = "808080";
    /** The width of the line: 2.25 points in EMU (12,700 a point). */
    private static final int LINE_WIDTH = 28_575;
    /** The size of the marker of a line of one point, in points (2 to 72). */
    private static final int ONE_POINT_MARKER = 20;
    /** The size of the axes' labels, in hundredths of a point. */
    private static final int LABEL_SIZE = 900;
    private static final int CATEGORY_AXIS = 1;
    private static final int VALUE_AXIS = 2;

    /** One data series: its name, the cells of its values and the values. */
    record Series(String name, String cells, List<Double> values) {
    }

    /** Returns the chart part. */
    String xml() {
        StringBuilder xml = new StringBuilder(8192).append(XlsxBook.XML_DECLARATION)
                .append("<c:chartSpace xmlns:c=\"").append(CHART_NAMESPACE).append("\" xmlns:a=\"")
                .append(DRAWING_NAMESPACE).append("\" xmlns:r=\"").append(XlsxBook.RELATIONSHIP_NAMESPACE)
                .append("\"><c:roundedCorners val=\"0\"/><c:chart>");
        appendTitle(xml, title);
        xml.append("<c:autoTitleDeleted val=\"0\"/><c:plotArea><c:layout/>");
        appendBars(xml);
        appendLine(xml);
        appendAxes(xml);
        return xml.append("</c:plotArea><c:legend><c:legendPos val=\"t\"/><c:overlay val=\"0\"/></c:legend>")
                .append("<c:plotVisOnly val=\"1\"/><c:dispBlanksAs val=\"gap\"/></c:chart></c:chartSpace>")
                .toString();
    }

    /** Appends the bars, grey and each with its value printed above it. */
    private void appendBars(StringBuilder xml) {
        xml.append("<c:barChart><c:barDir val=\"col\"/><c:grouping val=\"clustered\"/><c:varyColors val=\"0\"/>");
        appendSeriesStart(xml, 0, bars);
        xml.append("<c:spPr><a:solidFill><a:srgbClr val=\"").append(BAR_GREY).append("\"/></a:solidFill></c:spPr>")
                .append("<c:invertIfNegative val=\"0\"/><c:dLbls><c:showLegendKey val=\"0\"/><c:showVal val=\"1\"/>")
                .append("<c:showCatName val=\"0\"/><c:showSerName val=\"0\"/><c:showPercent val=\"0\"/>")
                .append("<c:showBubbleSize val=\"0\"/></c:dLbls>");
        appendData(xml, bars);
        xml.append("</c:ser><c:gapWidth val=\"150\"/>");
        appendAxisIds(xml);
        xml.append("</c:barChart>");
    }

    /**
     * Appends the line, black and dashed. A line of one point draws nothing, so that point gets a wide dash as
     * its marker, and the other lines get none.
     */
    private void appendLine(StringBuilder xml) {
        xml.append("<c:lineChart><c:grouping val=\"standard\"/><c:varyColors val=\"0\"/>");
        appendSeriesStart(xml, 1, line);
        xml.append("<c:spPr><a:ln w=\"").append(LINE_WIDTH).append("\"><a:solidFill><a:prstClr val=\"black\"/>")
                .append("</a:solidFill><a:prstDash val=\"dash\"/></a:ln></c:spPr><c:marker>");
        if (line.values().size() == 1) {
            xml.append("<c:symbol val=\"dash\"/><c:size val=\"").append(ONE_POINT_MARKER).append("\"/><c:spPr>")
                    .append("<a:solidFill><a:prstClr val=\"black\"/></a:solidFill></c:spPr>");
        } else {
            xml.append("<c:symbol val=\"none\"/>");
        }
        xml.append("</c:marker>");
        appendData(xml, line);
        xml.append("<c:smooth val=\"0\"/></c:ser><c:marker val=\"1\"/>");
        appendAxisIds(xml);
        xml.append("</c:lineChart>");
    }

    /** Appends the category axis below the plot and the value axis on its left, both labelled in 宋体. */
    private void appendAxes(StringBuilder xml) {
        // Category names stay below the plot even where a value is negative and its bar hangs below zero.
        xml.append("<c:catAx><c:axId val=\"").append(CATEGORY_AXIS).append("\"/>")
                .append("<c:scaling><c:orientation val=\"minMax\"/></c:scaling><c:delete val=\"0\"/>")
                .append("<c:axPos val=\"b\"/><c:numFmt formatCode=\"General\" sourceLinked=\"1\"/>")
                .append("<c:majorTickMark val=\"out\"/><c:minorTickMark val=\"none\"/><c:tickLblPos val=\"low\"/>");
        appendLabelFont(xml);
        xml.append("<c:crossAx val=\"").append(VALUE_AXIS).append("\"/><c:crosses val=\"autoZero\"/>")
                .append("<c:auto val=\"1\"/><c:lblAlgn val=\"ctr\"/><c:lblOffset val=\"100\"/>")
                .append("<c:noMultiLvlLbl val=\"0\"/></c:catAx>");

        xml.append("<c:valAx><c:axId val=\"").append(VALUE_AXIS).append("\"/><c:scaling>")
                .append("<c:orientation val=\"minMax\"/></c:scaling><c:delete val=\"0\"/><c:axPos val=\"l\"/>");
        appendTitle(xml, axisTitle);
        xml.append("<c:numFmt formatCode=\"General\" sourceLinked=\"1\"/><c:majorTickMark val=\"out\"/>")
                .append("<c:minorTickMark val=\"none\"/><c:tickLblPos val=\"nextTo\"/>");
        appendLabelFont(xml);
        xml.append("<c:crossAx val=\"").append(CATEGORY_AXIS).append("\"/><c:crosses val=\"autoZero\"/>")
                .append("<c:crossBetween val=\"between\"/></c:valAx>");
    }

    private static void appendTitle(StringBuilder xml, String text) {
        xml.append("<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr/></a:pPr><a:r>")
                .append("<a:rPr lang=\"zh-CN\"/><a:t>").append(XlsxBook.escape(text))
                .append("</a:t></a:r></a:p></c:rich></c:tx><c:overlay val=\"0\"/></c:title>");
    }

    private static void appendSeriesStart(StringBuilder xml, int index, Series series) {
        xml.append("<c:ser><c:idx val=\"").append(index).append("\"/><c:order val=\"").append(index)
                .append("\"/><c:tx><c:v>").append(XlsxBook.escape(series.name())).append("</c:v></c:tx>");
    }

    private void appendData(StringBuilder xml, Series series) {
        xml.append("<c:cat><c:strRef><c:f>").append(XlsxBook.escape(categories)).append("</c:f><c:strCache>")
                .append("<c:ptCount val=\"").append(names.size()).append("\"/>");
        for (int i = 0; i < names.size(); i++) {
            xml.append("<c:pt idx=\"").append(i).append("\"><c:v>").append(XlsxBook.escape(names.get(i)))
                    .append("</c:v></c:pt>");
        }
        xml.append("</c:strCache></c:strRef></c:cat><c:val><c:numRef><c:f>").append(XlsxBook.escape(series.cells()))
                .append("</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val=\"")
                .append(series.values().size()).append("\"/>");
        for (int i = 0; i < series.values().size(); i++) {
            xml.append("<c:pt idx=\"").append(i).append("\"><c:v>").append(number(series.values().get(i)))
                    .append("</c:v></c:pt>");
        }
        xml.append("</c:numCache></c:numRef></c:val>");
    }

    private static void appendAxisIds(StringBuilder xml) {
        xml.append("<c:axId val=\"").append(CATEGORY_AXIS).append("\"/><c:axId val=\"").append(VALUE_AXIS)
                .append("\"/>");
    }

    /** Sets the axis labels in the table font, so that the unit names show in a CJK face. */
    private static void appendLabelFont(StringBuilder xml) {
        xml.append("<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz=\"").append(LABEL_SIZE)
                .append("\"><a:ea typeface=\"").append(XlsxBook.escape(Styles.TABLE_FONT))
                .append("\"/></a:defRPr></a:pPr><a:endParaRPr lang=\"zh-CN\"/></a:p></c:txPr>");
    }

    /** Returns a value as the cache carries it: "45" or "7.5". */
    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : Double.toString(value);
    }
}
