package kaohe.faults;

import static kaohe.faults.RawXlsx.row;
import static kaohe.faults.RawXlsx.text;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kaohe.faults.Book.Rich;
import kaohe.faults.Book.Styled;

/** Odd cells and odd sheet layouts that a ledger typed in Excel or WPS has, run through {@code kaohe score}. */
class CellCorpusTest {

    private static final String ZHUANBAO = "萧山信息•专报";
    private static final LocalDate JUNE_5 = LocalDate.of(2018, 6, 5);

    @TempDir
    Path folder;

    private Path ledger() {
        return folder.resolve("2018-06.xlsx");
    }

    private RankingLines scoreCleanly(Path ledger) {
        ScoreRun.ledger(ledger).assertExit(0);
        return RankingLines.read(ScoreRun.csvOf(ledger));
    }

    @Test
    void deductionPointsAsTextFullWidthAndBinaryNoise() throws Exception {
        Object[][] rows = {
            {"城厢街道", "5", "5"}, {"党湾镇", "５", "5"}, {"戴村镇", "－5分", "5"}, {"河上镇", 4.6000000000000005, "4.60"},
            {"瓜沥镇", "5.0", "5"}, {"临浦镇", " 5 ", "5"}, {"浦阳镇", -5, "5"}, {"所前镇", new Styled(5, "@"), "5"},
            {"蜀山街道", "5分", "5"}, {"北干街道", "５．５", "5.50"}, {"衙前镇", 1.0, "1"}, {"新街街道", "\u00A03\u3000", "3"},
        };
        Path ledger;
        try (Book book = Book.withAdoption()) {
            book.sheet("扣分").row("单位", "事由", "扣分");
            for (Object[] row : rows) {
                book.row(row[0], "重大信息迟报", row[1]);
            }
            ledger = book.write(ledger());
        }

        RankingLines lines = scoreCleanly(ledger);

        for (Object[] row : rows) {
            lines.assertDeduction((String) row[0], (String) row[2]);
        }
    }

    @Test
    void articleNumbersOneAndOnePointZeroAreOneArticle() throws Exception {
        Path ledger;
        try (Book book = Book.xlsx()) {
            book.sheet("录用").row("单位", "信息标题", "录用刊物", "录用日期", "信息编号")
                    .row("区发改委", "投资项目审批提速", ZHUANBAO, JUNE_5, 1)
                    .row("区发改委", "投资项目审批再提速", "杭州信息•专报", JUNE_5, "1.0")
                    .row("区民政局", "婚姻登记一次办结", ZHUANBAO, JUNE_5, "７")
                    .row("区民政局", "婚姻登记一次办结（续）", "杭州信息•专报", JUNE_5, 7.0);
            ledger = book.write(ledger());
        }

        RankingLines lines = scoreCleanly(ledger);

        lines.assertScore("区发改局", "20");
        lines.assertScore("区民政局", "20");
    }

    @Test
    void invisibleCharactersAndFullWidthBrackets() throws Exception {
        Path ledger;
        try (Book book = Book.xlsx()) {
            book.sheet("录用").row("\uFEFF单\u00A0位", "信息\u3000标题 ", "录用\u200B刊物", " 录用日期")
                    .row("区发改委\u00A0", "投资项目审批提速", ZHUANBAO, JUNE_5)
                    .row("\u3000区市场监管局", "商事登记\u200B全程电子化", ZHUANBAO, JUNE_5)
                    .row("区民政\u200B局", "婚姻登记一次办结", "萧山信息\u200B•专报\u00A0", JUNE_5)
                    .row("\uFEFF区信息中心", "数据共享", "《萧山信息·专报》", JUNE_5)
                    .row("区住房和城乡建设局(规划分局)", "施工许可一次办结", ZHUANBAO, JUNE_5)
                    .row("区财政(地税)局", "缴税一次办结", "《萧山信息•专报》（2018年第12期）", JUNE_5)
                    .row("区农业局（林业局）\t", "农业审批一次办结", "萧山信息•专报\r\n", JUNE_5)
                    .row("区办事服务中心（招管办）", "招标一次办结", ZHUANBAO, JUNE_5);
            ledger = book.write(ledger());
        }

        RankingLines lines = scoreCleanly(ledger);

        for (String unit : new String[] {"区发改局", "区市场监督管理局", "区民政局", "区信息中心", "区住房和城乡建设局（规划分局）",
            "区财政（地税）局", "区农业局（林业局）", "区办事服务中心（招管办）"}) {
            lines.assertScore(unit, "10");
        }
    }

