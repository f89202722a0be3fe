package kaohe.ledger;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeMap;

/**
 * Turns the rows a reader finds into the rows a {@link RowSink} receives: cells in column order, merged
 * regions filled with their top-left value, and the per-sheet cell limit enforced.
 *
 * <p>A merged region can reach rows that the file does not store at all, so the rows between two stored
 * rows are made up whenever a region with a value covers them. Only the top-left cell of a region counts,
 * as in Excel: other cells inside it are replaced by that value, or dropped when it is blank.
 */
final class RowAssembler {

    /** A merged region whose top-left row has been passed, with its top-left value (null when blank). */
    private record ActiveRegion(MergedRegions.Region region, RawCell value) {
    }

    private final RowSink sink;
    private final String fileName;
    private final String sheetName;
    private final ReadLimits limits;
    private final List<MergedRegions.Region> pending;
    private final boolean unstoredRowsHidden;
    private final List<ActiveRegion> active = new ArrayList<>();
    private int nextPending;
    private int lastStoredRow;
    private int lastDeliveredRow;
    private long cellCount;

    /**
     * @param unstoredRowsHidden whether rows the file does not store are hidden, as the .xlsx
     *     {@code sheetFormatPr zeroHeight} attribute says
     */
    RowAssembler(RowSink sink, String fileName, String sheetName, ReadLimits limits, MergedRegions regions,
            boolean unstoredRowsHidden) {
        this.sink = sink;
        this.fileName = fileName;
        this.sheetName = sheetName;
        this.limits = limits;
        this.pending = regions.byFirstRow();
        this.unstoredRowsHidden = unstoredRowsHidden;
    }

    /**
     * Takes the next stored row, whose row numbers must ascend.
     *
     * @param cells the row's non-blank cells in any order; a later cell at the same column wins
     */
    void row(int rowNumber, boolean hidden, List<RawCell> cells) throws LedgerException {
        if (rowNumber <= lastStoredRow) {
            throw new LedgerException(Location.row(fileName, sheetName, rowNumber) + " 的行号不大于上一行（第 "
                    + lastStoredRow + " 行），文件的行顺序已损坏，请在 Excel 中打开后重新保存再试");
        }
        deliverUnstoredRows(rowNumber);
        lastStoredRow = rowNumber;
        dropEndedRegions(rowNumber);
        activateRegions(rowNumber, cells);
        deliver(rowNumber, hidden, cells);
    }

    /** Delivers the made-up rows that merged regions still cover after the last stored row. */
    void finish() throws LedgerException {
        deliverUnstoredRows(limits.maxRows() + 1);
    }

    private void deliverUnstoredRows(int nextStoredRow) throws LedgerException {
        for (int rowNumber = lastDeliveredRow + 1; rowNumber < nextStoredRow; rowNumber++) {
            dropEndedRegions(rowNumber);
            if (!anyValueCovers(rowNumber)) {
                return;
            }
            deliver(rowNumber, unstoredRowsHidden, List.of());
        }
    }

    private boolean anyValueCovers(int rowNumber) {
        for (ActiveRegion candidate : active) {
            if (candidate.value() != null && candidate.region().coversRow(rowNumber)) {
                return true;
            }
        }
        return false;
    }

    private void dropEndedRegions(int rowNumber) {
        active.removeIf(candidate -> candidate.region().lastRow() < rowNumber);
    }

    /**
     * Activates every region that starts at or above this stored row. A region that starts in a row the
     * file does not store has a blank top-left cell.
     */
    private void activateRegions(int rowNumber, List<RawCell> cells) {
        while (nextPending < pending.size() && pending.get(nextPending).firstRow() <= rowNumber) {
            MergedRegions.Region region = pending.get(nextPending++);
            RawCell value = region.firstRow() == rowNumber ? lastCellAt(cells, region.firstColumn()) : null;
            if (region.lastRow() >= rowNumber) {
                active.add(new ActiveRegion(region, value));
            }
        }
    }

    private static RawCell lastCellAt(List<RawCell> cells, int column) {
        RawCell found = null;
        for (RawCell cell : cells) {
            if (cell.columnIndex() == column) {
                found = cell;
            }
        }
        return found;
    }

    private void deliver(int rowNumber, boolean hidden, List<RawCell> stored) throws LedgerException {
        List<RawCell> cells = arrange(rowNumber, stored);
        lastDeliveredRow = rowNumber;
        if (cells.isEmpty()) {
            return;
        }
        cellCount += cells.size();
        if (cellCount > limits.maxCellsPerSheet()) {
            throw new LedgerException(fileName + " 的工作表“" + sheetName + "”超过 " + limits.maxCellsPerSheet()
                    + " 个单元格的读取上限（含合并单元格展开后的单元格），请拆分工作表或检查文件是否损坏");
        }
        sink.row(new RawRow(rowNumber, List.copyOf(cells), hidden));
    }

    private List<RawCell> arrange(int rowNumber, List<RawCell> stored) {
        boolean merged = false;
        for (ActiveRegion candidate : active) {
            merged |= candidate.region().coversRow(rowNumber);
        }
        if (!merged && isStrictlyAscending(stored)) {
            return stored;
        }
        TreeMap<Integer, RawCell> byColumn = new TreeMap<>();
        for (RawCell cell : stored) {
            byColumn.put(cell.columnIndex(), cell);
        }
        for (ActiveRegion candidate : active) {
            if (candidate.region().coversRow(rowNumber)) {
                fill(byColumn, candidate);
            }
        }
        return new ArrayList<>(byColumn.values());
    }

    private static void fill(TreeMap<Integer, RawCell> byColumn, ActiveRegion candidate) {
        MergedRegions.Region region = candidate.region();
        if (candidate.value() == null) {
            byColumn.subMap(region.firstColumn(), true, region.lastColumn(), true).clear();
            return;
        }
        for (int column = region.firstColumn(); column <= region.lastColumn(); column++) {
            byColumn.put(column, CellValues.atColumn(candidate.value(), column));
        }
    }

    private static boolean isStrictlyAscending(List<RawCell> cells) {
        Iterator<RawCell> iterator = cells.iterator();
        int previous = -1;
        while (iterator.hasNext()) {
            int column = iterator.next().columnIndex();
            if (column <= previous) {
                return false;
            }
            previous = column;
        }
        return true;
    }
}
