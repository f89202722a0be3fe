package kaohe.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Merged-region filling, made-up rows and row order, independent of the file format. */
class RowAssemblerTest {

    private final CollectingSink sink = new CollectingSink();

    private RowAssembler assembler(boolean unstoredRowsHidden, String... merges) throws LedgerException {
        MergedRegions regions = new MergedRegions(ReadLimits.defaults(), "f.xlsx 表");
        for (String merge : merges) {
            regions.add(merge);
        }
        sink.startSheet(new SheetInfo("f.xlsx", "表", false));
        return new RowAssembler(sink, "f.xlsx", "表", ReadLimits.defaults(), regions, unstoredRowsHidden);
    }

    @Test
    void blankTopLeftErasesOtherCellsOfRegion() throws Exception {
        RowAssembler assembler = assembler(false, "A1:B2");
        assembler.row(1, false, List.of(RawCell.text(1, "stale"), RawCell.text(2, "kept")));
        assembler.row(2, false, List.of(RawCell.text(0, "stale too")));
        assembler.finish();

        assertEquals(List.of(RawCell.text(2, "kept")), sink.row("表", 1).cells());
        assertEquals(1, sink.rows("表").size());
    }

    @Test
    void unstoredRowsFollowZeroHeight() throws Exception {
        RowAssembler assembler = assembler(true, "A1:A3", "C10:C11");
        assembler.row(1, false, List.of(RawCell.text(0, "单位")));
        assembler.row(9, false, List.of(RawCell.text(3, "x")));
        assembler.finish();

        assertEquals(List.of(1, 2, 3, 9), sink.rows("表").stream().map(RawRow::rowNumber).toList());
        assertTrue(sink.row("表", 2).hidden());
        assertEquals(List.of(RawCell.text(0, "单位")), sink.row("表", 3).cells());
    }

    @Test
    void sortsCellsAndRejectsDescendingRows() throws Exception {
        RowAssembler assembler = assembler(false);
        assembler.row(4, false, List.of(RawCell.text(2, "c"), RawCell.text(0, "a"), RawCell.text(2, "c2")));

        assertEquals(List.of(RawCell.text(0, "a"), RawCell.text(2, "c2")), sink.row("表", 4).cells());
        LedgerException e = assertThrows(LedgerException.class, () -> assembler.row(3, false, List.of()));
        assertTrue(e.getMessage().startsWith("f.xlsx 表!3 的行号不大于上一行（第 4 行）"), e.getMessage());
    }
}
