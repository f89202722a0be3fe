package kaohe.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kaohe.ledger.Location;
import kaohe.scoring.ScoreResult;
import kaohe.scoring.SetAside;

/** The notice workbook written from the hand-built June ledger and read back with POI. */
class NoticeWriterTest {

    private static final String TITLE = "萧山区“最多跑一次”改革信息宣传考核情况（2018年6月）";
    private static final String RANKING = "排名";
    private static final String TARGETS = "目标完成";
    private static final String DETAIL = "得分明细";
    private static final String DEDUCTIONS = "扣分明细";
    private static final String SET_ASIDE = "未计分";

    @TempDir
    Path folder;

    private NoticeFixture fixture;
    private ScoreResult result;
    private Path file;

    @BeforeEach
    void writeNotice() throws IOException {
        fixture = NoticeFixture.june();
        result = fixture.score();
        file = folder.resolve("2018-06-通报.xlsx");
        new NoticeWriter(fixture.rules).write(result, file);
    }

    @Test
    void sheetsInOrder() throws IOException {
        try (NoticeBook book = NoticeBook.open(file)) {
            List<String> names = new ArrayList<>();
            book.workbook.forEach(sheet -> names.add(sheet.getSheetName()));
            assertEquals(List.of(RANKING, TARGETS, DETAIL, DEDUCTIONS, SET_ASIDE, "通报正文", "图表"), names);
        }
    }

    @Test
    void everySheetTitledWithMonth() throws IOException {
        try (NoticeBook book = NoticeBook.open(file)) {
            for (Sheet sheet : book.workbook) {
                assertEquals(TITLE, sheet.getRow(0).getCell(0).getStringCellValue(), sheet.getSheetName());
            }
        }
    }

    @Test
    void headersAsSpecified() throws IOException {
        try (NoticeBook book = NoticeBook.open(file)) {
            assertEquals(List.of("名次", "单位", "报送数", "录用数", "本月得分", "累计得分", "目标分", "完成率", "达标", "前三"),
                    book.headers(RANKING));
            assertEquals(List.of("考核序列", "目标分", "单位数", "达标单位数", "达标率", "平均分", "未达标单位"),
                    book.headers(TARGETS));
            assertEquals(List.of("类别", "单位", "信息标题", "信息编号", "计分刊物", "刊物分", "计分媒体", "媒体分", "批示",
                    "批示加分", "合计", "每单位得分", "未计入说明", "来源行", "备注"), book.headers(DETAIL));
            assertEquals(List.of("单位", "类别", "事由", "扣分", "日期", "来源行"), book.headers(DEDUCTIONS));
            assertEquals(List.of("文件", "工作表", "行", "单元格", "处理", "原因"), book.headers(SET_ASIDE));
        }
    }

    @Test
    void rankingOfSeriesA() throws IOException {
        try (NoticeBook book = NoticeBook.open(file)) {
            Sheet sheet = book.sheet(RANKING);
            assertEquals("A类单位（年度目标分60分，共11个单位）", sheet.getRow(2).getCell(0).getStringCellValue());

            Row first = sheet.getRow(3);
            assertEquals(1, first.getCell(0).getNumericCellValue());
            assertEquals("区市场监督管理局", first.getCell(1).getStringCellValue());
            assertEquals(1, first.getCell(2).getNumericCellValue());
            assertEquals(1, first.getCell(3).getNumericCellValue());
            assertEquals(45, first.getCell(4).getNumericCellValue());
            assertEquals(45, first.getCell(5).getNumericCellValue());
            assertEquals(60, first.getCell(6).getNumericCellValue());
            assertEquals(0.75, first.getCell(7).getNumericCellValue(), 1e-9);
            assertEquals("否", first.getCell(8).getStringCellValue());
            assertEquals("★", first.getCell(9).getStringCellValue());

            Row second = book.row(RANKING, "单位", "区发改局");
            assertEquals(2, book.number(second, RANKING, "名次"));
            assertEquals(2, book.number(second, RANKING, "报送数"));
            assertEquals(30, book.number(second, RANKING, "累计得分"));
            assertEquals(0.5, book.number(second, RANKING, "完成率"), 1e-9);
        }
    }