    @Test
    void richTextRunsAndLineBreaksInHeadersAndTitles() throws Exception {
        Path ledger;
        try (Book book = Book.xlsx()) {
            book.sheet("录用").row(new Rich("单", "位"), "信息\n标题", "录用\r\n刊物", new Rich("录用", "日期"))
                    .row(new Rich("区发", "改委"), "投资项目\n审批提速", new Rich("萧山信息•", "专报"), JUNE_5)
                    .row("区发改委", "投资项目审批提速", "杭州信息•专报", JUNE_5);
            ledger = book.write(ledger());
        }

        RankingLines lines = scoreCleanly(ledger);

        // The line break does not make the titles two articles: the city adoption replaces the district one.
        lines.assertScore("区发改局", "20");
    }

    @Test
    void escapedCarriageReturnsInSharedAndInlineStrings() {
        String sheet = "<sheetData>" + row(1, shared("A1", 0), shared("B1", 1), text("C1", "录用刊物"),
                text("D1", "录用日期")) + row(2, text("A2", "区发改委_x000D_"), shared("B2", 2), text("C2", ZHUANBAO),
                text("D2", "2018-06-05")) + row(3, text("A3", "区发改委"), text("B3", "投资项目_x000D_\n审批提速"),
                text("C3", "杭州信息•专报_x000D_"), text("D3", "2018-06-05_x000D_")) + "</sheetData>";
        Path ledger = new RawXlsx().sharedStrings("<si><t>单位_x000D_</t></si><si><t>信息_x000D_\n标题</t></si>"
                + "<si><r><t>投资项目</t></r><r><rPr><b/></rPr><t>_x000D_\n审批提速</t></r></si>")
                .sheet("录用", sheet).write(ledger());

        RankingLines lines = scoreCleanly(ledger);

        lines.assertScore("区发改局", "20");
    }

    private static String shared(String reference, int index) {
        return "<c r=\"" + reference + "\" t=\"s\"><v>" + index + "</v></c>";
    }

    @Test
    void unitMergedOverSeveralRows() throws Exception {
        Path ledger;
        try (Book book = Book.withAdoption()) {
            book.row("区民政局", "婚姻登记一次办结", ZHUANBAO, JUNE_5).row(null, "养老服务一次办结", ZHUANBAO, JUNE_5)
                    .row(null, "救助审批一次办结", "萧山信息•每日动态", JUNE_5);
            book.currentSheet().addMergedRegion(new CellRangeAddress(2, 4, 0, 0));
            ledger = book.write(ledger());
        }

        RankingLines lines = scoreCleanly(ledger);

        lines.assertScore("区民政局", "25");
        lines.assertScore("区发改局", "10");
    }

