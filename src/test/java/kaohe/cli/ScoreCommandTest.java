package kaohe.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kaohe.testing.TestWorkbook;

class ScoreCommandTest {

    @TempDir
    Path folder;

    private Path ledger(String name) throws Exception {
        try (TestWorkbook book = TestWorkbook.xlsx()) {
            book.sheet("录用")
                    .row("2018年6月信息录用台账")
                    .row("单位", "信息标题", "录用刊物", "录用日期", "审核")
                    .row("区市场监管局", "市场监管“最多跑一次”改革推进", "《杭州信息·今日要情》", LocalDate.of(2018, 6, 5), null)
                    .row("区发改委", "投资项目审批提速", "萧山信息•专报", "2018/6/8", null)
                    .row("区发改委", "投资项目审批提速", "浙江日报", "6月9日", "是")
                    .row("区民政局", "婚姻登记一次办结", "杭州日报", "2018.6.10", null);
            return book.writeTo(folder.resolve(name));
        }
    }

    @Test
    void monthlyCsvHasRulesValues() throws Exception {
        Path ledger = ledger("2018-06.xlsx");
        Path csv = folder.resolve("排名.csv");
        int exit = Main.run(new String[] {"score", ledger.toString(), "--csv", csv.toString(), "--quiet"});
        assertEquals(ExitCode.OK, exit);
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertEquals("\uFEFF考核序列,名次,单位,刊物分,媒体分,批示加分,扣分,本月得分,累计得分,目标分,完成率,达标", lines.get(0));
        assertEquals("A,1,区发改局,10,15,0,0,25,25,60,0.417,否", lines.get(1));
        assertEquals("A,2,区市场监督管理局,10,0,0,0,10,10,60,0.167,否", lines.get(2));
        assertEquals("A,3,国土萧山分局,0,0,0,0,0,0,60,0,否", lines.get(3));
        assertTrue(Files.exists(folder.resolve("2018-06-通报.xlsx")));
    }

    @Test
    void loneSurrogateInReasonWrittenAsQuestionMark() throws Exception {
        Path ledger;
        try (TestWorkbook book = TestWorkbook.xls()) {
            book.sheet("录用").row("单位", "信息标题", "录用刊物", "录用日期")
                    .row("区发改委", "投资项目审批提速", "萧山信息•专报", "2018/6/8");
            // Only an .xls ledger can carry half a surrogate pair; XML cannot.
            book.sheet("扣分").row("单位", "事由", "扣分").row("区民政局", "漏报\uDC00", 5);
            ledger = book.writeTo(folder.resolve("2018-06.xls"));
        }

        assertEquals(ExitCode.OK, Main.run(new String[] {"score", ledger.toString(), "--quiet"}));

        String text = Files.readString(folder.resolve("2018-06-通报.txt"), StandardCharsets.UTF_8);
        assertTrue(text.contains("漏报?"), text);
    }

    private List<String> scoreCsv(String... options) throws Exception {
        Path ledger = folder.resolve("2018-06.xlsx");
        if (!Files.exists(ledger)) {
            ledger("2018-06.xlsx");
        }
        Path csv = folder.resolve("排名.csv");
        List<String> args = new java.util.ArrayList<>(List.of("score", ledger.toString(), "--csv", csv.toString(),
                "--quiet", "--force"));
        args.addAll(List.of(options));
        assertEquals(ExitCode.OK, Main.run(args.toArray(String[]::new)));
        return Files.readAllLines(csv, StandardCharsets.UTF_8);
    }

    @Test
    void rulesWorkbookReplacesTargetsAndSettings() throws Exception {
        Path rules;
        try (TestWorkbook book = TestWorkbook.xlsx()) {
            book.sheet("考核序列").row("考核序列", "目标分").row("A", 25).row("B", 30).row("C", 15);
            book.sheet("设置").row("设置", "值").row("joint-articles", "each-full");
            rules = book.writeTo(folder.resolve("规则.xlsx"));
        }

        List<String> lines = scoreCsv("--rules", rules.toString());

        assertEquals("A,1,区发改局,10,15,0,0,25,25,25,1,是", lines.get(1));
    }

    @Test
    void rulesFolderAddsOutletAlias() throws Exception {
        Path rules = Files.createDirectories(folder.resolve("规则"));
        List<String> outlets = new java.util.ArrayList<>(Files.readAllLines(
                Path.of("src/main/resources/kaohe/rules/outlets.csv"), StandardCharsets.UTF_8));
        outlets.replaceAll(line -> line.startsWith("杭州日报,") ? "杭州日报,市,媒体,12,杭报" : line);
        Files.write(rules.resolve("outlets.csv"), outlets, StandardCharsets.UTF_8);

        List<String> lines = scoreCsv("--rules", rules.toString());

        assertEquals("A,1,区发改局,10,15,0,0,25,25,60,0.417,否", lines.get(1));
        assertEquals("A,2,区市场监督管理局,10,0,0,0,10,10,60,0.167,否", lines.get(2));
    }

    @Test
    void existingOutputNeedsForce() throws Exception {
        Path ledger = ledger("2018-06.xlsx");
        assertEquals(ExitCode.OK, Main.run(new String[] {"score", ledger.toString(), "--quiet"}));
        byte[] before = Files.readAllBytes(ledger);

        assertEquals(ExitCode.USAGE, Main.run(new String[] {"score", ledger.toString(), "--quiet"}));
        assertEquals(ExitCode.USAGE, Main.run(new String[] {"score", ledger.toString(), "-o", ledger.toString(),
            "--force", "--quiet"}));
        assertEquals(ExitCode.OK, Main.run(new String[] {"score", ledger.toString(), "--force", "--quiet"}));
        assertArrayEquals(before, Files.readAllBytes(ledger));
    }

    @Test
    void unreadableLedgerExitsOneWritingNothing() throws Exception {
        Path bogus = Files.writeString(folder.resolve("2018-06.xlsx"), "<html><body>不是工作簿</body></html>");

        assertEquals(ExitCode.UNREADABLE, Main.run(new String[] {"score", bogus.toString(), "--quiet"}));
        assertEquals(ExitCode.UNREADABLE, Main.run(new String[] {"score", folder.resolve("无.xlsx").toString()}));
        assertTrue(Files.notExists(folder.resolve("2018-06-通报.xlsx")));
    }

    @Test
    void unknownOptionIsUsageError() {
        assertEquals(ExitCode.USAGE, Main.run(new String[] {"score", "--no-such-option", "a.xlsx"}));
        assertEquals(ExitCode.USAGE, Main.run(new String[] {"score"}));
    }

    @Test
    void csvDashGoesToStdout() throws Exception {
        Path ledger = ledger("2018-06.xlsx");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();

        int exit = Main.run(new String[] {"score", ledger.toString(), "--csv", "-", "--quiet"},
                new java.io.PrintStream(out, true, StandardCharsets.UTF_8),
                new java.io.PrintStream(err, true, StandardCharsets.UTF_8));

        assertEquals(ExitCode.OK, exit);
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\r\n");
        assertEquals("考核序列,名次,单位,刊物分,媒体分,批示加分,扣分,本月得分,累计得分,目标分,完成率,达标", lines[0]);
        assertEquals("A,1,区发改局,10,15,0,0,25,25,60,0.417,否", lines[1]);
        assertTrue(Files.notExists(folder.resolve("-")));
    }
}
