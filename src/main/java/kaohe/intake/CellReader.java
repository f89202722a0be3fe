package kaohe.intake;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import kaohe.ledger.RawCell;
import kaohe.rules.Names;

/** Reads the non-date kinds of value from cells: text, codes, points and yes/no values. */
final class CellReader {

    private static final Set<String> YES = Set.of("是", "√", "✓", "✔", "已审核", "审核通过", "通过", "确认", "已确认",
            "同意", "y", "yes", "true", "1", "对");
    private static final Set<String> DONE = Set.of("是", "完成", "已完成", "按时完成", "已报送", "√", "✓", "✔");
    private static final Pattern WHOLE_DECIMAL = Pattern.compile("^(\\d+)\\.0+$");
    private static final Pattern POINTS_UNIT = Pattern.compile("分$");
    private static final Set<String> NOT_DONE = Set.of("否", "未完成", "未报送", "无", "×", "✗", "-", "/");

    private CellReader() {
    }

    /** The cell as display text: invisible characters dropped, white space folded; "" for a blank cell. */
    static String text(RawCell cell) {
        return cell == null ? "" : Names.clean(cell.text());
    }

    /**
     * A code such as 信息编号: the number in plain form ("7", never "7.0"), or the text compacted, so that a
     * number typed as text ("7.0", "７") reads the same as the number. Leading zeros of text are kept.
     */
    static String code(RawCell cell) {
        if (cell == null) {
            return "";
        }
        if (cell.kind() == RawCell.Kind.NUMBER) {
            return cell.number().stripTrailingZeros().toPlainString();
        }
        String code = Names.compact(cell.text());
        // Most codes, such as XS2018-7, have no decimal point, so they need no regular expression.
        return code.indexOf('.') < 0 ? code : WHOLE_DECIMAL.matcher(code).replaceFirst("$1");
    }

    /** Reads points: a number, or text such as "10", "-10", "－10分"; null when it is neither. */
    static BigDecimal points(RawCell cell) {
        if (cell.kind() == RawCell.Kind.NUMBER) {
            return cell.number();
        }
        if (cell.kind() != RawCell.Kind.TEXT) {
            return null;
        }
        String text = POINTS_UNIT.matcher(Names.compact(cell.text()).replace('\u2212', '-')).replaceFirst("");
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Whether a 审核 cell confirms: 是, √, 已审核, TRUE, 1 and the like. */
    static boolean confirms(RawCell cell) {
        return cell != null && YES.contains(answer(cell));
    }

    /** Whether a 完成情况 cell states the commission was done, without a date. */
    static boolean saysDone(RawCell cell) {
        return DONE.contains(answer(cell));
    }

    /** Whether a 完成情况 cell states it was not done (否, 未完成, ×). */
    static boolean saysNotDone(RawCell cell) {
        return NOT_DONE.contains(answer(cell));
    }

    private static String answer(RawCell cell) {
        return Names.compact(cell.text()).toLowerCase(Locale.ROOT);
    }
}
