package kaohe.notice;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import kaohe.rules.Rules;
import kaohe.scoring.Figures;
import kaohe.scoring.ScoreResult;
import kaohe.scoring.SeriesRanking;
import kaohe.scoring.UnitStanding;

/** Writes the notice workbook. */
public final class NoticeWriter {

    public NoticeWriter(Rules rules) {
    }

    public void write(ScoreResult result, Path target) throws IOException {
        AtomicFiles.write(target, file -> {
            try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
                Sheet sheet = workbook.createSheet("排名");
                int r = 0;
                for (SeriesRanking ranking : result.rankings()) {
                    for (UnitStanding standing : ranking.standings()) {
                        Row row = sheet.createRow(r++);
                        row.createCell(0).setCellValue(standing.place());
                        row.createCell(1).setCellValue(standing.unit().name());
                        row.createCell(2).setCellValue(Figures.points(standing.score()));
                    }
                }
                workbook.write(out);
            }
        });
    }

    public String draftText(ScoreResult result) {
        return "";
    }
}
