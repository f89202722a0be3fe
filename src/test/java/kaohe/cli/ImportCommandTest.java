package kaohe.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kaohe.testing.TestWorkbook;

class ImportCommandTest {

    private static final Object[] HEADER = {"单位", "信息标题", "录用刊物", "录用日期", "审核"};
    private static final List<Object[]> ROWS = List.of(
            new Object[] {"区市场监管局", "市场监管“最多跑一次”改革推进", "《杭州信息·今日要情》", "2018-06-05", ""},
            new Object[] {"区发改委", "投资项目审批提速", "萧山信息·专报", "2018/6/8", ""},
            new Object[] {"区发改委", "投资项目审批提速", "浙江日报", "6月9日", "是"},
            new Object[] {"区民政局", "婚姻登记一次办结", "杭州日报", "2018.6.10", ""},
            new Object[] {"区发改委、区民政局", "联合推进一窗受理", "萧山信息·每日动态", "20180612", ""});

    @TempDir
    Path folder;

    /** The exit code and everything the command printed on stderr. */
    private record Result(int exit, String err) {
    }

    private static Result run(String... args) {
        PrintStream previous = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int exit = Main.run(args);
            return new Result(exit, err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(previous);
        }
    }

    private Path csv(String name, Charset charset, String bom, List<Object[]> rows) throws Exception {
        StringBuilder text = new StringBuilder(bom);
        for (Object[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                text.append(i == 0 ? "" : ",").append(row[i]);
            }
            text.append("\r\n");
        }
        Path file = folder.resolve(name);
        Files.write(file, text.toString().getBytes(charset));
        return file;
    }

    private Path gbkSource() throws Exception {
        List<Object[]> lines = new java.util.ArrayList<>();
        lines.add(HEADER);
        lines.addAll(ROWS);
        return csv("6月录用清单.csv", Charset.forName("GBK"), "", lines);
    }

    private List<String> ranking(Path ledger) throws Exception {
        Path csv = ledger.resolveSibling(ledger.getFileName() + "-排名.csv");
        Result score = run("score", ledger.toString(), "--csv", csv.toString(), "--force", "--quiet");
        assertEquals(ExitCode.OK, score.exit(), score.err());
        return Files.readAllLines(csv, StandardCharsets.UTF_8);
    }

    @Test
    void importedLedgerRanksLikeTypedLedger() throws Exception {
        Path typedFolder = Files.createDirectory(folder.resolve("typed"));
        Path typed;
        try (TestWorkbook book = TestWorkbook.xlsx()) {
            book.sheet("录用").row(HEADER).rows(ROWS);
            typed = book.writeTo(typedFolder.resolve("2018-06.xlsx"));
        }
        Path ledger = folder.resolve("2018-06.xlsx");

        Result result = run("import", gbkSource().toString(), "--into", ledger.toString());

        assertEquals(ExitCode.OK, result.exit(), result.err());
        assertTrue(result.err().contains("读取 5 行，导入 5 行，已存在 0 行，未导入 0 行"), result.err());
        assertEquals(ranking(typed), ranking(ledger));
    }

    @Test
    void importedRowsAreNormalisedCells() throws Exception {
        Path ledger = folder.resolve("2018-06.xlsx");

        run("import", gbkSource().toString(), "--into", ledger.toString());

        try (Workbook book = WorkbookFactory.create(ledger.toFile())) {
            Sheet sheet = book.getSheet("录用");
            Row joint = sheet.getRow(6);
            assertEquals("区发改局、区民政局", joint.getCell(0).getStringCellValue());
            assertEquals("萧山信息•每日动态", joint.getCell(2).getStringCellValue());
            assertTrue(DateUtil.isCellDateFormatted(joint.getCell(3)));
            assertEquals(LocalDate.of(2018, 6, 12), joint.getCell(3).getLocalDateTimeCellValue().toLocalDate());
            assertEquals("区发改局", sheet.getRow(3).getCell(0).getStringCellValue());
            Cell reportDate = sheet.getRow(4).getCell(3);
            assertEquals(LocalDate.of(2018, 6, 9), reportDate.getLocalDateTimeCellValue().toLocalDate());
            assertEquals("是", sheet.getRow(4).getCell(5).getStringCellValue());
        }
    }

