package kaohe.notice;

import java.math.BigDecimal;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Function;
import java.util.stream.Stream;

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
            Column.of("每单位得分", CellKind.POINTS), Column.wrapped("未计入说明", 36), Column.wrapped("来源行", 22),
            Column.wrapped("备注", 20));

    private DetailSheet() {
    }

    /** Measures the rows of the sheet, for {@link #write}; reads {@code result} only. */
    static TableMeasure measure(ScoreResult result) {
        return TableMeasure.of(COLUMNS, rows(result));
    }

    /** Writes the sheet, whose rows {@code measured} has measured, as {@link #measure} gives it. */
    static void write(XlsxBook book, Styles styles, String title, ScoreResult result, TableMeasure measured) {
        TableSheet table = TableSheet.write(book, styles, NAME, measured, title, () -> rows(result),
                "本期没有计分的信息，也没有扣分。", true);
        table.sheet().autoFilter(TableSheet.HEADER_ROW, table.nextRow() - 1, COLUMNS.size());
    }

    /** Returns the rows, made afresh on each call so that a large detail never sits in memory as cell values. */
    private static Stream<List<Object>> rows(ScoreResult result) {
        boolean withFile = result.spansFiles();
        return Stream.concat(result.articles().stream().map(article -> articleRow(article, withFile)),
                result.deductions().stream().map(deduction -> deductionRow(deduction, withFile)));
    }

    private static List<Object> articleRow(ScoredArticle article, boolean withFile) {
        return new ArticleRow(article, withFile);
    }

    private static List<Object> deductionRow(AppliedDeduction deduction, boolean withFile) {
        BigDecimal points = deduction.points().negate();
        return Arrays.asList(kind(deduction.kind()), deduction.unit().name(), deduction.reason(), "", "", null, "",
                null, "", null, points, points, "", Sources.list(deduction.sources(), withFile), "");
    }

    /** Returns the 类别 of a deduction row: 约稿扣分 or 其他扣分. */
    static String kind(AppliedDeduction.Kind kind) {
        return kind == AppliedDeduction.Kind.LATE_COMMISSION ? "约稿扣分" : "其他扣分";
    }

    /**
     * An article's values in the order of {@link #COLUMNS}, each made when first read and then kept. The
     * widths are measured over every row before any is written, and most text columns reach their widest
     * within the first rows, so measuring skips making their lists of units, outlets, sentences and rows.
     */
    private static final class ArticleRow extends AbstractList<Object> implements RandomAccess {
        private static final Object UNREAD = new Object();

        private final ScoredArticle article;
        private final boolean withFile;
        private final Object[] values = new Object[COLUMNS.size()];

        ArticleRow(ScoredArticle article, boolean withFile) {
            this.article = article;
            this.withFile = withFile;
            Arrays.fill(values, UNREAD);
        }

        @Override
        public Object get(int index) {
            Object value = values[index];
            if (value == UNREAD) {
                value = value(index);
                values[index] = value;
            }
            return value;
        }

        @Override
        public int size() {
            return values.length;
        }

        private Object value(int column) {
            return switch (column) {
                case 0 -> ARTICLE;
                case 1 -> units(article.units());
                case 2 -> article.title();
                case 3 -> article.articleNumber();
                case 4 -> outlets(article.publications());
                case 5 -> article.publicationPoints();
                case 6 -> outlets(article.media());
                case 7 -> article.mediaPoints();
                case 8 -> article.instruction() == null ? "" : article.instruction().level().name();
                case 9 -> article.instructionBonus();
                case 10 -> article.total();
                case 11 -> article.creditPerUnit();
                case 12 -> String.join("；", article.notAdded());
                case 13 -> Sources.list(article.sources(), withFile);
                case 14 -> String.join("；", article.remarks());
                default -> throw new IndexOutOfBoundsException(column);
            };
        }
    }

    private static String units(List<Unit> units) {
        return names(units, Unit::name);
    }

    private static String outlets(List<Adoption> adoptions) {
        return names(adoptions, adoption -> adoption.outlet().name());
    }

    /** Joins the names with "、", as {@code Collectors.joining} would, without a stream for one name. */
    private static <T> String names(List<T> items, Function<T, String> name) {
        if (items.size() == 1) {
            return name.apply(items.get(0));
        }
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            names.append(i == 0 ? "" : "、").append(name.apply(items.get(i)));
        }
        return names.toString();
    }
}