    @Test
    void equalScoresShareThePlace() throws IOException {
        try (NoticeBook book = NoticeBook.open(file)) {
            Row police = book.row(RANKING, "单位", "区公安分局");
            Row social = book.row(RANKING, "单位", "区人力社保局");
            assertEquals(3, book.number(police, RANKING, "名次"));
            assertEquals(3, book.number(social, RANKING, "名次"));
            assertEquals(police.getRowNum() + 1, social.getRowNum(), "roster order within a tie");
            assertEquals("★", book.text(social, RANKING, "前三"));
            assertEquals(5, book.number(police, RANKING, "累计得分"), "10 for the article less 5 deducted");
            assertEquals(0.083, book.number(police, RANKING, "完成率"), 1e-9);

            Row land = book.row(RANKING, "单位", "国土萧山分局");
            assertEquals(5, book.number(land, RANKING, "名次"));
            assertEquals("", book.text(land, RANKING, "前三"));

            Row civil = book.row(RANKING, "单位", "区民政局");
            assertEquals(11, book.number(civil, RANKING, "名次"));
            assertEquals(-5, book.number(civil, RANKING, "累计得分"), "5 for half the joint article less 10");
            assertEquals(-0.083, book.number(civil, RANKING, "完成率"), 1e-9);
        }
    }

    @Test
    void rankingOfSeriesBAndC() throws IOException {
        try (NoticeBook book = NoticeBook.open(file)) {
            Row archives = book.row(RANKING, "单位", "区档案局");
            assertEquals(1, book.number(archives, RANKING, "名次"));
            assertEquals(30, book.number(archives, RANKING, "累计得分"));
            assertEquals(1.0, book.number(archives, RANKING, "完成率"), 1e-9);
            assertEquals("是", book.text(archives, RANKING, "达标"));
            assertEquals("B类单位（年度目标分30分，共13个单位）",
                    book.sheet(RANKING).getRow(archives.getRowNum() - 1).getCell(0).getStringCellValue());

            Row education = book.row(RANKING, "单位", "区教育局");
            assertEquals(2, book.number(education, RANKING, "名次"));
            assertEquals(0, book.number(education, RANKING, "录用数"), "an unconfirmed report is no adoption");
            assertEquals("", book.text(education, RANKING, "前三"), "a score of 0 is never top three");

            assertEquals(1, book.number(book.row(RANKING, "单位", "瓜沥镇"), RANKING, "名次"));
            assertEquals(2, book.number(book.row(RANKING, "单位", "城厢街道"), RANKING, "名次"));
            assertEquals(2, book.number(book.row(RANKING, "单位", "党湾镇"), RANKING, "名次"));
            assertEquals(4, book.number(book.row(RANKING, "单位", "戴村镇"), RANKING, "名次"));
        }
    }

    @Test
    void marksSurviveMonochromePrint() throws IOException {
        try (NoticeBook book = NoticeBook.open(file)) {
            Row top = book.row(RANKING, "单位", "区档案局");
            Row plain = book.row(RANKING, "单位", "区教育局");
            assertTrue(style(book.cell(top, RANKING, "单位")).getFont().getBold());
            assertFalse(style(book.cell(plain, RANKING, "单位")).getFont().getBold());
            XSSFCellStyle below = style(book.cell(plain, RANKING, "达标"));
            assertTrue(below.getFont().getItalic());
            assertEquals(org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND, below.getFillPattern());
            assertFalse(style(book.cell(top, RANKING, "达标")).getFont().getItalic(), "区档案局 reached its target");
        }
    }

