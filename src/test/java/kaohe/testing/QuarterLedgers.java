package kaohe.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The three monthly ledgers of 2018's second quarter that the report tests read, as 2018-04.xlsx,
 * 2018-05.xlsx and 2018-06.xlsx.
 *
 * <p>What the 2018 rules make of them, worked out by hand (points of each month's own score):
 * <pre>
 * 区发改局        April 10  joint 企业投资项目联合审批 in 杭州信息•专报, 20 split between two units
 *                 May   30  投资审批提速: 萧山信息•专报 10 + 浙江日报 15 (confirmed) + 区领导 instruction 5
 *                 June  25  a 市主要领导 instruction on the May article: the best bonus is now 30, not 5
 *                 total 65  刊物分 10 + 10 = 20, 媒体分 15, 批示加分 30; 65 / 60 = 108.3%, target reached
 * 区民政局        April  5  养老服务一次办 (MZ-01) in the district's 改革情况交流
 *                 June  20  MZ-01 again, retitled, in the province's 改革简报 (15): adds 15 - 5 = 10;
 *                           婚姻登记一证通办 in the city's 改革简报 adds 10
 *                 total 25  41.7%
 * 区市场监督管理局 April 10  its half of the joint article; commission YG-02 (due 05-31) is pending at the
 *                           end of May and done (是) in June, so never deducted; total 10, 16.7%
 * 区公安分局      April -10 commission YG-01 done 04-28, after its deadline 04-25; total -10, -16.7%
 * 区人力社保局    May   -10 commission YG-03 due 05-15 with no completion date; June's row still has none,
 *                           but one commission is deducted once; total -10
 * 区环保局        June  -5  another deduction (重大信息迟报); total -5, -8.3%
 * 城厢街道        June  8.33 its third of 10 for the joint 街道便民服务中心一窗受理 (3.33) + 代办服务 5
 * 蜀山街道, 北干街道 June 3.33 each, their thirds of the joint article; they share place 2 of series C
 * </pre>
 * Series A's months add up to 15 (April: 10 + 5 + 10 - 10), 20 (May: 30 - 10) and 40 (June: 25 + 20 - 5),
 * 75 in all, which is the sum of its totals 65 + 25 + 10 - 5 - 10 - 10.
 *
 * <p>Submissions (报送): 区民政局 3 (two in April, one in June), 区发改局 2, nobody else.
 */
public final class QuarterLedgers {

    private QuarterLedgers() {
    }

    /** Writes the three ledgers into {@code folder}. */
    public static void writeAll(Path folder) throws IOException {
        april(folder.resolve("2018-04.xlsx"));
        may(folder.resolve("2018-05.xlsx"));
        june(folder.resolve("2018-06.xlsx"));
    }

    public static Path april(Path file) throws IOException {
        try (TestWorkbook book = TestWorkbook.xlsx()) {
            adoptionsHeader(book)
                    .row("区民政局", "养老服务一次办", "区“最多跑一次”改革情况交流", LocalDate.of(2018, 4, 10), "MZ-01", null)
                    .row("区发改局、区市场监督管理局", "企业投资项目联合审批", "杭州信息•专报", LocalDate.of(2018, 4, 20), null, null);
            commissionsHeader(book)
                    .row("YG-01", "户籍办理一次办", "区公安分局", LocalDate.of(2018, 4, 25), LocalDate.of(2018, 4, 28))
                    .row("YG-00", "养老服务经验", "区民政局", LocalDate.of(2018, 4, 20), LocalDate.of(2018, 4, 18));
            submissionsHeader(book)
                    .row("区民政局", "养老服务一次办", LocalDate.of(2018, 4, 8))
                    .row("区民政局", "婚姻登记一证通办", LocalDate.of(2018, 4, 12))
                    .row("区发改局", "企业投资项目联合审批", LocalDate.of(2018, 4, 15));
            return book.writeTo(file);
        }
    }

    public static Path may(Path file) throws IOException {
        try (TestWorkbook book = TestWorkbook.xlsx()) {
            adoptionsHeader(book)
                    .row("区发改局", "投资审批提速", "萧山信息•专报", LocalDate.of(2018, 5, 8), null, null)
                    .row("区发改局", "投资审批提速", "浙江日报", LocalDate.of(2018, 5, 9), null, "是");
            book.sheet("批示").row("单位", "信息标题", "批示领导", "批示日期")
                    .row("区发改局", "投资审批提速", "区领导", LocalDate.of(2018, 5, 20));
            commissionsHeader(book)
                    .row("YG-02", "市场准入一次办", "区市场监督管理局", LocalDate.of(2018, 5, 31), null)
                    .row("YG-03", "社保一次办", "区人力社保局", LocalDate.of(2018, 5, 15), null);
            submissionsHeader(book)
                    .row("区发改局", "投资审批提速", LocalDate.of(2018, 5, 5));
            return book.writeTo(file);
        }
    }

    public static Path june(Path file) throws IOException {
        try (TestWorkbook book = TestWorkbook.xlsx()) {
            adoptionsHeader(book)
                    .row("区民政局", "养老服务“一次办”改革", "省“最多跑一次”改革简报", LocalDate.of(2018, 6, 12), "MZ-01", null)
                    .row("区民政局", "婚姻登记一证通办", "市“最多跑一次”改革简报", LocalDate.of(2018, 6, 15), null, null)
                    .row("城厢街道、北干街道、蜀山街道", "街道便民服务中心一窗受理", "萧山信息•专报", LocalDate.of(2018, 6, 20),
                            null, null)
                    .row("城厢街道", "城厢街道代办服务", "萧山信息•每日动态", LocalDate.of(2018, 6, 22), null, null);
            book.sheet("批示").row("单位", "信息标题", "批示领导", "批示日期")
                    .row("区发改局", "投资审批提速", "市主要领导", LocalDate.of(2018, 6, 5));
            commissionsHeader(book)
                    .row("YG-02", "市场准入一次办", "区市场监督管理局", LocalDate.of(2018, 5, 31), "是")
                    .row("YG-03", "社保一次办", "区人力社保局", LocalDate.of(2018, 5, 15), null);
            book.sheet("扣分").row("单位", "事由", "扣分", "日期")
                    .row("区环保局", "重大信息迟报", 5, LocalDate.of(2018, 6, 18));
            submissionsHeader(book)
                    .row("区民政局", "社会救助一次办", LocalDate.of(2018, 6, 3));
            return book.writeTo(file);
        }
    }

    private static TestWorkbook adoptionsHeader(TestWorkbook book) {
        return book.sheet("录用").row("单位", "信息标题", "录用刊物", "录用日期", "信息编号", "审核");
    }

    private static TestWorkbook commissionsHeader(TestWorkbook book) {
        return book.sheet("约稿").row("约稿编号", "主题", "单位", "截止日期", "完成日期");
    }

    private static TestWorkbook submissionsHeader(TestWorkbook book) {
        return book.sheet("报送").row("单位", "信息标题", "报送日期");
    }
}
