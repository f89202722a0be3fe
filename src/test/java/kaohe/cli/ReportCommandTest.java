package kaohe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kaohe.testing.QuarterLedgers;
import kaohe.testing.TestWorkbook;

/**
 * {@code kaohe report} run in-process on the ledgers of {@link QuarterLedgers}, whose figures are worked out
 * by hand in that class's comment.
 */
class ReportCommandTest {

    private static final String CSV_HEADER = "考核序列,名次,单位,刊物分,媒体分,批示加分,扣分,累计得分,目标分,完成率,达标";

    @TempDir
    Path folder;

    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private PrintStream originalErr;
    private PrintStream originalOut;

    @BeforeEach
    void captureOutput() {
        originalErr = System.err;
        originalOut = System.out;
        System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
        System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreOutput() {
        System.setErr(originalErr);
        System.setOut(originalOut);
    }

    private String stderr() {
        return stderr.toString(StandardCharsets.UTF_8);
    }

    private int run(String... args) {
        return Main.run(args);
    }

    private Path ledger(String name) {
        return folder.resolve(name);
    }

    private List<String> csvLines(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertTrue(lines.get(0).startsWith("\uFEFF"), "CSV starts with a byte-order mark");
        lines.set(0, lines.get(0).substring(1));
        return lines;
    }

    private static String line(List<String> lines, String unit) {
        return lines.stream().filter(line -> line.split(",")[2].equals(unit)).findFirst()
                .orElseThrow(() -> new AssertionError("no CSV line for " + unit));
    }

    @Test
    void quarterCsvHasHandComputedTotalsAndMonths() throws Exception {
        QuarterLedgers.writeAll(folder);
        Path csv = folder.resolve("二季度.csv");

        int exit = run("report", "--quarter", "2018-Q2", ledger("2018-04.xlsx").toString(),
                ledger("2018-05.xlsx").toString(), ledger("2018-06.xlsx").toString(), "--csv", csv.toString());

        assertEquals(ExitCode.OK, exit, stderr());
        List<String> lines = csvLines(csv);
        assertEquals(CSV_HEADER + ",2018-04,2018-05,2018-06", lines.get(0));
        assertEquals("A,1,区发改局,20,15,30,0,65,60,1.083,是,10,30,25", lines.get(1));
        assertEquals("A,2,区民政局,25,0,0,0,25,60,0.417,否,5,0,20", lines.get(2));
        assertEquals("A,3,区市场监督管理局,10,0,0,0,10,60,0.167,否,10,0,0", lines.get(3));
        assertEquals("A,4,国土萧山分局,0,0,0,0,0,60,0,否,0,0,0", lines.get(4));
        assertEquals("A,9,区环保局,0,0,0,5,-5,60,-0.083,否,0,0,-5", lines.get(9));
        assertEquals("A,10,区公安分局,0,0,0,10,-10,60,-0.167,否,-10,0,0", lines.get(10));
        assertEquals("A,10,区人力社保局,0,0,0,10,-10,60,-0.167,否,0,-10,0", lines.get(11));
        assertEquals("C,1,城厢街道,8.33,0,0,0,8.33,15,0.555,否,0,0,8.33", line(lines, "城厢街道"));
        assertEquals("C,2,蜀山街道,3.33,0,0,0,3.33,15,0.222,否,0,0,3.33", line(lines, "蜀山街道"));
        assertEquals("C,2,北干街道,3.33,0,0,0,3.33,15,0.222,否,0,0,3.33", line(lines, "北干街道"));
        assertEquals(1 + 60, lines.size(), "one line a ranked unit of the 60 in series A, B and C");
        assertTrue(Files.exists(folder.resolve("2018-Q2-报告.xlsx")), "the report goes next to the ledgers");
    }

    @Test
    void eachUnitsMonthsAddUpToItsTotal() throws Exception {
        QuarterLedgers.writeAll(folder);
        Path csv = folder.resolve("二季度.csv");

        run("report", "--quarter", "2018-Q2", folder.toString(), "--csv", csv.toString());

        for (String line : csvLines(csv).subList(1, 61)) {
            String[] columns = line.split(",", -1);
            BigDecimal months = new BigDecimal(columns[11]).add(new BigDecimal(columns[12]))
                    .add(new BigDecimal(columns[13]));
            assertEquals(0, months.compareTo(new BigDecimal(columns[7])), line);
        }
    }

    @Test
    void rankingSheetShowsMonthsAndCheckRow() throws Exception {
        QuarterLedgers.writeAll(folder);

        int exit = run("report", "--quarter", "2018-Q2", folder.toString());

        assertEquals(ExitCode.OK, exit, stderr());
        try (Workbook book = open(folder.resolve("2018-Q2-报告.xlsx"))) {
            Sheet sheet = book.getSheet("期间排名");
            assertEquals("萧山区“最多跑一次”改革信息宣传考核情况（2018年第二季度）", text(sheet.getRow(0).getCell(0)));
            Row header = rowStartingWith(sheet, "名次");
            assertEquals(List.of("名次", "单位", "刊物分", "媒体分", "批示加分", "扣分", "2018-04", "2018-05", "2018-06",
                    "累计得分", "目标分", "完成率", "达标", "前三"), texts(header));

            Row reform = rowOfUnit(sheet, "区发改局");
            assertEquals(List.of(1.0, 20.0, 15.0, 30.0, 0.0, 10.0, 30.0, 25.0, 65.0, 60.0),
                    numbers(reform, 0, 2, 3, 4, 5, 6, 7, 8, 9, 10));
            assertEquals(1.083, reform.getCell(11).getNumericCellValue(), 1e-9);
            assertEquals("0.0%", reform.getCell(11).getCellStyle().getDataFormatString());
            assertEquals("是", text(reform.getCell(12)));
            assertEquals("是", text(reform.getCell(13)));

            Row check = rowStartingWith(sheet, "核对：各月合计 = 期间合计 ✓");
            assertEquals(List.of(15.0, 20.0, 40.0, 75.0), numbers(check, 6, 7, 8, 9),
                    "series A: April 10 + 5 + 10 - 10, May 30 - 10, June 25 + 20 - 5, totals 75");
            assertEquals("SUM(G6:G16)", check.getCell(6).getCellFormula());
            assertEquals(3, countRowsStartingWith(sheet, "核对：各月合计 = 期间合计 ✓"), "one check row a series");
        }
    }

    @Test
    void reportHasItsSheetsChartsAndPrintSetup() throws Exception {
        QuarterLedgers.writeAll(folder);

        run("report", "--quarter", "2018-Q2", folder.toString());

        try (Workbook book = open(folder.resolve("2018-Q2-报告.xlsx"))) {
            List<String> names = new ArrayList<>();
            book.sheetIterator().forEachRemaining(sheet -> names.add(sheet.getSheetName()));
            assertEquals(List.of("期间排名", "目标完成", "得分图", "精品信息候选", "未计分"), names);

            XSSFSheet charts = (XSSFSheet) book.getSheet("得分图");
            assertEquals(3, charts.getDrawingPatriarch().getCharts().size(), "one chart a series");
            assertEquals(2, charts.getDrawingPatriarch().getCharts().get(0).getChartSeries().size(),
                    "the bars of the totals and the line of the target");

            Sheet ranking = book.getSheet("期间排名");
            assertTrue(ranking.getPrintSetup().getLandscape());
            assertEquals(9, ranking.getPrintSetup().getPaperSize(), "A4");
            assertEquals(1, ranking.getPrintSetup().getFitWidth());
            assertTrue(ranking.getFooter().getCenter().contains("&P"));
            assertNotNull(ranking.getRepeatingRows());
            assertNotNull(ranking.getPaneInformation());
        }
    }

    @Test
    void targetSheetListsTopThreeAboveZero() throws Exception {
        QuarterLedgers.writeAll(folder);

        run("report", "--quarter", "2018-Q2", folder.toString());

        try (Workbook book = open(folder.resolve("2018-Q2-报告.xlsx"))) {
            Sheet sheet = book.getSheet("目标完成");
            Row seriesA = rowStartingWith(sheet, "A类");
            assertEquals(List.of(60.0, 11.0, 1.0), numbers(seriesA, 1, 2, 3), "target, units, units at target");
            List<String> topThree = new ArrayList<>();
            for (Row row : rowsWithNumberIn(sheet, 1)) {
                if (row.getCell(2).getCellType() == CellType.STRING) {
                    topThree.add(text(row.getCell(0)) + " " + (int) row.getCell(1).getNumericCellValue() + " "
                            + text(row.getCell(2)));
                }
            }
            assertEquals(List.of("A类 1 区发改局", "A类 2 区民政局", "A类 3 区市场监督管理局", "C类 1 城厢街道", "C类 2 蜀山街道",
                    "C类 2 北干街道"), topThree);
            assertNotNull(rowStartingWith(sheet, "B类"));
        }
    }

    @Test
    void featuredCandidatesRankArticlesByScore() throws Exception {
        QuarterLedgers.writeAll(folder);

        run("report", "--quarter", "2018-Q2", folder.toString());

        try (Workbook book = open(folder.resolve("2018-Q2-报告.xlsx"))) {
            Sheet sheet = book.getSheet("精品信息候选");
            List<String> articles = new ArrayList<>();
            for (Row row : rowsWithNumberIn(sheet, 9)) {
                articles.add((int) row.getCell(0).getNumericCellValue() + " " + text(row.getCell(1)) + " "
                        + pointsText(row.getCell(9).getNumericCellValue()));
            }
            assertEquals(List.of("1 投资审批提速 55", "2 企业投资项目联合审批 20", "3 养老服务一次办 15", "4 婚姻登记一证通办 10",
                    "4 街道便民服务中心一窗受理 10", "6 城厢街道代办服务 5"), articles);
            Row best = rowOfCell(sheet, 1, "投资审批提速");
            assertEquals("萧山信息•专报 10分（2018-05-08）", text(best.getCell(3)));
            assertEquals("浙江日报 15分（2018-05-09）", text(best.getCell(4)));
            assertEquals("市主要领导", text(best.getCell(5)));
            assertEquals("区发改局、区市场监督管理局", text(rowOfCell(sheet, 1, "企业投资项目联合审批").getCell(2)));
        }
    }

    @Test
    void featuredCountFollowsSettings() throws Exception {
        QuarterLedgers.writeAll(folder);
        Path rules = Files.createDirectory(folder.resolve("规则"));
        Files.writeString(rules.resolve("settings.csv"), "设置,值\nfeatured-articles,4\n", StandardCharsets.UTF_8);

        int exit = run("report", "--quarter", "2018-Q2", folder.toString(), "--rules", rules.toString());

        assertEquals(ExitCode.OK, exit, stderr());
        try (Workbook book = open(folder.resolve("2018-Q2-报告.xlsx"))) {
            assertEquals(5, rowsWithNumberIn(book.getSheet("精品信息候选"), 9).size(),
                    "the best 4, and the article tied with the 4th at 10 points");
        }
    }

    @Test
    void folderInputSkipsLockAndStrayFiles() throws Exception {
        Path ledgers = Files.createDirectory(folder.resolve("台账 2018"));
        QuarterLedgers.writeAll(ledgers);
        Files.write(ledgers.resolve("~$2018-05.xlsx"), new byte[] {1, 2, 3});
        Files.writeString(ledgers.resolve("说明.docx"), "not a ledger");
        QuarterLedgers.june(ledgers.resolve("2018-07.xlsx"));
        Path csv = folder.resolve("排名.csv");

        int exit = run("report", "--quarter", "2018-Q2", ledgers.toString(), "--csv", csv.toString());

        assertEquals(ExitCode.OK, exit, stderr());
        assertTrue(stderr().contains("跳过 " + ledgers.resolve("~$2018-05.xlsx") + "：是 Excel 或 WPS 打开工作簿时留下的锁定文件"),
                stderr());
        assertTrue(stderr().contains("跳过 " + ledgers.resolve("说明.docx") + "：不是 .xlsx 或 .xls 工作簿"), stderr());
        assertTrue(stderr().contains("跳过 " + ledgers.resolve("2018-07.xlsx") + "：月份 2018-07 不在2018年第二季度内"),
                stderr());
        assertEquals("A,1,区发改局,20,15,30,0,65,60,1.083,是,10,30,25", csvLines(csv).get(1));
        assertTrue(Files.exists(ledgers.resolve("2018-Q2-报告.xlsx")));

        int rerun = run("report", "--quarter", "2018-Q2", ledgers.toString(), "--force");

        assertEquals(ExitCode.OK, rerun, stderr());
        assertTrue(stderr().contains("跳过 " + ledgers.resolve("2018-Q2-报告.xlsx") + "：是 kaohe 写出的通报或报告"),
                stderr());
    }

    @Test
    void missingMonthIsNamedEverywhere() throws Exception {
        QuarterLedgers.april(ledger("2018-04.xlsx"));
        QuarterLedgers.may(ledger("2018-05.xlsx"));
        Path csv = folder.resolve("排名.csv");

        int exit = run("report", "--quarter", "2018-Q2", folder.toString(), "--csv", csv.toString(), "--quiet");

        assertEquals(ExitCode.OK, exit, stderr());
        assertTrue(stderr().contains("2018年第二季度缺少 2018-06 的台账"), stderr());
        // As of May: 10 for the joint article in April, 30 in May, nothing known of June.
        assertEquals("A,1,区发改局,20,15,5,0,40,60,0.667,否,10,30,", csvLines(csv).get(1));
        try (Workbook book = open(folder.resolve("2018-Q2-报告.xlsx"))) {
            Sheet sheet = book.getSheet("期间排名");
            assertNotNull(rowStartingWith(sheet, "缺少台账的月份：2018-06。这些月份未计分，其月份栏为空"));
            Row check = rowStartingWith(sheet, "核对：各月合计 = 期间合计 ✓");
            assertEquals("无台账", text(check.getCell(8)));
        }
    }

    @Test
    void yearReportHasAwardFactors() throws Exception {
        QuarterLedgers.writeAll(folder);

        int exit = run("report", "--year", "2018", folder.toString());

        assertEquals(ExitCode.OK, exit, stderr());
        assertTrue(stderr().contains("2018年度缺少 2018-01、2018-02、2018-03、2018-07"), stderr());
        try (Workbook book = open(folder.resolve("2018-年度报告.xlsx"))) {
            assertEquals("萧山区“最多跑一次”改革信息宣传考核情况（2018年度）",
                    text(book.getSheet("期间排名").getRow(0).getCell(0)));
            Sheet sheet = book.getSheet("评先参考");
            assertEquals(List.of("考核序列", "名次", "单位", "累计得分", "达标", "约稿数", "按时完成", "未按时完成", "未到期", "报送数",
                    "录用数", "录用率", "区领导批示", "市领导批示", "省领导批示", "国家领导人批示"),
                    texts(rowStartingWith(sheet, "考核序列")));

            Row reform = rowOfCell(sheet, 2, "区发改局");
            assertEquals(List.of(1.0, 65.0, 0.0, 0.0, 0.0, 0.0, 2.0, 2.0, 1.0, 1.0, 1.0, 0.0, 0.0),
                    numbers(reform, 1, 3, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15));
            assertEquals("是", text(reform.getCell(4)));

            Row civil = rowOfCell(sheet, 2, "区民政局");
            assertEquals(List.of(1.0, 1.0, 0.0, 0.0, 3.0, 2.0), numbers(civil, 5, 6, 7, 8, 9, 10),
                    "one commission on time; three submissions, two articles scored");
            assertEquals(0.667, civil.getCell(11).getNumericCellValue(), 1e-9);

            Row market = rowOfCell(sheet, 2, "区市场监督管理局");
            assertEquals(List.of(1.0, 1.0, 0.0, 0.0, 0.0, 1.0), numbers(market, 5, 6, 7, 8, 9, 10),
                    "YG-02's rows in May and June are one commission, done in June");
            assertEquals(CellType.BLANK, market.getCell(11).getCellType(), "no submissions: no adoption rate");

            Row police = rowOfCell(sheet, 2, "区公安分局");
            assertEquals(List.of(1.0, 0.0, 1.0, 0.0), numbers(police, 5, 6, 7, 8));
            Row social = rowOfCell(sheet, 2, "区人力社保局");
            assertEquals(List.of(1.0, 0.0, 1.0, 0.0), numbers(social, 5, 6, 7, 8), "deducted once in two months");

            assertNotNull(rowStartingWith(sheet, "全年未报送信息的单位（报送数为 0，共 58 个）"));
        }
    }

    @Test
    void quarterReportHasNoAwardSheet() throws Exception {
        QuarterLedgers.writeAll(folder);

        run("report", "--quarter", "2018-Q2", folder.toString());

        try (Workbook book = open(folder.resolve("2018-Q2-报告.xlsx"))) {
            assertEquals(null, book.getSheet("评先参考"));
        }
    }

    @Test
    void problemRowGivesExitThree() throws Exception {
        try (TestWorkbook book = TestWorkbook.xlsx()) {
            book.sheet("录用").row("单位", "信息标题", "录用刊物", "录用日期")
                    .row("区民政局", "养老服务一次办", "萧山日报", "2018-04-10");
            book.writeTo(ledger("2018-04.xlsx"));
        }

        int exit = run("report", "--quarter", "2018-Q2", folder.toString());

        assertEquals(ExitCode.PROBLEMS, exit, stderr());
        assertTrue(stderr().contains("2018-04.xlsx 录用!C2"), stderr());
        try (Workbook book = open(folder.resolve("2018-Q2-报告.xlsx"))) {
            assertNotNull(rowStartingWith(book.getSheet("未计分"), "2018-04.xlsx 录用!C2"));
        }
    }

    @Test
    void periodIsRequiredAndChecked() throws Exception {
        QuarterLedgers.writeAll(folder);

        assertEquals(ExitCode.USAGE, run("report", "--quarter", "2018-Q2"));
        assertTrue(stderr().contains("缺少参数：LEDGER"), stderr());
        assertEquals(ExitCode.USAGE, run("report", folder.toString()));
        assertTrue(stderr().contains("请用 --quarter 2018-Q2 或 --year 2018 指定报告期间"), stderr());
        assertEquals(ExitCode.USAGE, run("report", "--quarter", "2018-Q5", folder.toString()));
        assertTrue(stderr().contains("无法识别的季度“2018-Q5”"), stderr());
        assertEquals(ExitCode.USAGE, run("report", "--quarter", "2018-Q2", "--year", "2018", folder.toString()));
        assertEquals(ExitCode.USAGE, run("report", "--quarter", "2018-Q3", folder.toString()));
        assertTrue(stderr().contains("没有找到2018年第三季度的台账"), stderr());
    }

    @Test
    void existingReportNeedsForce() throws Exception {
        QuarterLedgers.writeAll(folder);
        Files.writeString(folder.resolve("2018-Q2-报告.xlsx"), "an older report");

        int exit = run("report", "--quarter", "2018-Q2", folder.toString());

        assertEquals(ExitCode.USAGE, exit);
        assertTrue(stderr().contains("已存在；如需覆盖请加 --force"), stderr());
        assertEquals("an older report", Files.readString(folder.resolve("2018-Q2-报告.xlsx")));
    }

    @Test
    void listLedgersPrintsMonthsAndPaths() throws Exception {
        QuarterLedgers.writeAll(folder);
        Files.write(folder.resolve("~$2018-05.xlsx"), new byte[] {1});

        int exit = run("report", "--quarter", "2018-Q2", "--list-ledgers", folder.toString());

        assertEquals(ExitCode.OK, exit, stderr());
        assertEquals("2018-04\t" + ledger("2018-04.xlsx") + "\n2018-05\t" + ledger("2018-05.xlsx") + "\n2018-06\t"
                + ledger("2018-06.xlsx"), stdout.toString(StandardCharsets.UTF_8).strip().replace("\r\n", "\n"));
        assertFalse(Files.exists(folder.resolve("2018-Q2-报告.xlsx")));
    }

    @Test
    void helpHasExamplesAndExitCodes() {
        int exit = run("report", "--help");

        String help = stdout.toString(StandardCharsets.UTF_8);
        assertEquals(ExitCode.OK, exit);
        assertTrue(help.contains("kaohe report --quarter 2018-Q2 台账/"), help);
        assertTrue(help.contains("kaohe report --year 2018"), help);
        assertTrue(help.contains("退出码："), help);
        assertFalse(help.contains("--month"), "a report's months come from the ledgers' names");
        assertTrue(help.contains("显示本命令的帮助和示例"), help);
    }

    private static Workbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return WorkbookFactory.create(in);
        }
    }

    private static String text(Cell cell) {
        return cell == null || cell.getCellType() != CellType.STRING ? "" : cell.getStringCellValue();
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(text(cell)));
        return texts;
    }

    private static List<Double> numbers(Row row, int... columns) {
        return Arrays.stream(columns).mapToObj(column -> row.getCell(column).getNumericCellValue()).toList();
    }

    private static String pointsText(double points) {
        return BigDecimal.valueOf(points).stripTrailingZeros().toPlainString();
    }

    private static Row rowStartingWith(Sheet sheet, String text) {
        return rowOfCell(sheet, 0, text);
    }

    private static Row rowOfUnit(Sheet sheet, String unit) {
        return rowOfCell(sheet, 1, unit);
    }

    private static Row rowOfCell(Sheet sheet, int column, String text) {
        for (Row row : sheet) {
            if (text.equals(text(row.getCell(column)))) {
                return row;
            }
        }
        throw new AssertionError("no row with “" + text + "” in column " + column + " of " + sheet.getSheetName());
    }

    private static List<Row> rowsWithNumberIn(Sheet sheet, int column) {
        List<Row> rows = new ArrayList<>();
        for (Row row : sheet) {
            if (row.getCell(column) != null && row.getCell(column).getCellType() == CellType.NUMERIC) {
                rows.add(row);
            }
        }
        return rows;
    }

    private static int countRowsStartingWith(Sheet sheet, String text) {
        int count = 0;
        for (Row row : sheet) {
            if (text.equals(text(row.getCell(0)))) {
                count++;
            }
        }
        return count;
    }
}
