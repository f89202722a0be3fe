package kaohe.ledger;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;

/** The merged regions of one sheet, collected before its rows are read. */
final class MergedRegions {

    /**
     * One merged region, clamped to the sheet's limits.
     *
     * @param firstRow 1-based
     * @param lastRow 1-based, inclusive
     * @param firstColumn 0-based
     * @param lastColumn 0-based, inclusive
     */
    record Region(int firstRow, int lastRow, int firstColumn, int lastColumn) {

        boolean coversRow(int rowNumber) {
            return firstRow <= rowNumber && rowNumber <= lastRow;
        }
    }

    private final List<Region> regions = new ArrayList<>();
    private final ReadLimits limits;
    private final String sheetLabel;

    /**
     * @param sheetLabel the file and sheet as messages name them, such as "2018-06.xlsx 录用"
     */
    MergedRegions(ReadLimits limits, String sheetLabel) {
        this.limits = limits;
        this.sheetLabel = sheetLabel;
    }

    /**
     * Adds a region from its A1 reference ("B3:B9"). A reference that is not a range, or a single cell,
     * is skipped, because it cannot repeat a value anywhere.
     */
    void add(String reference) throws LedgerException {
        CellRangeAddress range;
        try {
            range = CellRangeAddress.valueOf(reference);
        } catch (IllegalArgumentException | IllegalStateException e) {
            return;
        }
        add(range);
    }

    /** Adds a region given with POI's 0-based rows and columns; -1 stands for a whole row or column. */
    void add(CellRangeAddress range) throws LedgerException {
        int firstRow = range.getFirstRow() < 0 ? 1 : range.getFirstRow() + 1;
        int lastRow = range.getLastRow() < 0 ? limits.maxRows() : Math.min(range.getLastRow() + 1, limits.maxRows());
        int firstColumn = Math.max(range.getFirstColumn(), 0);
        int lastColumn = range.getLastColumn() < 0 ? limits.maxColumns() - 1
                : Math.min(range.getLastColumn(), limits.maxColumns() - 1);
        if (firstRow > lastRow || firstColumn > lastColumn || firstRow == lastRow && firstColumn == lastColumn) {
            return;
        }
        if (regions.size() >= limits.maxMergedRegions()) {
            throw new LedgerException(sheetLabel + " 的合并单元格超过 " + limits.maxMergedRegions()
                    + " 处的读取上限，文件可能已损坏，请在 Excel 中检查后重新保存");
        }
        regions.add(new Region(firstRow, lastRow, firstColumn, lastColumn));
    }

    /** Returns the regions ordered by their first row. */
    List<Region> byFirstRow() {
        List<Region> sorted = new ArrayList<>(regions);
        sorted.sort(Comparator.comparingInt(Region::firstRow));
        return sorted;
    }
}
