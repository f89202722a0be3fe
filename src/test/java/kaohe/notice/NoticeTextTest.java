package kaohe.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kaohe.scoring.ScoreResult;
import kaohe.scoring.SeriesRanking;

/** The drafted notice text: its figures worked out by hand, and their agreement with the sheets. */
class NoticeTextTest {

    @TempDir
    Path folder;

    @Test
    void monthTotalsByLevel() {
        NoticeFixture fixture = NoticeFixture.june();
        String text = new NoticeWriter(fixture.rules).draftText(fixture.score());

        // 报送 rows 3, 4, 5, 6 and 8: row 7 repeats row 6 and row 9 is an exempt unit's.
        assertTrue(text.contains("全区各考核单位共报送信息5条"), text);
        // 省: 录用!6, !15; 市: !3, !9; 区: !4, !7, !12, !13, !14 (the duplicate !8 and the exempt !11 left out).
        assertTrue(text.contains("信息被各级刊物录用9篇次，其中省级2篇次、市级2篇次、区级5篇次"), text);
        assertTrue(text.contains("审核确认的媒体报道1篇次"), text);
        assertTrue(text.contains("获领导批示1次，其中市主要领导1次。"), text);
    }

    @Test
    void topThreeTargetsAndDeductions() {
        NoticeFixture fixture = NoticeFixture.june();
        String text = new NoticeWriter(fixture.rules).draftText(fixture.score());

        assertTrue(text.contains("A类单位累计得分前三名（含并列）为：区市场监督管理局（45分）、区发改局（30分）、区公安分局（5分）、"
                + "区人力社保局（5分）。"), text);
        assertTrue(text.contains("B类单位（年度目标30分）13个，已达标1个，达标率7.7%，平均得分2.31分"), text);
        assertTrue(text.contains("区公安分局因重大信息迟报，扣5分"), text);
        assertTrue(text.contains("本期扣分2项，共15分"), text);
        assertTrue(text.contains("台账中有14行记录未计分（重复2行、不计分10行、问题2行）"), text);
    }

    @Test
    void textMatchesSheets() throws IOException {
        NoticeFixture fixture = NoticeFixture.june();
        ScoreResult result = fixture.score();
        NoticeWriter writer = new NoticeWriter(fixture.rules);
        Path file = folder.resolve("notice.xlsx");
        writer.write(result, file);
        String text = writer.draftText(result);

        try (NoticeBook book = NoticeBook.open(file)) {
            assertEquals(text, paragraphs(book.sheet("通报正文")));

            int submitted = 0;
            for (Row row : rankedRows(book)) {
                submitted += (int) book.number(row, "排名", "报送数");
            }
            assertTrue(text.contains("共报送信息" + submitted + "条"), "报送数 adds up to " + submitted);

            for (String series : List.of("A类", "B类", "C类")) {
                List<Row> rows = seriesRows(book, series);
                String top = rows.stream().filter(row -> book.text(row, "排名", "前三").equals("★"))
                        .map(row -> book.text(row, "排名", "单位") + "（" + points(book.number(row, "排名", "累计得分"))
                                + "分）")
                        .collect(Collectors.joining("、"));
                String tied = top.split("、").length > 3 ? "（含并列）" : "";
                assertTrue(text.contains(series + "单位累计得分前三名" + tied + "为：" + top + "。"),
                        series + " top three " + top);

                String below = book.text(book.row("目标完成", "考核序列", series), "目标完成", "未达标单位");
                assertTrue(text.contains("尚未达标的单位：" + below + "。"), series + " below target " + below);

                String none = rows.stream().filter(row -> book.number(row, "排名", "录用数") == 0)
                        .map(row -> book.text(row, "排名", "单位")).collect(Collectors.joining("、"));
                assertTrue(text.contains(series + "单位中尚无信息录用的有"), series);
                assertTrue(text.contains("个：" + none + "。"), series + " without adoption " + none);
            }

            for (Row row : book.dataRows("扣分明细")) {
                String deduction = book.text(row, "扣分明细", "单位") + "因" + book.text(row, "扣分明细", "事由") + "，扣"
                        + points(book.number(row, "扣分明细", "扣分")) + "分";
                assertTrue(text.contains(deduction), deduction);
            }
            assertTrue(text.contains("台账中有" + book.dataRows("未计分").size() + "行记录未计分"));
        }
    }