    @Test
    void pointsShownWithoutTrailingZero() throws IOException {
        try (NoticeBook book = NoticeBook.open(file)) {
            Row first = book.row(RANKING, "单位", "区市场监督管理局");
            assertEquals("0", style(book.cell(first, RANKING, "累计得分")).getDataFormatString());
            assertEquals("0.0%", style(book.cell(first, RANKING, "完成率")).getDataFormatString());
            assertEquals("0.00", style(book.cell(book.row(TARGETS, "考核序列", "A类"), TARGETS, "平均分"))
                    .getDataFormatString());
        }
    }

    @Test
    void targetsPerSeries() throws IOException {
        try (NoticeBook book = NoticeBook.open(file)) {
            Row a = book.row(TARGETS, "考核序列", "A类");
            assertEquals(60, book.number(a, TARGETS, "目标分"));
            assertEquals(11, book.number(a, TARGETS, "单位数"));
            assertEquals(0, book.number(a, TARGETS, "达标单位数"));
            assertEquals(0, book.number(a, TARGETS, "达标率"));
            assertEquals(7.27, book.number(a, TARGETS, "平均分"), 1e-9, "80 points over 11 units");
            assertTrue(book.text(a, TARGETS, "未达标单位").startsWith("区市场监督管理局、区发改局、区公安分局、"));

            Row b = book.row(TARGETS, "考核序列", "B类");
            assertEquals(1, book.number(b, TARGETS, "达标单位数"));
            assertEquals(0.077, book.number(b, TARGETS, "达标率"), 1e-9, "1 of 13");
            assertEquals(2.31, book.number(b, TARGETS, "平均分"), 1e-9, "30 points over 13 units");
            assertFalse(book.text(b, TARGETS, "未达标单位").contains("区档案局"));

            Row c = book.row(TARGETS, "考核序列", "C类");
            assertEquals(36, book.number(c, TARGETS, "单位数"));
            assertEquals(0.56, book.number(c, TARGETS, "平均分"), 1e-9, "20 points over 36 units");
        }
    }

    @Test
    void detailOfHighestScoringArticle() throws IOException {
        try (NoticeBook book = NoticeBook.open(file)) {
            Row row = book.row(DETAIL, "信息标题", "推进投资项目审批提速");
            assertEquals("信息", book.text(row, DETAIL, "类别"));
            assertEquals("区发改局", book.text(row, DETAIL, "单位"));
            assertEquals("杭州信息•专报", book.text(row, DETAIL, "计分刊物"));
            assertEquals(20, book.number(row, DETAIL, "刊物分"));
            assertEquals("杭州日报", book.text(row, DETAIL, "计分媒体"));
            assertEquals(10, book.number(row, DETAIL, "媒体分"));
            assertEquals(30, book.number(row, DETAIL, "合计"));
            assertTrue(book.text(row, DETAIL, "未计入说明").startsWith("萧山信息•每日动态 录用!4（5分）未加"));
            assertEquals("录用!3、录用!4、录用!5", book.text(row, DETAIL, "来源行"));
            assertEquals("领导圈阅；网站转载", book.text(row, DETAIL, "备注"), "each remark once, in row order");
        }
    }

    @Test
    void formulaLikeTitleStaysText() throws IOException {
        try (NoticeBook book = NoticeBook.open(file)) {
            Row row = book.row(DETAIL, "单位", "区市场监督管理局");
            Cell title = book.cell(row, DETAIL, "信息标题");
            assertEquals(CellType.STRING, title.getCellType());
            assertEquals(NoticeFixture.FORMULA_TITLE, title.getStringCellValue());
            assertEquals("市主要领导", book.text(row, DETAIL, "批示"));
            assertEquals(30, book.number(row, DETAIL, "批示加分"));
            assertEquals(45, book.number(row, DETAIL, "合计"));
            assertEquals("录用!6、批示!3", book.text(row, DETAIL, "来源行"));
        }
    }

