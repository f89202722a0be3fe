package kaohe.intake;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import kaohe.ledger.Location;
import kaohe.ledger.RawCell;
import kaohe.ledger.RawRow;
import kaohe.ledger.SheetInfo;

/**
 * Finds the header row of one ledger sheet below any title rows and maps the rows after it to fields.
 *
 * <p>The header is the first row, among the first {@value #HEADER_SEARCH_ROWS}, that names every required
 * column. Columns may come in any order; two columns of one field (刊物 and 媒体, say) both count, the first
 * non-blank one giving the row's value. Columns with other headers are ignored.
 */
public final class SheetTable {

    public static final int HEADER_SEARCH_ROWS = 30;

    private final LedgerSheet sheet;
    private final SheetInfo info;
    private final Map<String, String> renames;
    private Map<Integer, Field> fieldByColumn;
    private Map<Field, Integer> columnByField;
    private int headerRowNumber;
    private List<String> headerTexts = List.of();
    private RawRow bestCandidate;
    private int bestCandidateMatches;
    private boolean hasWideRow;

    SheetTable(LedgerSheet sheet, SheetInfo info) {
        this(sheet, info, Map.of());
    }

    /**
     * Creates a table whose headers may also be named by the clerk, as {@code kaohe import --map 来源单位=单位} does.
     *
     * @param renames ledger header names by {@link LedgerSheet#headerKey} of another header; a rename whose
     *     ledger header is not a column of {@code sheet} leaves that header unmapped
     */
    public SheetTable(LedgerSheet sheet, SheetInfo info, Map<String, String> renames) {
        this.sheet = sheet;
        this.info = info;
        this.renames = Map.copyOf(renames);
    }

    /** Returns the column a header names: through a rename when there is one, else by the sheet's names. */
    public LedgerSheet.Column columnFor(String header) {
        String renamed = renames.get(LedgerSheet.headerKey(header));
        return sheet.columnFor(renamed != null ? renamed : header);
    }

    /**
     * Takes the next row: returns it mapped when it is a data row, or null for a title or header row.
     *
     * @throws HeaderException when no header has been found within the rows searched
     */
    public MappedRow accept(RawRow row) throws HeaderException {
        if (fieldByColumn == null) {
            findHeader(row);
            return null;
        }
        Map<Field, RawCell> cells = new EnumMap<>(Field.class);
        for (RawCell cell : row.cells()) {
            Field field = fieldByColumn.get(cell.columnIndex());
            if (field != null && !CellReader.text(cell).isEmpty()) {
                cells.putIfAbsent(field, cell);
            }
        }
        if (cells.isEmpty() || isRepeatedHeader(row)) {
            return null;
        }
        return new MappedRow(Location.row(info.file(), info.sheet(), row.rowNumber()), cells, columnByField);
    }

    private void findHeader(RawRow row) throws HeaderException {
        hasWideRow |= row.cells().size() >= 2;
        Map<Integer, Field> mapping = new HashMap<>();
        for (RawCell cell : row.cells()) {
            LedgerSheet.Column column = columnFor(cell.text());
            if (column != null) {
                mapping.put(cell.columnIndex(), column.field());
            }
        }
        if (mapping.values().containsAll(requiredFields()) && namesArticle(mapping)) {
            fieldByColumn = mapping;
            columnByField = new EnumMap<>(Field.class);
            new TreeMap<>(mapping).forEach((column, field) -> columnByField.putIfAbsent(field, column));
            headerRowNumber = row.rowNumber();
            headerTexts = row.cells().stream().map(cell -> LedgerSheet.headerKey(cell.text())).toList();
            return;
        }
        if (mapping.size() > bestCandidateMatches) {
            bestCandidate = row;
            bestCandidateMatches = mapping.size();
        }
        if (row.rowNumber() >= HEADER_SEARCH_ROWS) {
            throw missingHeader();
        }
    }

    /** The 批示 sheet needs the article's title or its number; the other sheets name their title column. */
    private boolean namesArticle(Map<Integer, Field> mapping) {
        return sheet != LedgerSheet.INSTRUCTIONS
                || mapping.containsValue(Field.TITLE) || mapping.containsValue(Field.ARTICLE_NUMBER);
    }

    private List<Field> requiredFields() {
        return sheet.columns.stream().filter(LedgerSheet.Column::required).map(LedgerSheet.Column::field).toList();
    }

    /** Compares cell by cell and stops at the first difference, which is the first cell of a data row. */
    private boolean isRepeatedHeader(RawRow row) {
        List<RawCell> cells = row.cells();
        if (cells.size() != headerTexts.size()) {
            return false;
        }
        for (int i = 0; i < cells.size(); i++) {
            if (!LedgerSheet.headerKey(cells.get(i).text()).equals(headerTexts.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the header row was found; a sheet with only a title and no table has none. */
    public boolean hasHeader() {
        return fieldByColumn != null;
    }

    /** Returns the 1-based row number of the header, once found. */
    public int headerRowNumber() {
        return headerRowNumber;
    }

    /** Returns the field of each mapped column by 0-based index once the header is found, else nothing. */
    public Map<Integer, Field> fieldByColumn() {
        return fieldByColumn == null ? Map.of() : Map.copyOf(fieldByColumn);
    }

    /** Whether the sheet, though headerless, contains something that looks like a table and so needs a header. */
    boolean looksLikeTable() {
        return hasWideRow;
    }

    /** The error for a sheet without a usable header, naming the columns it lacks. */
    public HeaderException missingHeader() {
        String where = info.sheet() == null ? info.file() : info.file() + " " + info.sheet();
        if (bestCandidate == null || bestCandidateMatches < 2) {
            return new HeaderException(where + "：前 " + HEADER_SEARCH_ROWS + " 行中找不到表头，表头应包含 "
                    + String.join("、", sheet.requiredHeaders()));
        }
        List<String> missing = new ArrayList<>();
        for (LedgerSheet.Column column : sheet.columns) {
            boolean present = bestCandidate.cells().stream().anyMatch(cell -> columnFor(cell.text()) == column);
            if (column.required() && !present) {
                missing.add("“" + column.headers().get(0) + "”" + alsoAccepted(column));
            }
        }
        if (missing.isEmpty()) {
            missing.add("“信息标题”或“信息编号”");
        }
        return new HeaderException(Location.row(info.file(), info.sheet(), bestCandidate.rowNumber())
                + "：表头缺少必需的列 " + String.join("、", missing));
    }

    private static String alsoAccepted(LedgerSheet.Column column) {
        List<String> others = column.headers().subList(1, column.headers().size());
        return others.isEmpty() ? "" : "（也可写作 " + String.join("、", others) + "）";
    }

    /** A sheet whose header cannot be found; the whole ledger is rejected with this message. */
    public static final class HeaderException extends Exception {
        HeaderException(String message) {
            super(message, null, false, false);
        }
    }
}
