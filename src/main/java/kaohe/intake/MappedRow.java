package kaohe.intake;

import java.util.Map;

import kaohe.ledger.Location;
import kaohe.ledger.RawCell;

/**
 * A data row of a ledger sheet with its cells by field.
 *
 * @param row the whole row's location
 * @param cells the non-blank cells of the mapped columns
 */
public record MappedRow(Location row, Map<Field, RawCell> cells) {

    /** Returns the cell of {@code field}, or null when it is blank or the sheet has no such column. */
    public RawCell cell(Field field) {
        return cells.get(field);
    }

    /** Returns the cell of {@code field} as display text, "" when blank: see {@link CellReader#text}. */
    public String text(Field field) {
        return CellReader.text(cells.get(field));
    }

    boolean has(Field field) {
        RawCell cell = cells.get(field);
        return cell != null && !CellReader.text(cell).isEmpty();
    }

    /** The cell's location, or the row's when the cell is blank. */
    Location at(Field field) {
        RawCell cell = cells.get(field);
        return cell == null ? row : row.withColumn(cell.columnIndex());
    }
}