    @Test
    void jointArticleCreditsEachUnitHalf() throws IOException {
        try (NoticeBook book = NoticeBook.open(file)) {
            Row row = book.row(DETAIL, "信息标题", "社会救助一件事");
            assertEquals("区民政局、区人力社保局", book.text(row, DETAIL, "单位"));
            assertEquals(10, book.number(row, DETAIL, "合计"));
            assertEquals(5, book.number(row, DETAIL, "每单位得分"));
        }
    }

    @Test
    void deductionsFollowArticlesInDetail() throws IOException {
        try (NoticeBook book = NoticeBook.open(file)) {
            List<Row> rows = book.dataRows(DETAIL);
            assertEquals(10, rows.size(), "8 articles and 2 deductions");
            Row late = rows.get(8);
            assertEquals("约稿扣分", book.text(late, DETAIL, "类别"));
            assertEquals("区民政局", book.text(late, DETAIL, "单位"));
            assertEquals(-10, book.number(late, DETAIL, "合计"));
            assertEquals("约稿!3", book.text(late, DETAIL, "来源行"));
            Row other = rows.get(9);
            assertEquals("其他扣分", book.text(other, DETAIL, "类别"));
            assertEquals(-5, book.number(other, DETAIL, "每单位得分"));
            assertEquals("扣分!3", book.text(other, DETAIL, "来源行"));
        }
    }

    @Test
    void deductionSheetListsEachDeduction() throws IOException {
        try (NoticeBook book = NoticeBook.open(file)) {
            Row late = book.row(DEDUCTIONS, "单位", "区民政局");
            assertEquals("未按时完成约稿", book.text(late, DEDUCTIONS, "类别"));
            assertTrue(book.text(late, DEDUCTIONS, "事由").startsWith("未按时完成约稿任务“养老服务”"));
            assertEquals(10, book.number(late, DEDUCTIONS, "扣分"));
            assertEquals("2018-06-10", book.cell(late, DEDUCTIONS, "日期").getLocalDateTimeCellValue()
                    .toLocalDate().toString());
            Row other = book.row(DEDUCTIONS, "单位", "区公安分局");
            assertEquals("重大信息迟报", book.text(other, DEDUCTIONS, "事由"));
            assertEquals(5, book.number(other, DEDUCTIONS, "扣分"), "shown positive though the ledger says -5");
        }
    }

    @Test
    void setAsideSheetNamesCellOfProblem() throws IOException {
        try (NoticeBook book = NoticeBook.open(file)) {
            assertEquals(14, book.dataRows(SET_ASIDE).size());
            Row problem = book.row(SET_ASIDE, "单元格", "D16");
            assertEquals("2018-06.xlsx", book.text(problem, SET_ASIDE, "文件"));
            assertEquals("录用", book.text(problem, SET_ASIDE, "工作表"));
            assertEquals(16, book.number(problem, SET_ASIDE, "行"));
            assertEquals("问题", book.text(problem, SET_ASIDE, "处理"));
            assertEquals("录用刊物“萧山日报”不在渠道表中", book.text(problem, SET_ASIDE, "原因"));
        }
    }

    @Test
    void detailAndSetAsideNameEveryLedgerRow() throws IOException {
        List<String> expected = new ArrayList<>();
        Stream.of(fixture.records.adoptions.stream().map(a -> a.source()),
                        fixture.records.instructions.stream().map(i -> i.source()),
                        fixture.records.commissions.stream().map(c -> c.source()),
                        fixture.records.deductions.stream().map(d -> d.source()),
                        fixture.records.submissions.stream().map(s -> s.source()),
                        fixture.records.setAside.stream().map(s -> s.source()))
                .flatMap(s -> s)
                .forEach(location -> expected.add(location.sheet() + "!" + location.rowNumber()));

        List<String> named = new ArrayList<>();
        try (NoticeBook book = NoticeBook.open(file)) {
            for (Row row : book.dataRows(DETAIL)) {
                named.addAll(List.of(book.text(row, DETAIL, "来源行").split("、")));
            }
            for (Row row : book.dataRows(SET_ASIDE)) {
                named.add(book.text(row, SET_ASIDE, "工作表") + "!" + (int) book.number(row, SET_ASIDE, "行"));
            }
        }
        expected.sort(null);
        named.sort(null);
        assertEquals(expected, named);
    }

