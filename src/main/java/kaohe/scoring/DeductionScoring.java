package kaohe.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import kaohe.rules.Names;
import kaohe.rules.Settings;
import kaohe.scoring.SetAside.Disposition;

/** Applies the two kinds of deduction: commissions not completed on time, and other deductions. */
final class DeductionScoring {

    private final Settings settings;
    private final Consumer<SetAside> setAside;

    DeductionScoring(Settings settings, Consumer<SetAside> setAside) {
        this.settings = settings;
        this.setAside = setAside;
    }

    /**
     * Decides each commission from its last row and deducts the late ones.
     *
     * @param commissions rows in ledger order, oldest month first, so the last row of a commission is its state
     * @param asOf the last day of the month scored: a commission without a completion date is late only
     *     when its deadline is before this day
     */
    List<AppliedDeduction> commissions(List<Commission> commissions, LocalDate asOf) {
        Map<String, List<Commission>> rowsByCommission = new LinkedHashMap<>();
        for (Commission row : commissions) {
            rowsByCommission.computeIfAbsent(row.identity(), key -> new ArrayList<>()).add(row);
        }
        List<AppliedDeduction> late = new ArrayList<>();
        for (List<Commission> rows : rowsByCommission.values()) {
            Commission state = rows.get(rows.size() - 1);
            for (Commission earlier : rows.subList(0, rows.size() - 1)) {
                setAside.accept(new SetAside(earlier.source(), Disposition.NOT_COUNTED,
                        "同一约稿以 " + Sources.refer(earlier.source(), state.source()) + " 的记录为准"));
            }
            decide(state, asOf, late);
        }
        return late;
    }

    private void decide(Commission commission, LocalDate asOf, List<AppliedDeduction> late) {
        LocalDate deadline = commission.deadline();
        if (commission.completedOn() != null && commission.completedOn().isAfter(deadline)) {
            late.add(lateDeduction(commission, "截止" + Figures.date(deadline) + "，"
                    + Figures.date(commission.completedOn()) + "完成"));
        } else if (commission.completedOn() != null || commission.completed()) {
            setAside.accept(new SetAside(commission.source(), Disposition.NOT_COUNTED, "约稿按时完成，不扣分"));
        } else if (deadline.isBefore(asOf)) {
            late.add(lateDeduction(commission, "截止" + Figures.date(deadline) + "，至月底未完成"));
        } else {
            setAside.accept(new SetAside(commission.source(), Disposition.NOT_COUNTED,
                    "约稿尚未到期（截止日期 " + deadline + "），暂不扣分"));
        }
    }

    private AppliedDeduction lateDeduction(Commission commission, String why) {
        // Quotes inside the topic become single quotes, as Chinese writing nests them.
        String topic = commission.topic().replace('“', '‘').replace('”', '’');
        String reason = "未按时完成约稿任务“" + topic + "”（" + why + "）";
        return new AppliedDeduction(commission.unit(), AppliedDeduction.Kind.LATE_COMMISSION, reason,
                settings.lateCommissionPoints(), commission.deadline(), List.of(commission.source().wholeRow()));
    }

    /** Applies other deductions, setting aside zero, oversized and repeated rows. */
    List<AppliedDeduction> others(List<Deduction> deductions) {
        Map<String, Deduction> firstByKey = new LinkedHashMap<>();
        List<AppliedDeduction> applied = new ArrayList<>();
        for (Deduction row : deductions) {
            BigDecimal points = row.points().abs();
            if (points.signum() == 0) {
                setAside.accept(new SetAside(row.source(), Disposition.NOT_COUNTED, "扣分为 0，不扣分"));
                continue;
            }
            if (points.compareTo(settings.maxDeductionPoints()) > 0) {
                setAside.accept(new SetAside(row.source(), Disposition.PROBLEM, "扣分 " + Figures.points(points)
                        + " 超过单行上限 " + Figures.points(settings.maxDeductionPoints()) + " 分，请核对后改正"));
                continue;
            }
            String key = UnitKeys.of(row.unit()) + "|" + Names.titleKey(row.reason()) + "|" + row.date() + "|"
                    + points.stripTrailingZeros().toPlainString();
            Deduction first = firstByKey.putIfAbsent(key, row);
            if (first != null) {
                setAside.accept(new SetAside(row.source(), Disposition.DUPLICATE, "与 "
                        + Sources.refer(row.source(), first.source()) + " 重复（同一单位、事由、日期和分值），只扣一次"));
                continue;
            }
            applied.add(new AppliedDeduction(row.unit(), AppliedDeduction.Kind.OTHER, row.reason(), points,
                    row.date(), List.of(row.source().wholeRow())));
        }
        return applied;
    }
}
