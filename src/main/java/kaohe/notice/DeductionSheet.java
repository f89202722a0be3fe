package kaohe.notice;

import java.util.Arrays;
import java.util.List;

import kaohe.scoring.AppliedDeduction;
import kaohe.scoring.ScoreResult;
import kaohe.scoring.Sources;

/** The 扣分明细 sheet: each deduction with its unit, kind, reason, points (positive), date and rows. */
final class DeductionSheet {

    static final String NAME = "扣分明细";

    private static final List<Column> COLUMNS = List.of(
            Column.text("单位", 28), Column.text("类别", 16), Column.wrapped("事由", 60),
            Column.of("扣分", CellKind.POINTS), Column.of("日期", CellKind.DATE), Column.wrapped("来源行", 24));

    private DeductionSheet() {
    }

    static void write(XlsxBook book, Styles styles, String title, ScoreResult result) {
        boolean withFile = result.spansFiles();
        TableSheet.write(book, styles, NAME, COLUMNS, title,
                () -> result.deductions().stream().map(deduction -> values(deduction, withFile)), "本期无扣分。", true);
    }

    private static List<Object> values(AppliedDeduction deduction, boolean withFile) {
        return Arrays.asList(deduction.unit().name(), deduction.kind().label(), deduction.reason(),
                deduction.points(), deduction.date(), Sources.list(deduction.sources(), withFile));
    }
}