    @Test
    void secondImportAddsNothing() throws Exception {
        Path source = gbkSource();
        Path ledger = folder.resolve("2018-06.xlsx");
        run("import", source.toString(), "--into", ledger.toString());
        List<String> first = ranking(ledger);
        byte[] before = Files.readAllBytes(ledger);

        Result again = run("import", source.toString(), "--into", ledger.toString());

        assertEquals(ExitCode.OK, again.exit(), again.err());
        assertTrue(again.err().contains("导入 0 行，已存在 5 行"), again.err());
        assertTrue(again.err().contains("未改动"), again.err());
        assertArrayEquals(before, Files.readAllBytes(ledger));
        assertFalse(Files.exists(folder.resolve("2018-06.xlsx.bak")));
        assertEquals(first, ranking(ledger));
    }

    @Test
    void unknownUnitGoesToRejectsWithSuggestion() throws Exception {
        Path source = csv("清单.csv", StandardCharsets.UTF_8, "\uFEFF", List.of(HEADER,
                new Object[] {"区市场监管", "市场主体登记提速", "萧山信息•专报", "2018-06-05", ""},
                new Object[] {"区民政局", "养老服务一次办", "萧山信息•专报", "2018-06-06", ""}));
        Path ledger = folder.resolve("2018-06.xlsx");

        Result result = run("import", source.toString(), "--into", ledger.toString());

        assertEquals(ExitCode.PROBLEMS, result.exit(), result.err());
        assertTrue(result.err().contains("清单.csv 第2行：无法识别的单位“区市场监管”，是否为 区市场监督管理局"), result.err());
        Path rejects = folder.resolve("2018-06-未导入.csv");
        List<String> lines = Files.readAllLines(rejects, StandardCharsets.UTF_8);
        assertEquals("\uFEFF单位,信息标题,录用刊物,录用日期,审核,未导入原因,来源位置", lines.get(0));
        assertTrue(lines.get(1).startsWith("区市场监管,市场主体登记提速,萧山信息•专报,2018-06-05,,"), lines.get(1));
        assertTrue(lines.get(1).contains("是否为 区市场监督管理局"), lines.get(1));
        assertTrue(lines.get(1).endsWith("清单.csv 第2行"), lines.get(1));
        assertEquals(2, lines.size());
    }

    @Test
    void fixedRejectsFileImportsWithoutOverwritingIt() throws Exception {
        Path ledger = folder.resolve("2018-06.xlsx");
        Path rejects = csv("2018-06-未导入.csv", StandardCharsets.UTF_8, "\uFEFF", List.of(
                new Object[] {"单位", "信息标题", "录用刊物", "录用日期", "未导入原因", "来源位置"},
                new Object[] {"区市场监督管理局", "市场主体登记提速", "萧山信息•专报", "2018-06-05", "旧原因", "清单.csv 第2行"},
                new Object[] {"区市场", "另一篇", "萧山信息•专报", "2018-06-05", "旧原因", "清单.csv 第3行"}));
        byte[] before = Files.readAllBytes(rejects);

        Result result = run("import", rejects.toString(), "--into", ledger.toString());

        assertEquals(ExitCode.PROBLEMS, result.exit(), result.err());
        assertFalse(result.err().contains("未导入原因"), result.err());
        assertArrayEquals(before, Files.readAllBytes(rejects));
        assertTrue(Files.exists(folder.resolve("2018-06-未导入(2).csv")));
    }

