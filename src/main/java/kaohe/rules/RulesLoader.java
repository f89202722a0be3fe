package kaohe.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvException;

import kaohe.ledger.Location;

/**
 * Builds {@link Rules} from the five rules tables: the roster (单位), the outlets (渠道), the instruction
 * bonuses (批示), the series targets (考核序列) and the settings (设置).
 *
 * <p>The 2018 tables ship inside the jar. An office replaces any of them with a folder of CSV files of the
 * same names and columns, or with a workbook whose sheets carry the Chinese table names; a table it does
 * not supply keeps the 2018 default.
 */
public final class RulesLoader {

    /** A rules table by its CSV file name and its sheet name in a rules workbook. */
    public enum TableName {
        ROSTER("roster.csv", "单位"),
        OUTLETS("outlets.csv", "渠道"),
        INSTRUCTIONS("instructions.csv", "批示"),
        SERIES("series.csv", "考核序列"),
        SETTINGS("settings.csv", "设置");

        public final String fileName;
        public final String sheetName;

        TableName(String fileName, String sheetName) {
            this.fileName = fileName;
            this.sheetName = sheetName;
        }
    }

    private RulesLoader() {
    }

    /** Returns the rules of the 2018 method, as shipped inside the jar. */
    public static Rules defaults() {
        try {
            return build(new LinkedHashMap<>());
        } catch (RulesException e) {
            throw new IllegalStateException("the rules tables shipped in the jar are invalid: " + e.getMessage(), e);
        }
    }

    /**
     * Builds rules from the tables given, taking the shipped default for each table not given.
     *
     * @throws RulesException when a table is malformed; the message names the table and row
     */
    public static Rules build(Map<TableName, RuleTable> supplied) throws RulesException {
        Map<TableName, RuleTable> tables = new LinkedHashMap<>();
        for (TableName name : TableName.values()) {
            tables.put(name, supplied.containsKey(name) ? supplied.get(name) : readDefault(name));
        }
        List<Series> series = RuleTables.series(tables.get(TableName.SERIES));
        return new Rules(series,
                RuleTables.roster(tables.get(TableName.ROSTER), series),
                RuleTables.outlets(tables.get(TableName.OUTLETS)),
                RuleTables.instructions(tables.get(TableName.INSTRUCTIONS)),
                RuleTables.settings(tables.get(TableName.SETTINGS)));
    }

    /** Reads the CSV files of a rules folder; missing files keep their defaults. */
    public static Map<TableName, RuleTable> readFolder(Path folder) throws RulesException {
        Map<TableName, RuleTable> tables = new LinkedHashMap<>();
        for (TableName name : TableName.values()) {
            Path file = folder.resolve(name.fileName);
            if (Files.isRegularFile(file)) {
                try (InputStream in = Files.newInputStream(file)) {
                    tables.put(name, readCsv(file.getFileName().toString(), in));
                } catch (IOException e) {
                    throw new RulesException(file + "：无法读取（" + e.getMessage() + "）");
                }
            }
        }
        return tables;
    }

    private static RuleTable readDefault(TableName name) throws RulesException {
        try (InputStream in = RulesLoader.class.getResourceAsStream(name.fileName)) {
            if (in == null) {
                throw new IllegalStateException("missing rules resource " + name.fileName);
            }
            return readCsv(name.fileName, in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read rules resource " + name.fileName, e);
        }
    }

    /** Reads a UTF-8 CSV table (a byte-order mark is allowed) whose first line is the header. */
    static RuleTable readCsv(String fileName, InputStream in) throws RulesException {
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
             CSVReader csv = new CSVReader(reader)) {
            List<String[]> lines = csv.readAll();
            if (lines.isEmpty()) {
                throw new RulesException(fileName + "：文件为空，第一行应为表头");
            }
            List<String> header = Arrays.stream(lines.get(0)).map(Names::compact).toList();
            List<RuleTable.Row> rows = new ArrayList<>();
            for (int i = 1; i < lines.size(); i++) {
                Map<String, String> values = new LinkedHashMap<>();
                String[] line = lines.get(i);
                for (int column = 0; column < header.size(); column++) {
                    values.put(header.get(column), column < line.length ? line[column] : "");
                }
                if (values.values().stream().anyMatch(value -> !Names.compact(value).isEmpty())) {
                    rows.add(new RuleTable.Row(Location.csvLine(fileName, i + 1), values));
                }
            }
            return new RuleTable(fileName, rows);
        } catch (IOException | CsvException e) {
            throw new RulesException(fileName + "：无法读取 CSV（" + e.getMessage() + "）");
        }
    }

    static BigDecimal number(RuleTable.Row row, String header) throws RulesException {
        String text = Names.compact(row.require(header));
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new RulesException(row.location() + "：“" + header + "”应为数字，实际为“" + text + "”");
        }
    }
}
