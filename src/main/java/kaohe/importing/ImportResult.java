package kaohe.importing;

import java.nio.file.Path;
import java.util.List;

import kaohe.intake.LedgerSheet;

/**
 * The outcome of an import: counts by source, the rejected rows and the files written.
 *
 * @param sources the counts of each source, in the order given
 * @param rejected every row not imported, with its location and reason
 * @param notes other things the clerk should know: unmapped headers, unused --map renames, added columns
 * @param created whether the ledger was created from the template
 * @param backup the copy of the previous ledger, or null when the ledger was new or left unchanged
 * @param rejectsFile the file the rejected rows were written to, or null when there were none
 */
public record ImportResult(List<SourceCount> sources, List<RejectedRow> rejected, List<String> notes,
                           Path ledger, boolean created, Path backup, Path rejectsFile) {

    /**
     * The rows of one source.
     *
     * @param read the data rows after the header
     * @param skipped 合计/小计 rows, which are not records
     */
    public record SourceCount(String file, LedgerSheet sheet, int read, int imported, int alreadyPresent,
                              int rejected, int skipped) {
    }

    public int imported() {
        return sources.stream().mapToInt(SourceCount::imported).sum();
    }

    public boolean hasRejected() {
        return !rejected.isEmpty();
    }
}
