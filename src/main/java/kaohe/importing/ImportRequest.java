package kaohe.importing;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import kaohe.intake.LedgerSheet;

/**
 * An import: the source files, the ledger they go into and how their columns map.
 *
 * @param sources the source files, CSV or workbooks, in the order given
 * @param ledger the monthly ledger to add to; created from the template when it does not exist
 * @param sheet the ledger sheet every source goes into, or null to choose it by each source's headers
 * @param renames the ledger header for a source header, from --map, keyed by the source header as given
 * @param month the ledger's month, or null to take it from the ledger's file name
 */
public record ImportRequest(List<Path> sources, Path ledger, LedgerSheet sheet, Map<String, String> renames,
                            YearMonth month) {
}
