package kaohe.notice;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import kaohe.rules.InstructionLevel;
import kaohe.rules.Level;
import kaohe.scoring.AppliedDeduction;
import kaohe.scoring.Figures;
import kaohe.scoring.ScoreResult;
import kaohe.scoring.SeriesRanking;
import kaohe.scoring.SetAside;
import kaohe.scoring.UnitStanding;

/**
 * Drafts the notice text (通报正文): plain Chinese paragraphs that the office edits before sending.
 *
 * <p>Every figure and name comes from the {@link ScoreResult}, so the text agrees with the sheets: the
 * month's totals come from {@link MonthFigures}, and the ranking, target, deduction and set-aside paragraphs
 * restate the 排名, 目标完成, 扣分明细 and 未计分 sheets over the whole period scored.
 */
final class NoticeText {

    /** Ends a sentence on a series that a roster of other rules may leave without units. */
    private static final String NO_UNITS = "本期没有考核单位。";

    private static final String INDENT = "\u3000\u3000";
    private static final List<Level> HIGHEST_FIRST = List.of(Level.NATIONAL, Level.PROVINCE, Level.CITY,
            Level.DISTRICT);

    private final List<InstructionLevel> instructionKinds;

    NoticeText(List<InstructionLevel> instructionKinds) {
        this.instructionKinds = List.copyOf(instructionKinds);
    }

    /** A paragraph of the text; a heading such as "一、信息报送和录用情况" is shown in 黑体. */
    record Paragraph(String text, boolean heading) {
    }

    /** Returns the paragraphs in order, headings included, none of them empty. */
    List<Paragraph> paragraphs(ScoreResult result) {
        List<Paragraph> paragraphs = new ArrayList<>();
        paragraphs.add(new Paragraph("各有关单位：", false));
        body(paragraphs, "现将" + NoticeTitle.period(result.month(), result.months())
                + "全区“最多跑一次”改革信息宣传考核情况通报如下。");

        heading(paragraphs, "一、信息报送和录用情况");
        body(paragraphs, monthTotals(result));
        if (result.months().size() > 1) {
            body(paragraphs, periodTotals(result));
        }

        heading(paragraphs, "二、考核排名情况");
        result.rankings().forEach(ranking -> body(paragraphs, topThree(ranking)));

        heading(paragraphs, "三、目标完成情况");
        result.rankings().forEach(ranking -> body(paragraphs, targets(ranking)));

        heading(paragraphs, "四、扣分情况");
        body(paragraphs, deductions(result));

        heading(paragraphs, "五、尚无信息录用的单位");
        result.rankings().forEach(ranking -> body(paragraphs, withoutAdoption(ranking)));

        heading(paragraphs, "六、未计分记录");
        body(paragraphs, setAside(result));
        return paragraphs;
    }

    private static void heading(List<Paragraph> paragraphs, String text) {
        paragraphs.add(new Paragraph(INDENT + text, true));
    }

    /** Adds a body paragraph, indented by two full-width spaces as Chinese official texts are. */
    private static void body(List<Paragraph> paragraphs, String text) {
        paragraphs.add(new Paragraph(INDENT + text, false));
    }

    private String monthTotals(ScoreResult result) {
        MonthFigures figures = MonthFigures.of(result, instructionKinds);
        List<String> levels = new ArrayList<>();
        for (Level level : HIGHEST_FIRST) {
            int count = figures.publicationsByLevel().get(level);
            if (count > 0) {
                levels.add(level.label() + "级" + count + "篇次");
            }
        }
        List<String> kinds = new ArrayList<>();
        for (Map.Entry<InstructionLevel, Integer> entry : figures.instructionsByKind().entrySet()) {
            if (entry.getValue() > 0) {
                kinds.add(entry.getKey().name() + entry.getValue() + "次");
            }
        }
        return NoticeTitle.monthText(result.month()) + "，全区各考核单位共报送信息" + figures.submissions() + "条；"
                + "信息被各级刊物录用" + figures.publications() + "篇次" + among(levels) + "；"
                + "经区“跑改办”审核确认的媒体报道" + figures.mediaReports() + "篇次；"
                + "获领导批示" + figures.instructions() + "次" + among(kinds) + "。";
    }

