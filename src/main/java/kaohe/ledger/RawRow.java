package kaohe.ledger;

import java.util.List;

/**
 * One row of a sheet that has at least one non-blank cell.
 *
 * @param rowNumber 1-based, as Excel shows it
 * @param cells the non-blank cells in column order; a merged region's value is repeated in every cell of it
 * @param hidden whether the row is hidden in the workbook
 */
public record RawRow(int rowNumber, List<RawCell> cells, boolean hidden) {

    /** Returns the cell at a 0-based column, or null when that cell is blank. */
    public RawCell cell(int columnIndex) {
        for (RawCell cell : cells) {
            if (cell.columnIndex() == columnIndex) {
                return cell;
            }
        }
        return null;
    }
}
