package kaohe.notice;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;

import kaohe.scoring.Figures;
import kaohe.scoring.ScoreResult;
import kaohe.scoring.SeriesRanking;
import kaohe.scoring.UnitStanding;

/**
 * The ranking as CSV: UTF-8 with a byte-order mark so that Excel opens it, one line a ranked unit, series
 * in rules order and units in ranking order.
 */
public final class RankingCsv {

    /** The header of the monthly ranking, exactly as the office's spreadsheets expect it. */
    public static final List<String> HEADER = List.of("考核序列", "名次", "单位", "刊物分", "媒体分", "批示加分", "扣分",
            "本月得分", "累计得分", "目标分", "完成率", "达标");

    private RankingCsv() {
    }

    /** Writes the monthly ranking to {@code target}, atomically. */
    public static void write(ScoreResult result, Path target) throws IOException {
        AtomicFiles.write(target, content(result));
    }

    /** Returns the monthly ranking as content for {@link AtomicFiles}, to be written with other outputs. */
    public static AtomicFiles.Content content(ScoreResult result) {
        List<String[]> lines = new ArrayList<>();
        lines.add(HEADER.toArray(String[]::new));
        for (SeriesRanking ranking : result.rankings()) {
            for (UnitStanding standing : ranking.standings()) {
                lines.add(line(ranking, standing).toArray(String[]::new));
            }
        }
        return linesContent(lines);
    }

    /** The columns both the monthly and the period rankings share, up to and without 本月得分. */
    public static List<String> leadingColumns(SeriesRanking ranking, UnitStanding standing) {
        return new ArrayList<>(List.of(text(ranking.series().code()), Integer.toString(standing.place()),
                text(standing.unit().name()), Figures.points(standing.publicationPoints()),
                Figures.points(standing.mediaPoints()), Figures.points(standing.instructionBonus()),
                Figures.points(standing.deductionPoints())));
    }

    /** The columns after the month's score: 累计得分, 目标分, 完成率 and 达标. */
    public static List<String> trailingColumns(SeriesRanking ranking, UnitStanding standing) {
        return List.of(Figures.points(standing.score()), Figures.points(ranking.series().target()),
                Figures.fraction(standing.completionRate()).toPlainString(), standing.reachedTarget() ? "是" : "否");
    }

    private static List<String> line(SeriesRanking ranking, UnitStanding standing) {
        List<String> line = leadingColumns(ranking, standing);
        line.add(Figures.points(standing.monthScore()));
        line.addAll(trailingColumns(ranking, standing));
        return line;
    }

    /** Writes CSV lines with a byte-order mark and CRLF line ends, as Excel saves CSV. */
    public static void writeLines(Path target, List<String[]> lines) throws IOException {
        AtomicFiles.write(target, linesContent(lines));
    }

    /** Returns CSV lines, with a byte-order mark and CRLF line ends, as content for {@link AtomicFiles}. */
    public static AtomicFiles.Content linesContent(List<String[]> lines) {
        return file -> {
            try (OutputStream out = Files.newOutputStream(file);
                 Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                 CSVWriter csv = new CSVWriter(writer, ICSVWriter.DEFAULT_SEPARATOR, ICSVWriter.DEFAULT_QUOTE_CHARACTER,
                         ICSVWriter.DEFAULT_QUOTE_CHARACTER, "\r\n")) {
                writer.write('\uFEFF');
                for (String[] line : lines) {
                    csv.writeNext(line, false);
                }
            }
        };
    }

    /**
     * Guards text that a spreadsheet would run as a formula ("=", "+", "-", "@" first) with a leading
     * apostrophe, as OWASP advises for CSV injection. Numbers are written by the callers and never guarded.
     */
    static String text(String value) {
        return !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
