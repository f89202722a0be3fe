package kaohe.intake;

import java.util.Map;

import kaohe.ledger.Location;
import kaohe.ledger.RawCell;

/**
 * A data row of a ledger sheet with its cells by field.
 *
 * @param row the whole row's location
 * @param cells the non-blank cells of the mapped columns
 * @param columns the 0-based column of each field the sheet has, so that a blank cell can still be named
 */
public record MappedRow(Location row, Map<Field, RawCell> cells, Map<Field, Integer> columns) {

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

    /** The cell's location, blank or not, or the row's when the sheet has no column for the field. */
    Location at(Field field) {
        RawCell cell = cells.get(field);
        if (cell != null) {
            return row.withColumn(cell.columnIndex());
        }
        Integer column = columns.get(field);
        return column == null ? row : row.withColumn(column);
    }
}