    @Test
    void printSetupForA4() throws IOException {
        try (NoticeBook book = NoticeBook.open(file)) {
            for (Sheet sheet : book.workbook) {
                PrintSetup setup = sheet.getPrintSetup();
                String name = sheet.getSheetName();
                assertEquals(PrintSetup.A4_PAPERSIZE, setup.getPaperSize(), name);
                assertTrue(sheet.getFitToPage(), name);
                assertEquals(1, setup.getFitWidth(), name);
                assertEquals(0, setup.getFitHeight(), name);
                assertEquals("第 &P 页，共 &N 页", sheet.getFooter().getCenter(), name);
            }
            assertFalse(book.sheet(RANKING).getPrintSetup().getLandscape());
            assertFalse(book.sheet("通报正文").getPrintSetup().getLandscape());
            for (String name : List.of(TARGETS, DETAIL, DEDUCTIONS, SET_ASIDE, "图表")) {
                assertTrue(book.sheet(name).getPrintSetup().getLandscape(), name);
            }
        }
    }

    @Test
    void headerRowsRepeatAndFreeze() throws IOException {
        try (NoticeBook book = NoticeBook.open(file)) {
            for (String name : List.of(RANKING, TARGETS, DETAIL, DEDUCTIONS, SET_ASIDE)) {
                Sheet sheet = book.sheet(name);
                assertEquals("1:2", sheet.getRepeatingRows().formatAsString(), name);
                assertEquals(2, sheet.getPaneInformation().getHorizontalSplitTopRow(), name);
                assertTrue(sheet.getPaneInformation().isFreezePane(), name);
            }
        }
    }

    @Test
    void eachSeriesStartsNewPage() throws IOException {
        try (NoticeBook book = NoticeBook.open(file)) {
            Sheet sheet = book.sheet(RANKING);
            int bandB = book.row(RANKING, "单位", "区档案局").getRowNum() - 1;
            int bandC = book.row(RANKING, "单位", "瓜沥镇").getRowNum() - 1;
            assertTrue(sheet.isRowBroken(bandB - 1));
            assertTrue(sheet.isRowBroken(bandC - 1));
            assertEquals(2, sheet.getRowBreaks().length);
        }
    }

    @Test
    void chartPerSeriesReadsRanking() throws IOException {
        try (NoticeBook book = NoticeBook.open(file)) {
            XSSFSheet sheet = (XSSFSheet) book.sheet("图表");
            var charts = sheet.getDrawingPatriarch().getCharts();
            assertEquals(3, charts.size());
            var chart = charts.get(0);
            assertEquals("A类单位累计得分与年度目标分", chart.getTitleText().getString());
            var data = chart.getChartSeries();
            assertEquals(2, data.size(), "bars and the target line");
            assertEquals("'排名'!$F$4:$F$14", data.get(0).getSeries(0).getValuesData().getDataRangeReference());
            assertEquals("'排名'!$G$4:$G$14", data.get(1).getSeries(0).getValuesData().getDataRangeReference());
            assertEquals(45.0, data.get(0).getSeries(0).getValuesData().getPointAt(0));
        }
    }

