package kaohe.ledger;

/**
 * Where a value came from: one cell of a workbook, a whole row of a sheet, or a line of a CSV file.
 *
 * <p>Row numbers are 1-based, as Excel and the clerk see them. Column indexes are 0-based, as in POI, and
 * {@link #NO_COLUMN} stands for the whole row. A CSV location has no sheet.
 */
public record Location(String file, String sheet, int rowNumber, int columnIndex) {

    public static final int NO_COLUMN = -1;

    public static Location row(String file, String sheet, int rowNumber) {
        return new Location(file, sheet, rowNumber, NO_COLUMN);
    }

    public static Location csvLine(String file, int lineNumber) {
        return new Location(file, null, lineNumber, NO_COLUMN);
    }

    public Location withColumn(int column) {
        return new Location(file, sheet, rowNumber, column);
    }

    /** Returns the location of the whole row: this one when it has no column, so rows share one instance. */
    public Location wholeRow() {
        return columnIndex == NO_COLUMN ? this : new Location(file, sheet, rowNumber, NO_COLUMN);
    }

    /** The cell in A1 form ("D17"), or the row number alone when there is no column. */
    public String cell() {
        return columnIndex == NO_COLUMN ? Integer.toString(rowNumber) : columnLetters(columnIndex) + rowNumber;
    }

    /** The location inside its workbook: "录用!D17", "录用!17", or "第12行" for a CSV line. */
    public String inFile() {
        return sheet == null ? "第" + rowNumber + "行" : sheet + "!" + cell();
    }

    /** The full form used in every message: "2018-06.xlsx 录用!D17". */
    @Override
    public String toString() {
        return file + " " + inFile();
    }

    /** Converts a 0-based column index to Excel's letters: 0 is A, 25 is Z, 26 is AA. */
    public static String columnLetters(int columnIndex) {
        StringBuilder letters = new StringBuilder();
        for (int n = columnIndex + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }
}