    @Test
    void severalMonthsNameThePeriod() throws IOException {
        NoticeFixture fixture = new NoticeFixture();
        YearMonth may = YearMonth.of(2018, 5);
        fixture.adoption(may, 3, "区发改局", "企业开办一日办结", "萧山信息•每日动态", "2018-05-20", false);
        fixture.submission(may, 3, "区发改局", "企业开办一日办结", "2018-05-18");
        fixture.adoption(NoticeFixture.JUNE, 3, "区发改局", "企业开办一日办结", "杭州信息•专报", "2018-06-04", false);
        fixture.submission(NoticeFixture.JUNE, 3, "区发改局", "企业投资项目代办", "2018-06-02");
        ScoreResult result = fixture.score();
        Path file = folder.resolve("notice.xlsx");
        NoticeWriter writer = new NoticeWriter(fixture.rules);
        writer.write(result, file);
        String text = writer.draftText(result);

        assertTrue(text.contains("现将2018年6月，累计2018年5月至6月全区"), text);
        assertTrue(text.contains("共报送信息1条；信息被各级刊物录用1篇次，其中市级1篇次；"), text);
        assertTrue(text.contains("2018年5月至6月累计报送信息2条，计分信息1篇。"), text);
        try (NoticeBook book = NoticeBook.open(file)) {
            assertEquals("萧山区“最多跑一次”改革信息宣传考核情况（2018年6月，累计2018年5月至6月）",
                    book.sheet("排名").getRow(0).getCell(0).getStringCellValue());
            Row unit = book.row("排名", "单位", "区发改局");
            assertEquals(15, book.number(unit, "排名", "本月得分"), "upgraded from 5 in May to 20 in June");
            assertEquals(20, book.number(unit, "排名", "累计得分"));
        }
    }

    @Test
    void splitPointsShowTwoDecimals() throws IOException {
        NoticeFixture fixture = new NoticeFixture();
        fixture.adoption(NoticeFixture.JUNE, 3, "区民政局、区环保局", "联合办理", "萧山信息•每日动态", "2018-06-04", false);
        Path file = folder.resolve("notice.xlsx");
        new NoticeWriter(fixture.rules).write(fixture.score(), file);

        try (NoticeBook book = NoticeBook.open(file)) {
            Row detail = book.row("得分明细", "信息标题", "联合办理");
            assertEquals(2.5, book.number(detail, "得分明细", "每单位得分"));
            assertEquals("0.00", book.cell(detail, "得分明细", "每单位得分").getCellStyle().getDataFormatString());
            assertEquals("0", book.cell(detail, "得分明细", "合计").getCellStyle().getDataFormatString());
            Row ranked = book.row("排名", "单位", "区民政局");
            assertEquals("0.00", book.cell(ranked, "排名", "累计得分").getCellStyle().getDataFormatString());
        }
    }

    @Test
    void emptyLedgerStillDraftsText() {
        NoticeFixture fixture = new NoticeFixture();
        String text = new NoticeWriter(fixture.rules).draftText(fixture.score());

        assertTrue(text.contains("共报送信息0条；信息被各级刊物录用0篇次；"), text);
        assertTrue(text.contains("A类单位暂无累计得分高于0分的单位，本期不列前三名。"), text);
        assertTrue(text.contains("本期无扣分。"), text);
        assertTrue(text.contains("本期台账各行均已计分，无未计分记录。"), text);
    }

    @Test
    void seriesWithoutUnitsSaysSo() {
        NoticeFixture fixture = NoticeFixture.june();
        ScoreResult scored = fixture.score();
        SeriesRanking empty = new SeriesRanking(scored.rankings().get(0).series(), List.of());
        ScoreResult result = new ScoreResult(scored.month(), scored.months(), List.of(empty), scored.articles(),
                scored.deductions(), scored.setAside(), scored.records());

        String text = new NoticeWriter(fixture.rules).draftText(result);

        assertTrue(text.contains("A类单位（年度目标60分）本期没有考核单位。"), text);
        assertTrue(text.contains("A类单位本期没有考核单位。"), text);
        assertTrue(text.contains("A类单位暂无累计得分高于0分的单位，本期不列前三名。"), text);
        assertFalse(text.contains("全部达到目标分"), text);
        assertFalse(text.contains("均有信息录用"), text);
    }

    @Test
    void titleSpansNewYear() {
        List<YearMonth> months = List.of(YearMonth.of(2017, 12), YearMonth.of(2018, 1), YearMonth.of(2018, 2));
        assertEquals("萧山区“最多跑一次”改革信息宣传考核情况（2018年2月，累计2017年12月至2018年2月）",
                NoticeTitle.of(YearMonth.of(2018, 2), months));
    }

    private static String paragraphs(Sheet sheet) {
        StringBuilder text = new StringBuilder();
        for (int i = TextSheet.FIRST_PARAGRAPH_ROW; i <= sheet.getLastRowNum(); i++) {
            text.append(sheet.getRow(i).getCell(0).getStringCellValue()).append('\n');
        }
        return text.toString();
    }

    private static List<Row> rankedRows(NoticeBook book) {
        List<Row> rows = new ArrayList<>();
        for (Row row : book.dataRows("排名")) {
            if (row.getCell(1) != null && !NoticeBook.text(row.getCell(1)).isEmpty()) {
                rows.add(row);
            }
        }
        return rows;
    }

    /** Returns the unit rows under the heading row of one series. */
    private static List<Row> seriesRows(NoticeBook book, String series) {
        List<Row> rows = new ArrayList<>();
        boolean inside = false;
        for (Row row : book.dataRows("排名")) {
            String first = NoticeBook.text(row.getCell(0));
            if (row.getCell(1) == null || NoticeBook.text(row.getCell(1)).isEmpty()) {
                inside = first.startsWith(series + "单位");
            } else if (inside) {
                rows.add(row);
            }
        }
        return rows;
    }

    private static String points(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format("%.2f", value);
    }
}
