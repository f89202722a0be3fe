package kaohe.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;

import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kaohe.ledger.LedgerException;
import kaohe.ledger.ReadOptions;
import kaohe.ledger.WorkbookReader;
import kaohe.rules.RulesLoader;
import kaohe.rules.Unit;
import kaohe.scoring.Adoption;
import kaohe.scoring.ScoreResult;
import kaohe.scoring.Scorer;
import kaohe.scoring.SetAside;
import kaohe.testing.TestWorkbook;

class LedgerLoaderTest {

    @TempDir
    Path folder;

    private final LedgerLoader loader =
            new LedgerLoader(RulesLoader.defaults(), new WorkbookReader(ReadOptions.defaults()), new LongAdder());

    @Test
    void headerFoundBelowTitleRowsInAnyOrder() throws Exception {
        Path file;
        try (TestWorkbook book = TestWorkbook.xlsx()) {
            book.sheet("录用").row("2018年6月录用台账").blankRow().row("填表：区跑改办")
                    .row("序号", "录用 时间", "刊物/媒体", "报送单位", "标 题", "审核确定")
                    .row(1, LocalDate.of(2018, 6, 5), "萧山信息•专报", "区民政局", "养老一次办", null)
                    .row(2, null, null, null, null, null)
                    .row(3, "2018/6/7", "浙江日报", "区民政局", "婚姻登记", "是");
            file = book.writeTo(folder.resolve("2018-06.xlsx"));
        }

        LoadedLedger ledger = loader.load(file, null);

        assertEquals(YearMonth.of(2018, 6), ledger.month());
        assertEquals(2, ledger.records().adoptions.size());
        Adoption report = ledger.records().adoptions.get(1);
        assertEquals("浙江日报", report.outlet().name());
        assertEquals(LocalDate.of(2018, 6, 7), report.date());
        assertTrue(report.confirmed());
        assertEquals(7, report.source().rowNumber());
        assertEquals(2, ledger.dataRows());
    }

    @Test
    void mergedUnitCellBelongsToEveryRow() throws Exception {
        Path file;
        try (TestWorkbook book = TestWorkbook.xlsx()) {
            book.sheet("录用").row("单位", "信息标题", "录用刊物", "录用日期")
                    .row("区民政局", "养老一次办", "萧山信息•专报", "2018-06-05")
                    .row(null, "婚姻登记", "萧山信息•每日动态", "2018-06-06");
            book.currentSheet().addMergedRegion(new CellRangeAddress(1, 2, 0, 0));
            file = book.writeTo(folder.resolve("2018-06.xlsx"));
        }

        LoadedLedger ledger = loader.load(file, null);

        assertEquals(2, ledger.records().adoptions.size());
        assertEquals("区民政局", ledger.records().adoptions.get(1).units().get(0).name());
    }

    @Test
    void badValuesBecomeProblemsWithCell() throws Exception {
        Path file;
        try (TestWorkbook book = TestWorkbook.xlsx()) {
            book.sheet("录用").row("单位", "信息标题", "录用刊物", "录用日期")
                    .row("区市场监管", "市场主体登记", "萧山信息•专报", "2018-06-05")
                    .row("区民政局", "养老一次办", "萧山日报", "2018-06-05")
                    .row("区民政局", "婚姻登记", "萧山信息•专报", "2018.13.5")
                    .row("区民政局", "殡葬改革", "萧山信息•专报", "2018.13.5")
                    .row("区民政局", "社保一窗办", "萧山信息•专报", "6月7日")
                    .row("区民政局", "公证一次办", "萧山信息•专报", "6月7日");
            file = book.writeTo(folder.resolve("2018-06.xlsx"));
        }

        LoadedLedger ledger = loader.load(file, null);

        // A date text read before reads alike, and an unreadable one is a problem on every row.
        assertEquals(2, ledger.records().adoptions.size());
        assertEquals(LocalDate.of(2018, 6, 7), ledger.records().adoptions.get(0).date());
        assertEquals(LocalDate.of(2018, 6, 7), ledger.records().adoptions.get(1).date());
        assertEquals(4, ledger.records().setAside.size());
        SetAside unknownUnit = ledger.records().setAside.get(0);
        assertEquals("2018-06.xlsx 录用!A2", unknownUnit.source().toString());
        assertTrue(unknownUnit.reason().contains("是否为 区市场监督管理局"), unknownUnit.reason());
        assertEquals("2018-06.xlsx 录用!C3", ledger.records().setAside.get(1).source().toString());
        SetAside date = ledger.records().setAside.get(2);
        assertEquals("2018-06.xlsx 录用!D4", date.source().toString());
        assertTrue(date.reason().contains("无法识别的日期“2018.13.5”"), date.reason());
        SetAside dateAgain = ledger.records().setAside.get(3);
        assertEquals("2018-06.xlsx 录用!D5", dateAgain.source().toString());
        assertTrue(dateAgain.reason().contains("无法识别的日期“2018.13.5”"), dateAgain.reason());
    }