    private static String among(List<String> parts) {
        return parts.isEmpty() ? "" : "，其中" + String.join("、", parts);
    }

    private static String periodTotals(ScoreResult result) {
        int submissions = 0;
        for (SeriesRanking ranking : result.rankings()) {
            submissions += ranking.standings().stream().mapToInt(UnitStanding::submissions).sum();
        }
        return NoticeTitle.span(result.months().get(0), result.month()) + "累计报送信息" + submissions + "条，"
                + "计分信息" + result.articles().size() + "篇。";
    }

    private static String topThree(SeriesRanking ranking) {
        List<UnitStanding> top = ranking.standings().stream().filter(UnitStanding::topThree).toList();
        String series = ranking.series().label() + "单位";
        if (top.isEmpty()) {
            return series + "暂无累计得分高于0分的单位，本期不列前三名。";
        }
        String tied = top.size() > 3 ? "（含并列）" : "";
        return series + "累计得分前三名" + tied + "为：" + join(top, NoticeText::withScore) + "。";
    }

    private static String targets(SeriesRanking ranking) {
        List<UnitStanding> standings = ranking.standings();
        if (standings.isEmpty()) {
            return ranking.series().label() + "单位（年度目标" + Figures.points(ranking.series().target()) + "分）"
                    + NO_UNITS;
        }
        List<UnitStanding> below = ranking.belowTarget();
        int reached = standings.size() - below.size();
        String text = ranking.series().label() + "单位（年度目标" + Figures.points(ranking.series().target()) + "分）"
                + standings.size() + "个，已达标" + reached + "个，达标率"
                + Figures.percentText(TargetFigures.rate(reached, standings.size())) + "，平均得分"
                + Figures.points(TargetFigures.average(standings)) + "分";
        if (below.isEmpty()) {
            return text + "，全部达到目标分。";
        }
        return text + "；尚未达标的单位：" + join(below, standing -> standing.unit().name()) + "。";
    }

    private static String deductions(ScoreResult result) {
        if (result.deductions().isEmpty()) {
            return "本期无扣分。";
        }
        List<String> parts = new ArrayList<>();
        for (AppliedDeduction deduction : result.deductions()) {
            parts.add(deduction.unit().name() + "因" + deduction.reason() + "，扣" + Figures.points(deduction.points())
                    + "分");
        }
        BigDecimal total = result.deductions().stream().map(AppliedDeduction::points)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return "本期扣分" + result.deductions().size() + "项，共" + Figures.points(total) + "分：" + String.join("；", parts)
                + "。";
    }

    private static String withoutAdoption(SeriesRanking ranking) {
        List<UnitStanding> none = ranking.standings().stream().filter(standing -> standing.adoptions() == 0).toList();
        String series = ranking.series().label() + "单位";
        if (ranking.standings().isEmpty()) {
            return series + NO_UNITS;
        }
        if (none.isEmpty()) {
            return series + "均有信息录用。";
        }
        return series + "中尚无信息录用的有" + none.size() + "个：" + join(none, standing -> standing.unit().name()) + "。";
    }

    private static String setAside(ScoreResult result) {
        if (result.setAside().isEmpty()) {
            return "本期台账各行均已计分，无未计分记录。";
        }
        List<String> parts = new ArrayList<>();
        for (SetAside.Disposition disposition : SetAside.Disposition.values()) {
            long count = result.setAside().stream().filter(row -> row.disposition() == disposition).count();
            if (count > 0) {
                parts.add(disposition.label() + count + "行");
            }
        }
        String text = "台账中有" + result.setAside().size() + "行记录未计分（" + String.join("、", parts) + "），"
                + "逐行原因见“未计分”工作表";
        return text + (result.hasProblems() ? "，其中标为“问题”的记录请有关单位核对更正。" : "。");
    }

    private static String withScore(UnitStanding standing) {
        return standing.unit().name() + "（" + Figures.points(standing.score()) + "分）";
    }

    private static String join(List<UnitStanding> standings, Function<UnitStanding, String> text) {
        return standings.stream().map(text).collect(Collectors.joining("、"));
    }
}
