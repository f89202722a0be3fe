package kaohe.rules;

import java.util.List;
import java.util.Map;

import kaohe.ledger.Location;

/**
 * One rules table as read from a CSV file or a workbook sheet: its rows by header name.
 *
 * @param name how messages name the table: "roster.csv" or "规则.xlsx 单位"
 */
public record RuleTable(String name, List<Row> rows) {

    /** One data row, its values by header name (missing columns are absent), and where it came from. */
    public record Row(Location location, Map<String, String> values) {

        /** Returns the value under {@code header}, cleaned, or "" when there is none. */
        public String get(String header) {
            return Names.clean(values.getOrDefault(header, ""));
        }

        /** Returns the value under {@code header}, or raises a RulesException naming the row. */
        public String require(String header) throws RulesException {
            String value = get(header);
            if (!values.containsKey(header)) {
                throw new RulesException(location.file() + "：表头中没有“" + header + "”列，第一行应为表头");
            }
            if (value.isEmpty()) {
                throw new RulesException(location + "：缺少“" + header + "”");
            }
            return value;
        }
    }
}
