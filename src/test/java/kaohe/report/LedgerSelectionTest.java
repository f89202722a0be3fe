package kaohe.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerSelectionTest {

    private static final Period Q2 = new Period(2018, 2);

    @TempDir
    Path folder;

    private Path touch(String name) throws Exception {
        return Files.writeString(folder.resolve(name), "");
    }

    private static List<String> names(List<Path> files) {
        return files.stream().map(file -> file.getFileName().toString()).toList();
    }

    @Test
    void folderGivesItsLedgersOfThePeriod() throws Exception {
        for (String name : List.of("2018-04.xlsx", "201805.xls", "2018年6月台账.xlsx", "2018-07.xlsx", "~$2018-05.xlsx",
                "说明.docx", "台账.xlsx", "2018-06-通报.xlsx", "2018-06-通报.txt", "2018-Q2-报告.xlsx", ".2018-06.xlsx.part")) {
            touch(name);
        }
        Files.createDirectory(folder.resolve("2018-05 旧"));

        LedgerSelection selection = LedgerSelection.select(Q2, List.of(folder));

        assertEquals(List.of("2018-04.xlsx", "201805.xls", "2018年6月台账.xlsx"),
                names(selection.selected().stream().map(LedgerSelection.Selected::file).toList()));
        assertEquals(List.of(YearMonth.of(2018, 4), YearMonth.of(2018, 5), YearMonth.of(2018, 6)),
                selection.selected().stream().map(LedgerSelection.Selected::month).toList());
        assertEquals(9, selection.skipped().size(), selection.skipped().toString());
        assertEquals("月份 2018-07 不在2018年第二季度内", reason(selection, "2018-07.xlsx"));
        assertEquals("是 Excel 或 WPS 打开工作簿时留下的锁定文件（~$ 开头），不是台账", reason(selection, "~$2018-05.xlsx"));
        assertEquals("不是 .xlsx 或 .xls 工作簿", reason(selection, "说明.docx"));
        assertEquals("文件名中没有年月（台账应命名为 2018-06.xlsx 这样的形式）", reason(selection, "台账.xlsx"));
        assertEquals("是 kaohe 写出的通报或报告，不是台账", reason(selection, "2018-06-通报.txt"));
        assertEquals("是 kaohe 写出的通报或报告，不是台账", reason(selection, "2018-Q2-报告.xlsx"));
        assertEquals("隐藏文件", reason(selection, ".2018-06.xlsx.part"));
        assertEquals("是文件夹，其中的文件不读取", reason(selection, "2018-05 旧"));
    }

    @Test
    void undatedNamedFileIsKept() throws Exception {
        Path undated = touch("台账.xlsx");
        Path july = touch("2018-07.xlsx");

        LedgerSelection selection = LedgerSelection.select(Q2, List.of(undated, july, undated));

        assertEquals(List.of(new LedgerSelection.Selected(undated, null)), selection.selected());
        assertEquals(List.of(new LedgerSelection.Skipped(july, "月份 2018-07 不在2018年第二季度内")), selection.skipped());
    }

    private static String reason(LedgerSelection selection, String name) {
        return selection.skipped().stream().filter(skipped -> skipped.file().getFileName().toString().equals(name))
                .map(LedgerSelection.Skipped::reason).findFirst().orElse("not skipped");
    }
}
