package kaohe.notice;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

import kaohe.ledger.Location;
import kaohe.scoring.SetAside;

/**
 * Text that XML, POI or a spreadsheet treats specially, written into the notice by {@link CellXml} and read
 * back with POI.
 */
class CellXmlTest {

    private static final String SET_ASIDE = "未计分";
    private static final String LONG_TEXT = "长文本 <&> ".repeat(3000);
    /** Surrogate pairs at odd and even offsets, so that buffers of any size end between two halves of one. */
    private static final String LONG_PAIRS = "a𠀀".repeat(10_000);
    /** The first 1-based ledger row of the hostile rows added to the fixture. */
    private static final int FIRST_HOSTILE_ROW = 100;

    /** Text that XML, POI or a spreadsheet treats specially, each with what POI reads back, worked out by hand. */
    private static final List<String[]> HOSTILE = List.of(
            new String[] {" 前后有空格 ", " 前后有空格 "},
            new String[] {"\t制表符开头", "\t制表符开头"},
            new String[] {"结尾换行\n", "结尾换行\n"},
            new String[] {"回车换行\r\n第二行", "回车换行\r\n第二行"},
            new String[] {"控制\u0001字符\u001F与\u0000", "控制?字符?与?"},
            new String[] {"<b>粗体</b> & \"引号\" 'x'", "<b>粗体</b> & \"引号\" 'x'"},
            new String[] {"]]> 与 <![CDATA[", "]]> 与 <![CDATA["},
            new String[] {"𠀀𝄞 补充平面", "𠀀𝄞 补充平面"},
            new String[] {"两字节 é ß × § \u0080\u07FF 与三字节 \u0800", "两字节 é ß × § \u0080\u07FF 与三字节 \u0800"},
            new String[] {"孤立\uD800高代理", "孤立?高代理"},
            new String[] {"\uDC00低代理在前", "?低代理在前"},
            new String[] {"非字符\uFFFE\uFFFF", "非字符??"},
            new String[] {"=SUM(A1)", "=SUM(A1)"},
            new String[] {"_x0041_ 与 _x4e2D_ 与 _x12_ 与 _xGHIJ_", "_x0041_ 与 _x4e2D_ 与 _x12_ 与 _xGHIJ_"},
            new String[] {"\u00A0不换行空格\u00A0", "\u00A0不换行空格\u00A0"},
            new String[] {"\u3000全角空格\u3000", "\u3000全角空格\u3000"},
            new String[] {"", ""},
            new String[] {LONG_TEXT, LONG_TEXT},
            new String[] {LONG_PAIRS, LONG_PAIRS});

    @TempDir
    Path folder;

    @Test
    void hostileTextReadsBackAsPoiEscapesIt() throws IOException {
        NoticeFixture fixture = hostileFixture();
        Path file = folder.resolve("hostile.xlsx");
        new NoticeWriter(fixture.rules).write(fixture.score(), file);

        try (NoticeBook book = NoticeBook.open(file)) {
            List<Executable> checks = new ArrayList<>();
            for (int i = 0; i < HOSTILE.size(); i++) {
                Cell reason = book.cell(hostileRow(book, FIRST_HOSTILE_ROW + i), SET_ASIDE, "原因");
                String expected = HOSTILE.get(i)[1];
                checks.add(() -> assertEquals(CellType.STRING, reason.getCellType()));
                checks.add(() -> assertEquals(expected, reason.getStringCellValue()));
            }
            assertAll(checks);
        }
    }

    @Test
    void leadingAndTrailingSpaceKeptWithXmlSpace() throws IOException {
        NoticeFixture fixture = hostileFixture();
        Path file = folder.resolve("hostile.xlsx");
        new NoticeWriter(fixture.rules).write(fixture.score(), file);

        String xml = sheetXml(file, "xl/worksheets/sheet5.xml");
        assertTrue(xml.contains("<t xml:space=\"preserve\"> 前后有空格 </t>"), "leading and trailing spaces");
        assertTrue(xml.contains("<t xml:space=\"preserve\">&#x9;制表符开头</t>"), "a leading tab");
        assertTrue(xml.contains("<t>&#xa0;不换行空格&#xa0;</t>"), "no-break spaces are no white space to Java");
        assertTrue(xml.contains("<t>&lt;b&gt;粗体&lt;/b&gt; &amp; &quot;引号&quot; 'x'</t>"), "marks escaped");
        assertTrue(xml.contains("<t>]]&gt; 与 &lt;![CDATA[</t>"), "CDATA marks escaped");
        assertTrue(xml.contains("<t>_x005F_x0041_ 与 _x005F_x4e2D_ 与 _x12_ 与 _xGHIJ_</t>"), "character codes kept");
    }

    /** Returns the 未计分 row of the fixture's ledger and its 1-based {@code rowNumber}. */
    private static Row hostileRow(NoticeBook book, int rowNumber) {
        for (Row row : book.dataRows(SET_ASIDE)) {
            if (book.text(row, SET_ASIDE, "文件").equals(NoticeFixture.FILE)
                    && book.number(row, SET_ASIDE, "行") == rowNumber) {
                return row;
            }
        }
        throw new AssertionError("no set-aside row " + rowNumber);
    }

    /** The June fixture with a set-aside row, an article and a deduction for each hostile text. */
    private static NoticeFixture hostileFixture() {
        NoticeFixture fixture = NoticeFixture.june();
        YearMonth june = NoticeFixture.JUNE;
        for (int i = 0; i < HOSTILE.size(); i++) {
            String text = HOSTILE.get(i)[0];
            int row = FIRST_HOSTILE_ROW + i;
            fixture.records.setAside.add(new SetAside(Location.row(NoticeFixture.FILE, "录用", row),
                    SetAside.Disposition.PROBLEM, text));
            fixture.records.setAside.add(new SetAside(Location.row(text, text.isEmpty() ? null : text, row),
                    SetAside.Disposition.NOT_COUNTED, "工作表名 " + text));
            if (!text.isBlank()) {
                fixture.adoption(june, row, "区司法局", text, "萧山信息•每日动态", "2018-06-20", false);
                fixture.deduction(june, row, "区司法局", text, "-1", "2018-06-21");
            }
        }
        return fixture;
    }

    private static String sheetXml(Path file, String part) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry entry = zip.getEntry(part);
            try (InputStream in = zip.getInputStream(entry)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }
}
