package kaohe.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The ranking CSV that {@code kaohe score --csv} wrote, line by line by unit. */
final class RankingLines {

    /** 0-based columns of the ranking CSV. */
    static final int DEDUCTION = 6;
    static final int SCORE = 8;

    private final Map<String, String[]> lineByUnit = new LinkedHashMap<>();

    private RankingLines(List<String> lines) {
        for (String line : lines.subList(1, lines.size())) {
            String[] columns = line.split(",", -1);
            lineByUnit.put(columns[2], columns);
        }
    }

    static RankingLines read(Path csv) {
        try {
            return new RankingLines(Files.readAllLines(csv, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns the column of a unit's line, such as "10" for 累计得分. */
    String column(String unit, int column) {
        String[] line = lineByUnit.get(unit);
        assertNotNull(line, () -> "no CSV line for " + unit + "; units: " + lineByUnit.keySet());
        return line[column];
    }

    void assertScore(String unit, String expected) {
        assertEquals(expected, column(unit, SCORE), () -> "累计得分 of " + unit);
    }

    void assertDeduction(String unit, String expected) {
        assertEquals(expected, column(unit, DEDUCTION), () -> "扣分 of " + unit);
    }
}
