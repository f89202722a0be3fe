package kaohe.ledger;

import java.util.ArrayList;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Streams the rows of one .xlsx worksheet part to a {@link RowAssembler}; only the current row is held.
 * A row or cell without an {@code r} attribute follows the previous one. The {@code <dimension>} element
 * is ignored, because writers often get it wrong and a hostile one can claim any size.
 */
final class XlsxSheetHandler extends DefaultHandler {

    private final XlsxCells cells;
    private final String fileName;
    private final String sheetName;
    private final ReadLimits limits;
    private final RowSink sink;
    private final MergedRegions merges;
    private final StringBuilder value = new StringBuilder();
    private final List<RawCell> rowCells = new ArrayList<>();
    private RowAssembler assembler;
    private boolean finished;
    private boolean unstoredRowsHidden;
    private int rowNumber;
    private boolean rowHidden;
    private int column = -1;
    private String cellType;
    private int styleIndex;
    private boolean hasFormula;
    private boolean hasValue;
    private boolean inValue;
    private boolean inInlineText;
    private int phoneticDepth;

    XlsxSheetHandler(XlsxCells cells, SheetInfo sheet, ReadLimits limits, RowSink sink, MergedRegions merges) {
        this.cells = cells;
        this.fileName = sheet.file();
        this.sheetName = sheet.sheet();
        this.limits = limits;
        this.sink = sink;
        this.merges = merges;
    }

    /** Returns where the parser is, for messages about a part that turns out to be broken. */
    Location location() {
        Location row = Location.row(fileName, sheetName, Math.max(rowNumber, 1));
        return column >= 0 ? row.withColumn(column) : row;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes)
            throws SAXException {
        switch (localName) {
            case "sheetFormatPr" -> unstoredRowsHidden = WorkbookPart.isTrue(attributes.getValue("zeroHeight"));
            case "row" -> startRow(attributes);
            case "c" -> startCell(attributes);
            case "v" -> startText(true);
            case "f" -> hasFormula = true;
            case "t" -> {
                if (phoneticDepth == 0 && column >= 0) {
                    startText(false);
                }
            }
            case "rPh" -> phoneticDepth++;
            default -> {
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        switch (localName) {
            case "row" -> endRow();
            case "c" -> endCell();
            case "v" -> inValue = false;
            case "t" -> inInlineText = false;
            case "rPh" -> phoneticDepth--;
            case "sheetData" -> endSheetData();
            default -> {
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (!inValue && !inInlineText) {
            return;
        }
        if (value.length() + length > limits.maxCellChars()) {
            throw fail(location() + " 的内容超过每个单元格 " + limits.maxCellChars() + " 个字符的读取上限，文件可能已损坏");
        }
        value.append(ch, start, length);
    }

    @Override
    public void endDocument() throws SAXException {
        endSheetData();
    }

    private void startRow(Attributes attributes) throws SAXException {
        int number = rowNumber + 1;
        boolean hidden = false;
        for (int i = 0; i < attributes.getLength(); i++) {
            switch (attributes.getQName(i)) {
                case "r" -> number = intValue(attributes, i, -1);
                case "hidden" -> hidden = WorkbookPart.isTrue(attributes.getValue(i));
                default -> {
                }
            }
        }
        if (number < 1) {
            // An unreadable or non-positive number names no row, so the message names the last good one.
            String after = rowNumber > 0 ? Location.row(fileName, sheetName, rowNumber) + " 之后的" : fileName + " 工作表“"
                    + sheetName + "”的第一";
            throw fail(after + "行的行号无效（不是正整数），文件可能已损坏，请在 Excel 中打开后重新保存再试");
        }
        if (number > limits.maxRows()) {
            throw fail(Location.row(fileName, sheetName, number) + " 的行号超出 Excel 的上限 " + limits.maxRows()
                    + " 行，文件可能已损坏，请在 Excel 中打开后重新保存再试");
        }
        rowNumber = number;
        rowHidden = hidden;
        rowCells.clear();
        column = -1;
    }

    private void startCell(Attributes attributes) throws SAXException {
        int next = column + 1;
        int reference = -1;
        cellType = null;
        styleIndex = 0;
        for (int i = 0; i < attributes.getLength(); i++) {
            switch (attributes.getQName(i)) {
                case "r" -> {
                    reference = i;
                    next = attributes instanceof XmlAttributes parsed ? parsed.column(i)
                            : CellReferences.column(attributes.getValue(i));
                }
                case "t" -> cellType = attributes.getValue(i);
                case "s" -> styleIndex = intValue(attributes, i, 0);
                default -> {
                }
            }
        }
        if (next < 0) {
            throw fail(location() + " 之后的单元格位置 \"" + attributes.getValue(reference)
                    + "\" 无效，文件可能已损坏，请在 Excel 中打开后重新保存再试");
        }
        if (next >= limits.maxColumns()) {
            throw fail(location() + " 之后的单元格位于第 " + (next + 1L) + " 列，超出 Excel 的上限 "
                    + limits.maxColumns() + " 列（XFD），文件可能已损坏");
        }
        column = next;
        hasFormula = false;
        hasValue = false;
        phoneticDepth = 0;
        value.setLength(0);
    }

    private void startText(boolean cellValue) {
        if (column < 0) {
            return;
        }
        if (cellValue) {
            value.setLength(0);
            inValue = true;
        } else {
            inInlineText = true;
        }
        hasValue = true;
    }

    private void endCell() {
        inValue = false;
        inInlineText = false;
        RawCell cell;
        if (hasValue && "s".equals(cellType)) {
            cell = cells.sharedString(column, value);
        } else {
            cell = cells.toCell(column, cellType, styleIndex, hasValue ? value.toString() : null, hasFormula);
        }
        if (cell != null) {
            rowCells.add(cell);
        }
    }

    private void endRow() throws SAXException {
        try {
            assembler().row(rowNumber, rowHidden, rowCells);
        } catch (LedgerException e) {
            throw new SAXException(e);
        }
        rowCells.clear();
        column = -1;
    }

    private void endSheetData() throws SAXException {
        if (finished) {
            return;
        }
        finished = true;
        try {
            assembler().finish();
        } catch (LedgerException e) {
            throw new SAXException(e);
        }
    }

    /** Creates the assembler at the first row, once {@code sheetFormatPr}, which precedes the rows, is known. */
    private RowAssembler assembler() {
        if (assembler == null) {
            assembler = new RowAssembler(sink, fileName, sheetName, limits, merges, unstoredRowsHidden);
        }
        return assembler;
    }

    /** Reads a number attribute from the bytes when the parser is {@link Utf8SaxParser}. */
    private static int intValue(Attributes attributes, int index, int invalid) {
        return attributes instanceof XmlAttributes parsed ? parsed.intValue(index, invalid)
                : XmlAttributes.parseInt(attributes.getValue(index), invalid);
    }

    private static SAXException fail(String message) {
        return new SAXException(new LedgerException(message));
    }
}
