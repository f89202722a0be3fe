package kaohe.importing;

import java.util.Map;

import kaohe.ledger.Location;

/**
 * A source row that was not imported.
 *
 * @param values the row's text by original header, in the source's column order
 * @param location the cell or row that caused the rejection
 * @param reason a sentence for the clerk, in Chinese, with the closest known names where there are any
 */
public record RejectedRow(Map<String, String> values, Location location, String reason) {
}