    @Test
    void existingLedgerKeepsSheetsStylesWidthsAndFormulas() throws Exception {
        Path ledger = folder.resolve("2018-06.xlsx");
        try (TestWorkbook book = TestWorkbook.xlsx()) {
            book.sheet("说明").row("本台账由区跑改办维护");
            book.sheet("录用").row("2018年6月录用台账").row("序号", "单位", "信息标题", "录用刊物", "录用日期")
                    .row(1, "区民政局", "婚姻登记一次办结", "杭州日报", LocalDate.of(2018, 6, 10));
            Sheet adoptions = book.currentSheet();
            adoptions.setColumnWidth(2, 40 * 256);
            CellStyle bold = book.workbook().createCellStyle();
            Font font = book.workbook().createFont();
            font.setBold(true);
            bold.setFont(font);
            adoptions.getRow(1).getCell(1).setCellStyle(bold);
            book.sheet("统计").row("录用行数", "=COUNTA(录用!B3:B100)");
            book.writeTo(ledger);
        }
        byte[] original = Files.readAllBytes(ledger);

        Result result = run("import", gbkSource().toString(), "--into", ledger.toString());

        assertEquals(ExitCode.OK, result.exit(), result.err());
        assertArrayEquals(original, Files.readAllBytes(folder.resolve("2018-06.xlsx.bak")));
        assertTrue(result.err().contains("导入 4 行，已存在 1 行"), result.err());
        assertTrue(result.err().contains("工作表“录用”原来没有“审核”列，已加在表头末尾"), result.err());
        try (InputStream in = Files.newInputStream(ledger); Workbook book = WorkbookFactory.create(in)) {
            assertEquals("本台账由区跑改办维护", book.getSheet("说明").getRow(0).getCell(0).getStringCellValue());
            Sheet adoptions = book.getSheet("录用");
            assertEquals(40 * 256, adoptions.getColumnWidth(2));
            Cell header = adoptions.getRow(1).getCell(1);
            assertTrue(book.getFontAt(header.getCellStyle().getFontIndex()).getBold());
            assertEquals("COUNTA(录用!B3:B100)", book.getSheet("统计").getRow(0).getCell(1).getCellFormula());
            assertEquals("区民政局", adoptions.getRow(2).getCell(1).getStringCellValue());
            Row first = adoptions.getRow(3);
            assertEquals("区市场监督管理局", first.getCell(1).getStringCellValue());
            assertTrue(DateUtil.isCellDateFormatted(first.getCell(4)));
            assertEquals("审核", adoptions.getRow(1).getCell(5).getStringCellValue());
            assertEquals("是", adoptions.getRow(5).getCell(5).getStringCellValue());
            assertEquals(6, adoptions.getLastRowNum());
        }
    }

    @Test
    void workbookSourcesWithOtherHeaders() throws Exception {
        Path xlsx;
        try (TestWorkbook book = TestWorkbook.xlsx()) {
            book.sheet("Sheet1").row("来源单位", "信息标题", "刊物名称", "发布日期")
                    .row("区市场监管局", "市场监管“最多跑一次”改革推进", "杭州信息•今日要情", LocalDate.of(2018, 6, 5))
                    .row("区发改委", "投资项目审批提速", "萧山信息•专报", LocalDate.of(2018, 6, 8));
            xlsx = book.writeTo(folder.resolve("刊物录用.xlsx"));
        }
        Path xls;
        try (TestWorkbook book = TestWorkbook.xls()) {
            book.sheet("媒体").row("序号", "报送单位", "标题", "媒体", "刊发日期", "审核确定")
                    .row(1, "区发改委", "投资项目审批提速", "浙江日报", "2018年6月9日", "是")
                    .row(2, "区民政局", "婚姻登记一次办结", "杭州日报", LocalDate.of(2018, 6, 10), null);
            xls = book.writeTo(folder.resolve("媒体报道.xls"));
        }
        Path ledger = folder.resolve("2018-06.xlsx");

        Result result = run("import", xlsx.toString(), xls.toString(), "--into", ledger.toString(),
                "--map", "来源单位=单位", "--map", "刊物名称=录用刊物", "--map", "发布日期=录用日期");

        assertEquals(ExitCode.OK, result.exit(), result.err());
        assertTrue(result.err().contains("媒体报道.xls 媒体：以下列不是工作表“录用”的列，未导入：序号"), result.err());
        assertTrue(result.err().contains("刊物录用.xlsx Sheet1 → 录用：读取 2 行，导入 2 行"), result.err());
        List<String> ranking = ranking(ledger);
        assertEquals("A,1,区发改局,10,15,0,0,25,25,60,0.417,否", ranking.get(1));
        assertEquals("A,2,区市场监督管理局,10,0,0,0,10,10,60,0.167,否", ranking.get(2));
    }

