package kaohe.ledger;

/**
 * A visible sheet about to be read.
 *
 * @param file the workbook's file name, without folders, as messages show it
 * @param date1904 whether the workbook counts date serials from 1904 instead of 1900
 */
public record SheetInfo(String file, String sheet, boolean date1904) {
}