    @Test
    void jointUnitsSplitOnEverySeparator() throws Exception {
        Path file;
        try (TestWorkbook book = TestWorkbook.xlsx()) {
            book.sheet("录用").row("单位", "信息标题", "录用刊物", "录用日期")
                    .row("区民政局/区信息中心;区民政局", "数据共享", "萧山信息•专报", "2018-06-05")
                    .row("、区民政局，", "养老一次办", "萧山信息•专报", "2018-06-05")
                    .row("区民政局；区信息中心", "婚姻登记", "萧山信息•专报", "2018-06-05")
                    .row("区民政局、区火星局", "殡葬改革", "萧山信息•专报", "2018-06-05")
                    .row("区民政局/区信息中心;区民政局", "数据开放", "萧山信息•专报", "2018-06-06")
                    .row("区民政局、区火星局", "殡葬服务", "萧山信息•专报", "2018-06-06");
            file = book.writeTo(folder.resolve("2018-06.xlsx"));
        }

        LoadedLedger ledger = loader.load(file, null);

        // The last two rows repeat the units of rows 2 and 5, which the builder remembers only when known.
        List<Adoption> adoptions = ledger.records().adoptions;
        assertEquals(4, adoptions.size());
        assertEquals(List.of("区民政局", "区信息中心"), unitNames(adoptions.get(0)));
        assertEquals(List.of("区民政局"), unitNames(adoptions.get(1)));
        assertEquals(List.of("区民政局", "区信息中心"), unitNames(adoptions.get(2)));
        assertEquals(List.of("区民政局", "区信息中心"), unitNames(adoptions.get(3)));
        assertEquals(2, ledger.records().setAside.size());
        SetAside unknown = ledger.records().setAside.get(0);
        assertEquals("2018-06.xlsx 录用!A5", unknown.source().toString());
        assertTrue(unknown.reason().contains("无法识别的单位“区火星局”"), unknown.reason());
        SetAside unknownAgain = ledger.records().setAside.get(1);
        assertEquals("2018-06.xlsx 录用!A7", unknownAgain.source().toString());
        assertTrue(unknownAgain.reason().contains("无法识别的单位“区火星局”"), unknownAgain.reason());
    }

    private static List<String> unitNames(Adoption adoption) {
        return adoption.units().stream().map(Unit::name).toList();
    }

    @Test
    void missingRequiredColumnNamesSheetAndHeader() throws Exception {
        Path file;
        try (TestWorkbook book = TestWorkbook.xlsx()) {
            book.sheet("录用").row("单位", "信息标题", "录用刊物").row("区民政局", "养老一次办", "萧山信息•专报");
            file = book.writeTo(folder.resolve("2018-06.xlsx"));
        }

        LedgerException error = assertThrows(LedgerException.class, () -> loader.load(file, null));

        assertTrue(error.getMessage().contains("2018-06.xlsx 录用!1"), error.getMessage());
        assertTrue(error.getMessage().contains("“录用日期”"), error.getMessage());
    }

    @Test
    void workbookWithoutAdoptionSheetIsRejected() throws Exception {
        Path file;
        try (TestWorkbook book = TestWorkbook.xlsx()) {
            book.sheet("Sheet1").row("随便写点");
            file = book.writeTo(folder.resolve("2018-06.xlsx"));
        }

        LedgerException error = assertThrows(LedgerException.class, () -> loader.load(file, null));

        assertTrue(error.getMessage().contains("找不到工作表“录用”"), error.getMessage());
        assertTrue(error.getMessage().contains("Sheet1"), error.getMessage());
    }

    @Test
    void monthFromDatesWhenNameHasNone() throws Exception {
        Path file;
        try (TestWorkbook book = TestWorkbook.xlsx()) {
            book.sheet("录用").row("单位", "信息标题", "录用刊物", "录用日期")
                    .row("区民政局", "养老一次办", "萧山信息•专报", "2018-07-05")
                    .row("区民政局", "婚姻登记", "萧山信息•专报", "7月6日")
                    .row("区民政局", "救助", "萧山信息•专报", LocalDate.of(2018, 7, 9))
                    .row("区民政局", "殡葬", "萧山信息•专报", "2018-06-30");
            file = book.writeTo(folder.resolve("台账.xlsx"));
        }

        LoadedLedger ledger = loader.load(file, null);

        assertEquals(YearMonth.of(2018, 7), ledger.month());
        assertEquals("记录日期", ledger.monthSource());
        assertEquals(LocalDate.of(2018, 7, 6), ledger.records().adoptions.get(1).date());
    }

    @Test
    void monthFromEveryFileNameForm() {
        assertEquals(YearMonth.of(2018, 6), LedgerMonths.fromFileName("2018-06.xlsx"));
        assertEquals(YearMonth.of(2018, 6), LedgerMonths.fromFileName("201806.xlsx"));
        assertEquals(YearMonth.of(2018, 6), LedgerMonths.fromFileName("2018年6月.xlsx"));
        assertEquals(YearMonth.of(2018, 11), LedgerMonths.fromFileName("台账2018年11月（定稿）.xls"));
        assertEquals(null, LedgerMonths.fromFileName("台账.xlsx"));
    }

    @Test
    void instructionOnJointArticleNamesItsUnits() throws Exception {
        Path file;
        try (TestWorkbook book = TestWorkbook.xlsx()) {
            book.sheet("录用").row("单位", "信息标题", "录用刊物", "录用日期")
                    .row("区民政局、区信息中心", "数据共享", "萧山信息•专报", "2018-06-05");
            book.sheet("批示").row("单位", "信息标题", "批示领导")
                    .row("区民政局，区信息中心", "数据共享", "区领导");
            file = book.writeTo(folder.resolve("2018-06.xlsx"));
        }

        LoadedLedger ledger = loader.load(file, null);

        assertEquals(0, ledger.records().setAside.size());
        assertEquals("区民政局", ledger.records().instructions.get(0).unit().name());
        ScoreResult result = new Scorer(RulesLoader.defaults()).score(ledger.records(), ledger.month());
        assertEquals(0, new BigDecimal("7.5").compareTo(result.articles().get(0).creditPerUnit()));
    }
}