    @Test
    void headersFittingTwoSheetsAskForSheetOption() throws Exception {
        Path source = csv("混合.csv", StandardCharsets.UTF_8, "", List.of(
                new Object[] {"单位", "信息标题", "录用刊物", "录用日期", "批示领导", "批示日期"},
                new Object[] {"区民政局", "养老服务一次办", "萧山信息•专报", "2018-06-06", "区领导", "2018-06-08"}));
        Path ledger = folder.resolve("2018-06.xlsx");

        Result result = run("import", source.toString(), "--into", ledger.toString());

        assertEquals(ExitCode.USAGE, result.exit(), result.err());
        assertTrue(result.err().contains("表头同时符合工作表 录用、批示"), result.err());
        assertTrue(result.err().contains("--sheet"), result.err());
        assertFalse(Files.exists(ledger));

        Result chosen = run("import", source.toString(), "--into", ledger.toString(), "--sheet", "批示");

        assertEquals(ExitCode.OK, chosen.exit(), chosen.err());
        assertTrue(chosen.err().contains("混合.csv → 批示：读取 1 行，导入 1 行"), chosen.err());
    }

    @Test
    void unknownHeadersAskForMapOption() throws Exception {
        Path source = csv("乱表.csv", StandardCharsets.UTF_8, "", List.of(
                new Object[] {"部门", "文章", "载体", "时间"},
                new Object[] {"区民政局", "养老服务一次办", "萧山信息•专报", "2018-06-06"}));

        Result result = run("import", source.toString(), "--into", folder.resolve("2018-06.xlsx").toString());

        assertEquals(ExitCode.USAGE, result.exit(), result.err());
        assertTrue(result.err().contains("乱表.csv：前 30 行中找不到可识别的表头"), result.err());
        assertTrue(result.err().contains("--map"), result.err());
    }

    @Test
    void neitherUtf8NorGb18030IsUnreadable() throws Exception {
        Path source = folder.resolve("unicode.csv");
        Files.write(source, "单位,信息标题\r\n".getBytes(StandardCharsets.UTF_16LE));
        byte[] withBom = new byte[Files.readAllBytes(source).length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(Files.readAllBytes(source), 0, withBom, 2, withBom.length - 2);
        Files.write(source, withBom);

        Result result = run("import", source.toString(), "--into", folder.resolve("2018-06.xlsx").toString());

        assertEquals(ExitCode.UNREADABLE, result.exit(), result.err());
        assertTrue(result.err().contains("unicode.csv：既不是 UTF-8 编码也不是 GB18030（GBK）编码"), result.err());
        assertFalse(Files.exists(folder.resolve("2018-06.xlsx")));
    }

    @Test
    void templateRefusesToOverwriteWithoutForce() throws Exception {
        Path template = folder.resolve("2018-07.xlsx");
        assertEquals(ExitCode.OK, run("import", "--template", template.toString()).exit());
        byte[] first = Files.readAllBytes(template);

        Result again = run("import", "--template", template.toString());

        assertEquals(ExitCode.USAGE, again.exit(), again.err());
        assertTrue(again.err().contains("--force"), again.err());
        assertArrayEquals(first, Files.readAllBytes(template));
        assertEquals(ExitCode.OK, run("import", "--template", template.toString(), "--force").exit());
    }

    @Test
    void importIntoTemplateScores() throws Exception {
        Path ledger = folder.resolve("2018-06.xlsx");
        run("import", "--template", ledger.toString());

        Result result = run("import", gbkSource().toString(), "--into", ledger.toString());

        assertEquals(ExitCode.OK, result.exit(), result.err());
        assertTrue(Files.exists(folder.resolve("2018-06.xlsx.bak")));
        assertEquals("A,1,区发改局,12.50,15,0,0,27.50,27.50,60,0.458,否", ranking(ledger).get(1));
    }

    @Test
    void helpShowsExamples() {
        PrintStream previous = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            assertEquals(ExitCode.OK, Main.run(new String[] {"import", "--help"}));
        } finally {
            System.setOut(previous);
        }
        String help = out.toString(StandardCharsets.UTF_8);
        assertTrue(help.contains("kaohe import --template 2018-07.xlsx"), help);
        assertTrue(help.contains("退出码"), help);
    }
}