    @Test
    void groupRowAndHeaderCellsMergedOverTwoRows() throws Exception {
        Path ledger;
        try (Book book = Book.xlsx()) {
            book.sheet("录用").row("2018年6月信息录用台账").row("单位", "信息标题", "录用情况", null, "审核情况")
                    .row(null, null, "录用刊物", "录用日期", "审核")
                    .row("区发改委", "投资项目审批提速", ZHUANBAO, JUNE_5, null)
                    .row("区民政局", "婚姻登记一次办结", "杭州日报", JUNE_5, "是");
            Sheet sheet = book.currentSheet();
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 4));
            sheet.addMergedRegion(new CellRangeAddress(1, 2, 0, 0));
            sheet.addMergedRegion(new CellRangeAddress(1, 2, 1, 1));
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 2, 3));
            ledger = book.write(ledger());
        }

        RankingLines lines = scoreCleanly(ledger);

        lines.assertScore("区发改局", "10");
        lines.assertScore("区民政局", "10");
    }

    @Test
    void hiddenSheetsIgnoredHiddenRowsCounted() throws Exception {
        Path ledger;
        try (Book book = Book.withAdoption()) {
            book.row("区民政局", "婚姻登记一次办结", ZHUANBAO, JUNE_5).hideLastRow();
            book.sheet("扣分").row("单位", "事由", "扣分").row("区发改委", "迟报", 5).hideLastRow();
            book.sheet("录用台账").row("单位", "信息标题", "录用刊物", "录用日期")
                    .row("区卫计局", "医疗服务一次办结", "中办", JUNE_5);
            book.sheet("批示").row("单位", "信息标题", "批示领导").row("区发改委", "投资项目审批提速", "国家领导人");
            book.workbook().setSheetHidden(2, true);
            ((XSSFWorkbook) book.workbook()).setSheetVisibility(3, SheetVisibility.VERY_HIDDEN);
            ledger = book.write(ledger());
        }

        RankingLines lines = scoreCleanly(ledger);

        lines.assertScore("区民政局", "10");
        lines.assertDeduction("区发改局", "5");
        lines.assertScore("区发改局", "5");
        lines.assertScore("区卫计局", "0");
    }

    @Test
    void twentyThousandFormattedEmptyRowsStayFast() throws Exception {
        Path ledger;
        try (Book book = Book.withAdoption()) {
            CellStyle bordered = book.style("@");
            Sheet sheet = book.currentSheet();
            for (int index = 2; index < 20_002; index++) {
                Row row = sheet.createRow(index);
                for (int column = 0; column < 8; column++) {
                    row.createCell(column).setCellStyle(bordered);
                }
            }
            ledger = book.write(ledger());
        }

        ScoreRun run = assertTimeoutPreemptively(Duration.ofSeconds(15), () -> ScoreRun.ledger(ledger));

        run.assertExit(0).assertLine("录用 1 行");
        RankingLines.read(ScoreRun.csvOf(ledger)).assertScore("区发改局", "10");
    }

    @Test
    void wrongOrMissingDimensionAndCellsWithoutReference() {
        String header = row(1, text("A1", "单位"), text("B1", "信息标题"), text("C1", "录用刊物"), text("D1", "录用日期"));
        String rows = header + row(2, text("A2", "区发改委"), text("B2", "投资项目审批提速"), text("C2", ZHUANBAO),
                text("D2", "2018-06-05")) + "<row>" + inline("区民政局") + inline("婚姻登记一次办结") + inline(ZHUANBAO)
                + inline("2018-06-05") + "</row><row r=\"9\"><c r=\"A9\" t=\"inlineStr\"><is><t>区卫计局</t></is></c>"
                + inline("医疗服务一次办结") + "<c r=\"D9\" t=\"str\"><v>2018-06-05</v></c>"
                + "<c r=\"C9\" t=\"inlineStr\"><is><t>" + ZHUANBAO + "</t></is></c></row>";
        Path ledger = new RawXlsx()
                .sheet("录用", "<dimension ref=\"A1:B2\"/><sheetData>" + rows + "</sheetData>")
                .sheet("扣分", "<dimension ref=\"A1:XFD1048576\"/><sheetData>" + row(1, text("A1", "单位"),
                        text("B1", "事由"), text("C1", "扣分")) + "<row>" + inline("区发改委") + inline("迟报")
                        + "<c><v>2</v></c></row></sheetData>")
                .sheet("报送", "<sheetData>" + row(1, text("A1", "单位"), text("B1", "信息标题"))
                        + "</sheetData>")
                .write(ledger());

        RankingLines lines = scoreCleanly(ledger);

        lines.assertScore("区发改局", "8");
        lines.assertScore("区民政局", "10");
        lines.assertScore("区卫计局", "10");
    }

    private static String inline(String text) {
        return "<c t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }

    @Test
    void headerMissingRequiredColumnNamesSheetAndHeader() throws Exception {
        Path ledger;
        try (Book book = Book.xlsx()) {
            book.sheet("录用").row("2018年6月录用台账").row("单位", "信息标题", "录用刊物", "备注")
                    .row("区发改委", "投资项目审批提速", ZHUANBAO, "");
            ledger = book.write(ledger());
        }

        ScoreRun run = ScoreRun.ledger(ledger).assertExit(1);

        run.assertLine("2018-06.xlsx 录用!2", "表头缺少必需的列", "“录用日期”");
        ScoreRun.assertNotWritten(folder, "2018-06-通报.xlsx");
        ScoreRun.assertNotWritten(folder, "排名.csv");
    }

    @Test
    void optionalSheetMissingRequiredColumnStopsRun() throws Exception {
        Path ledger;
        try (Book book = Book.withAdoption()) {
            book.sheet("扣分").row("单位", "事由", "分数").row("区发改委", "迟报", 5);
            ledger = book.write(ledger());
        }

        ScoreRun run = ScoreRun.ledger(ledger).assertExit(1);

        run.assertLine("2018-06.xlsx 扣分!1", "“扣分”");
        ScoreRun.assertNotWritten(folder, "2018-06-通报.xlsx");
    }

    @Test
    void workbookWithoutLedgerSheetsNamesTheSheetsFound() throws Exception {
        Path ledger;
        try (Book book = Book.xlsx()) {
            book.sheet("Sheet1").row("单位", "信息标题").sheet("汇总").row("合计", 3);
            ledger = book.write(ledger());
        }

        ScoreRun run = ScoreRun.ledger(ledger).assertExit(1);

        run.assertLine("2018-06.xlsx", "找不到工作表“录用”", "Sheet1、汇总");
        ScoreRun.assertNotWritten(folder, "2018-06-通报.xlsx");
    }
}