    @Test
    void rowsPastStreamingWindowAllWritten() throws IOException {
        int extra = 600;
        for (int row = 100; row < 100 + extra; row++) {
            fixture.records.setAside.add(new SetAside(Location.row("2018-07.xlsx", "录用", row),
                    SetAside.Disposition.PROBLEM, "录用日期无法识别"));
        }
        Path big = folder.resolve("big.xlsx");
        new NoticeWriter(fixture.rules).write(fixture.score(), big);

        try (NoticeBook book = NoticeBook.open(big)) {
            List<Row> rows = book.dataRows(SET_ASIDE);
            assertEquals(14 + extra, rows.size());
            Row last = rows.get(rows.size() - 1);
            assertEquals("2018-07.xlsx", book.text(last, SET_ASIDE, "文件"));
            assertEquals(99 + extra, book.number(last, SET_ASIDE, "行"));
        }
    }

    @Test
    void remarksPastCellLimitAreCut() throws IOException {
        YearMonth june = NoticeFixture.JUNE;
        String first = "甲".repeat(15_000);
        String second = "乙".repeat(15_000);
        fixture.adoption(june, 20, "区卫计局", "家庭医生签约", "萧山信息•专报", "2018-06-20", false, first);
        fixture.adoption(june, 21, "区卫计局", "家庭医生签约", "杭州日报", "2018-06-21", true, second);
        fixture.adoption(june, 22, "区卫计局", "家庭医生签约", "浙江日报", "2018-06-22", true, "丙".repeat(15_000));
        Path cut = folder.resolve("cut.xlsx");
        new NoticeWriter(fixture.rules).write(fixture.score(), cut);

        try (NoticeBook book = NoticeBook.open(cut)) {
            String remarks = book.text(book.row(DETAIL, "信息标题", "家庭医生签约"), DETAIL, "备注");
            // The three remarks joined take 45,002 characters; the cut falls after the second "；".
            assertEquals(first + "；" + second + "；" + TableSheet.CUT_NOTE, remarks);
            assertTrue(remarks.length() <= 32_767);
            assertEquals(409f, book.row(DETAIL, "信息标题", "家庭医生签约").getHeightInPoints(), "Excel's highest row");
        }
    }

    @Test
    void twoWritesGiveSameBytes() throws IOException {
        Path again = folder.resolve("again.xlsx");
        new NoticeWriter(fixture.rules).write(fixture.score(), again);
        assertEquals(-1, Files.mismatch(file, again));
    }

    @Test
    void sameBytesInAnyTimeZone() throws IOException {
        TimeZone zone = TimeZone.getDefault();
        Path utc = folder.resolve("utc.xlsx");
        Path shanghai = folder.resolve("shanghai.xlsx");
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
            new NoticeWriter(fixture.rules).write(result, utc);
            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Shanghai"));
            new NoticeWriter(fixture.rules).write(result, shanghai);
        } finally {
            TimeZone.setDefault(zone);
        }
        assertEquals(-1, Files.mismatch(utc, shanghai));
    }

    @Test
    void writerUsedTwiceGivesSameBytes() throws IOException {
        NoticeWriter writer = new NoticeWriter(fixture.rules);
        Path first = folder.resolve("first.xlsx");
        writer.write(fixture.score(), first);
        Path next = folder.resolve("next.xlsx");
        writer.write(fixture.score(), next);

        assertEquals(-1, Files.mismatch(file, first));
        assertEquals(-1, Files.mismatch(file, next));
    }

    @Test
    void writeReplacesAndLeavesNoTemporaryFile() throws IOException {
        new NoticeWriter(fixture.rules).write(result, file);
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(file), files.toList());
        }
    }

    @Test
    void failedMoveRemovesTemporaryFile() throws IOException {
        Path blocked = folder.resolve("blocked.xlsx");
        Files.createDirectories(blocked.resolve("inside"));
        assertThrows(IOException.class, () -> new NoticeWriter(fixture.rules).write(result, blocked));
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(file, blocked), files.sorted().toList());
        }
    }

    private static XSSFCellStyle style(Cell cell) {
        return (XSSFCellStyle) cell.getCellStyle();
    }
}
