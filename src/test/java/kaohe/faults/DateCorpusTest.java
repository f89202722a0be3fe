package kaohe.faults;

import static kaohe.faults.RawXlsx.number;
import static kaohe.faults.RawXlsx.row;
import static kaohe.faults.RawXlsx.text;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kaohe.faults.Book.Formula;
import kaohe.faults.Book.Styled;

/**
 * Dates in every form a clerk's ledger stores them, run through {@code kaohe score}.
 *
 * <p>Each form gets a unit of its own with two 约稿 rows: a deadline of 2018-06-10 in the form, completed on
 * 2018-06-09 (on time), and a deadline of 2018-06-10 completed on 2018-06-11 in the form (late). A form read
 * right costs its unit exactly one late commission, 10 points; a form read as another day changes that, and
 * an unreadable one makes the row a problem and the exit code 3.
 */
class DateCorpusTest {

    /** Series C units, one for each date form of a test. */
    private static final String[] UNITS = {"城厢街道", "党湾镇", "戴村镇", "河上镇", "瓜沥镇", "临浦镇", "浦阳镇", "所前镇",
        "蜀山街道", "北干街道", "衙前镇", "新街街道", "新塘街道", "义桥镇", "靖江街道", "进化镇"};

    /** Serial days of 2018-06-09, 06-10 and 06-11 in the 1900 date system; the 1904 one is 1462 days less. */
    private static final int JUNE_9 = 43260;
    private static final int JUNE_10 = 43261;
    private static final int JUNE_11 = 43262;
    private static final int DAYS_1900_TO_1904 = 1462;

    @TempDir
    Path folder;

    /** A date form: the cell values that mean 2018-06-10 and 2018-06-11. */
    private record Form(Object june10, Object june11) {
    }

    private Path commissionLedger(List<Form> forms) throws Exception {
        try (Book book = Book.withAdoption()) {
            book.sheet("约稿").row("主题", "单位", "截止日期", "完成日期");
            for (int i = 0; i < forms.size(); i++) {
                book.row("约稿甲" + i, UNITS[i], forms.get(i).june10(), LocalDate.of(2018, 6, 9));
                book.row("约稿乙" + i, UNITS[i], LocalDate.of(2018, 6, 10), forms.get(i).june11());
            }
            return book.write(folder.resolve("2018-06.xlsx"));
        }
    }

    private void assertEachFormLateOnce(Path ledger, int forms) {
        ScoreRun.ledger(ledger).assertExit(0);
        RankingLines lines = RankingLines.read(ScoreRun.csvOf(ledger));
        lines.assertScore("区发改局", "10");
        for (int i = 0; i < forms; i++) {
            lines.assertDeduction(UNITS[i], "10");
        }
    }

    @Test
    void textDatesOfEveryForm() throws Exception {
        List<Form> forms = List.of(
                new Form("2018-06-10", "2018-06-11"),
                new Form("2018/6/10", "2018/6/11"),
                new Form("2018.6.10", "2018.6.11"),
                new Form("20180610", "20180611"),
                new Form("2018年6月10日", "2018年6月11日"),
                new Form("6月10日", "6月11日"),
                new Form("6.10", "6.11"),
                new Form("２０１８－０６－１０", "２０１８年６月１１日"),
                new Form("2018-06-10 09:30", "2018-06-11 17:45:00"),
                new Form("2018年6月10号", "2018 年 6 月 11 日"),
                new Form("\u00A02018-06-10\u3000", "\uFEFF2018/6/11\u200B"),
                new Form("2018-6-10", "2018.06.11"));

        assertEachFormLateOnce(commissionLedger(forms), forms.size());
    }

    @Test
    void serialsAndNumbersInGeneralAndTextCells() throws Exception {
        List<Form> forms = List.of(
                new Form(JUNE_10, JUNE_11),
                new Form(Integer.toString(JUNE_10), Integer.toString(JUNE_11)),
                new Form(20180610, 20180611),
                new Form(new Styled(JUNE_10, "@"), new Styled(JUNE_11, "@")),
                new Form(new Styled(JUNE_10, "0"), new Styled(JUNE_11 + 0.5, "0.00")),
                new Form("20180610", new Styled(20180611, "0")));

        assertEachFormLateOnce(commissionLedger(forms), forms.size());
    }

    @Test
    void chineseBuiltInAndCustomDateFormats() throws Exception {
        List<String> formats = List.of("yyyy\"年\"m\"月\"d\"日\"", "[DBNum1][$-804]yyyy\"年\"m\"月\"d\"日\"",
                "[$-804]yyyy\"年\"m\"月\"d\"日\";@", "m\"月\"d\"日\"", "#31", "#57", "#58", "#14",
                "[$-F800]dddd, mmmm dd, yyyy", "yyyy/m/d h:mm", "[DBNum1]m\"月\"d\"日\"");
        List<Form> forms = new ArrayList<>();
        for (String format : formats) {
            forms.add(new Form(new Styled(JUNE_10, format), new Styled(JUNE_11 + 0.75, format)));
        }

        assertEachFormLateOnce(commissionLedger(forms), forms.size());
    }

    @Test
    void datesInFormulaCells() throws Exception {
        List<Form> forms = List.of(
                new Form(new Formula("DATE(2018,6,10)", "yyyy-mm-dd"), new Formula("DATE(2018,6,11)", "yyyy-mm-dd")),
                new Form(new Formula("\"2018-06-\"&\"10\"", null), new Formula("\"2018年6月\"&11&\"日\"", null)),
                new Form(new Formula("43260+1", null), new Formula("DATE(2018,6,10)+1", "#31")));

        assertEachFormLateOnce(commissionLedger(forms), forms.size());
    }

