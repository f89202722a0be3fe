package kaohe.notice;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Workbook;

import kaohe.rules.Unit;
import kaohe.scoring.Adoption;
import kaohe.scoring.AppliedDeduction;
import kaohe.scoring.ScoreResult;
import kaohe.scoring.ScoredArticle;
import kaohe.scoring.Sources;

/**
 * The 得分明细 sheet: a row per scored article, then a row per deduction with its points negative, so that
 * this sheet and 未计分 together name every data row of the ledgers.
 */
final class DetailSheet {

    static final String NAME = "得分明细";
    static final String ARTICLE = "信息";

    private static final List<Column> COLUMNS = List.of(
            Column.text("类别", 10), Column.wrapped("单位", 24), Column.wrapped("信息标题", 36),
            Column.text("信息编号", 12), Column.wrapped("计分刊物", 22), Column.of("刊物分", CellKind.POINTS),
            Column.wrapped("计分媒体", 16), Column.of("媒体分", CellKind.POINTS), Column.text("批示", 14),
            Column.of("批示加分", CellKind.POINTS), Column.of("合计", CellKind.POINTS),
            Column.of("每单位得分", CellKind.POINTS), Column.wrapped("未计入说明", 36), Column.wrapped("来源行", 22));

    private DetailSheet() {
    }

    static void write(Workbook workbook, Styles styles, String title, ScoreResult result) {
        TableSheet table = TableSheet.write(workbook, styles, NAME, COLUMNS, title, () -> rows(result),
                "本期没有计分的信息，也没有扣分。", true);
        table.sheet().setAutoFilter(TableSheet.filterRange(TableSheet.HEADER_ROW, table.nextRow() - 1,
                COLUMNS.size()));
    }

    /** Returns the rows, made afresh on each call so that a large detail never sits in memory as cell values. */
    private static Stream<List<Object>> rows(ScoreResult result) {
        boolean withFile = result.spansFiles();
        return Stream.concat(result.articles().stream().map(article -> articleRow(article, withFile)),
                result.deductions().stream().map(deduction -> deductionRow(deduction, withFile)));
    }

    private static List<Object> articleRow(ScoredArticle article, boolean withFile) {
        String instruction = article.instruction() == null ? "" : article.instruction().level().name();
        return Arrays.asList(ARTICLE, units(article.units()), article.title(), article.articleNumber(),
                outlets(article.publications()), article.publicationPoints(), outlets(article.media()),
                article.mediaPoints(), instruction, article.instructionBonus(), article.total(),
                article.creditPerUnit(), String.join("；", article.notAdded()),
                Sources.list(article.sources(), withFile));
    }

    private static List<Object> deductionRow(AppliedDeduction deduction, boolean withFile) {
        BigDecimal points = deduction.points().negate();
        return Arrays.asList(kind(deduction.kind()), deduction.unit().name(), deduction.reason(), "", "", null, "",
                null, "", null, points, points, "", Sources.list(deduction.sources(), withFile));
    }

    /** Returns the 类别 of a deduction row: 约稿扣分 or 其他扣分. */
    static String kind(AppliedDeduction.Kind kind) {
        return kind == AppliedDeduction.Kind.LATE_COMMISSION ? "约稿扣分" : "其他扣分";
    }

    private static String units(List<Unit> units) {
        return units.stream().map(Unit::name).collect(Collectors.joining("、"));
    }

    private static String outlets(List<Adoption> adoptions) {
        return adoptions.stream().map(adoption -> adoption.outlet().name()).collect(Collectors.joining("、"));
    }
}
