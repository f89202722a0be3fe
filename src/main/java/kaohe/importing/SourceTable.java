package kaohe.importing;

import java.util.List;
import java.util.Map;

import kaohe.intake.Field;
import kaohe.intake.LedgerSheet;
import kaohe.intake.MappedRow;
import kaohe.ledger.RawRow;

/**
 * A source table matched to the ledger sheet it goes into.
 *
 * @param header the source's header row, whose cells name the original columns
 * @param fieldByColumn the field of each mapped column, by 0-based column index
 * @param rows the data rows after the header
 * @param unmappedHeaders the headers that name no column of {@code sheet}, whose values are not imported
 */
record SourceTable(SourceSheet source, LedgerSheet sheet, RawRow header, Map<Integer, Field> fieldByColumn,
                   List<Row> rows, List<String> unmappedHeaders) {

    /** A data row as the source has it and as its columns map to fields. */
    record Row(RawRow raw, MappedRow mapped) {
    }
}
