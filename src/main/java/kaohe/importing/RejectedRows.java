package kaohe.importing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import kaohe.ledger.Location;
import kaohe.ledger.RawCell;
import kaohe.ledger.RawRow;
import kaohe.notice.RankingCsv;
import kaohe.rules.Names;

/**
 * The source rows an import could not take, kept so that nothing is lost: each with its original columns,
 * the reason and where it came from, to be fixed and imported again.
 */
final class RejectedRows {

    static final String REASON_HEADER = "未导入原因";
    static final String SOURCE_HEADER = "来源位置";

    private final List<RejectedRow> rows = new ArrayList<>();

    /** Keeps a source row with the reason it was not imported. */
    void add(RawRow header, RawRow row, Location location, String reason) {
        Map<String, String> values = new LinkedHashMap<>();
        for (RawCell cell : header.cells()) {
            String name = Names.clean(cell.text());
            RawCell value = row.cell(cell.columnIndex());
            if (!name.isEmpty() && !TableMatcher.REJECTS_COLUMNS.contains(name)) {
                values.putIfAbsent(name, value == null ? "" : value.text());
            }
        }
        rows.add(new RejectedRow(values, location, reason));
    }

    List<RejectedRow> rows() {
        return rows;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    /**
     * Writes the rows as CSV with a byte-order mark, as Excel opens it: the original headers of all the
     * sources in order of first appearance, then {@value #REASON_HEADER} and {@value #SOURCE_HEADER}.
     */
    void write(Path file) throws IOException {
        Set<String> headers = new LinkedHashSet<>();
        rows.forEach(row -> headers.addAll(row.values().keySet()));
        List<String[]> lines = new ArrayList<>();
        List<String> header = new ArrayList<>(headers);
        header.add(REASON_HEADER);
        header.add(SOURCE_HEADER);
        lines.add(header.toArray(String[]::new));
        for (RejectedRow row : rows) {
            List<String> line = new ArrayList<>();
            headers.forEach(name -> line.add(row.values().getOrDefault(name, "")));
            line.add(row.reason());
            line.add(row.location().toString());
            lines.add(line.toArray(String[]::new));
        }
        RankingCsv.writeLines(file, lines);
    }
}