    /** The 录用 sheet and a 约稿 sheet whose form cells are the XML given, for the forms POI cannot write. */
    private Path rawCommissionLedger(RawXlsx book, List<String[]> forms, int june9) {
        StringBuilder rows = new StringBuilder(row(1, text("A1", "主题"), text("B1", "单位"), text("C1", "截止日期"),
                text("D1", "完成日期")));
        for (int i = 0; i < forms.size(); i++) {
            int first = 2 * i + 2;
            int second = first + 1;
            rows.append(row(first, text("A" + first, "约稿甲" + i), text("B" + first, UNITS[i]), forms.get(i)[0]
                    .replace("REF", "C" + first), number("D" + first, Integer.toString(june9), 1)));
            rows.append(row(second, text("A" + second, "约稿乙" + i), text("B" + second, UNITS[i]),
                    number("C" + second, Integer.toString(june9 + 1), 1),
                    forms.get(i)[1].replace("REF", "D" + second)));
        }
        String adoption = "<sheetData>" + row(1, text("A1", "单位"), text("B1", "信息标题"), text("C1", "录用刊物"),
                text("D1", "录用日期")) + row(2, text("A2", "区发改委"), text("B2", "投资项目审批提速"),
                text("C2", "萧山信息•专报"), text("D2", "2018-06-05")) + "</sheetData>";
        return book.styles("<cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/></cellXfs>")
                .sheet("录用", adoption).sheet("约稿", "<sheetData>" + rows + "</sheetData>")
                .write(folder.resolve("2018-06.xlsx"));
    }

    @Test
    void dateSystem1904() {
        int june10 = JUNE_10 - DAYS_1900_TO_1904;
        List<String[]> forms = List.of(
                new String[] {number("REF", Integer.toString(june10), -1), number("REF", Integer.toString(june10 + 1),
                    -1)},
                new String[] {number("REF", Integer.toString(june10), 1), number("REF", Integer.toString(june10 + 1),
                    1)},
                new String[] {text("REF", Integer.toString(june10)), text("REF", "2018-06-11")});
        RawXlsx book = new RawXlsx().workbookProperties("<workbookPr date1904=\"1\"/>");

        assertEachFormLateOnce(rawCommissionLedger(book, forms, JUNE_9 - DAYS_1900_TO_1904), forms.size());
    }

    @Test
    void isoDatesInDateTypedCells() {
        List<String[]> forms = List.of(
                new String[] {isoDate("2018-06-10"), isoDate("2018-06-11T00:00:00")},
                new String[] {isoDate("2018-06-10T08:00:00Z"), isoDate("2018-06-11T23:59:59+08:00")},
                new String[] {isoDate("2018-06-10T00:00:00.000"), isoDate(" 2018-06-11 ")});

        assertEachFormLateOnce(rawCommissionLedger(new RawXlsx(), forms, JUNE_9), forms.size());
    }

    private static String isoDate(String value) {
        return "<c r=\"REF\" t=\"d\" s=\"1\"><v>" + value + "</v></c>";
    }

    @Test
    void unreadableDateNamesCellAndRestIsScored() throws Exception {
        Path ledger;
        try (Book book = Book.withAdoption()) {
            book.row("区市场监管局", "商事登记全程电子化", "萧山信息•专报", "2018.13.5")
                    .row("区民政局", "婚姻登记一次办结", "萧山信息•专报", "2018-02-30")
                    .row("区卫计局", "医疗服务一次办结", "萧山信息•专报", "下周一");
            ledger = book.write(folder.resolve("2018-06.xlsx"));
        }

        ScoreRun run = ScoreRun.ledger(ledger).assertExit(3);

        run.assertLine("2018-06.xlsx 录用!D3：", "无法识别的日期“2018.13.5”", "2018-06-05");
        run.assertLine("2018-06.xlsx 录用!D4：", "“2018-02-30”");
        run.assertLine("2018-06.xlsx 录用!D5：", "“下周一”");
        RankingLines.read(ScoreRun.csvOf(ledger)).assertScore("区发改局", "10");
    }

    @Test
    void formulaWithoutSavedResultIsProblem() {
        String sheet = "<sheetData>" + row(1, text("A1", "单位"), text("B1", "信息标题"), text("C1", "录用刊物"),
                text("D1", "录用日期")) + row(2, text("A2", "区发改委"), text("B2", "投资项目审批提速"),
                text("C2", "萧山信息•专报"), "<c r=\"D2\"><f>DATE(2018,6,5)</f></c>") + row(3, text("A3", "区民政局"),
                text("B3", "婚姻登记一次办结"), text("C3", "萧山信息•专报"), "<c r=\"D3\" t=\"e\"><v>#VALUE!</v></c>")
                + "</sheetData>";
        Path ledger = new RawXlsx().sheet("录用", sheet).write(folder.resolve("2018-06.xlsx"));

        ScoreRun run = ScoreRun.ledger(ledger).assertExit(3);

        run.assertLine("2018-06.xlsx 录用!D2：", "公式", "没有保存");
        run.assertLine("2018-06.xlsx 录用!D3：", "#VALUE!");
    }
}
