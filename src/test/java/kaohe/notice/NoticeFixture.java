package kaohe.notice;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;

import kaohe.intake.LedgerLoader;
import kaohe.intake.LoadedLedger;
import kaohe.ledger.LedgerException;
import kaohe.ledger.Location;
import kaohe.ledger.ReadOptions;
import kaohe.ledger.WorkbookReader;
import kaohe.rules.Rules;
import kaohe.rules.RulesLoader;
import kaohe.rules.Unit;
import kaohe.scoring.Adoption;
import kaohe.scoring.Commission;
import kaohe.scoring.Deduction;
import kaohe.scoring.Instruction;
import kaohe.scoring.LedgerRecords;
import kaohe.scoring.ScoreResult;
import kaohe.scoring.Scorer;
import kaohe.scoring.SetAside;
import kaohe.scoring.Submission;

/**
 * A June 2018 ledger built by hand, whose scores are worked out from the rules in the comments, and helpers
 * to build records of other months.
 *
 * <p>Scores under the 2018 rules: A 区市场监督管理局 45 (省简报 15 + 市主要领导 30), 区发改局 30 (杭州信息•专报 20 +
 * 杭州日报 10, 每日动态 5 not added), 区公安分局 5 (萧山信息•专报 10 − 迟报 5), 区人力社保局 5 and 区民政局 −5
 * (joint 10 split, 区民政局 − late commission 10); B 区档案局 30 (浙江信息•专报); C 瓜沥镇 10, 城厢街道 5, 党湾镇 5.
 */
final class NoticeFixture {

    static final String FILE = "2018-06.xlsx";
    static final YearMonth JUNE = YearMonth.of(2018, 6);
    static final String FORMULA_TITLE = "=SUM(A1)";

    private static final Path SAMPLES = Path.of(System.getProperty("basedir", "."), "samples");

    final Rules rules = RulesLoader.defaults();
    final LedgerRecords records = new LedgerRecords();

    /** Builds the June ledger: 13 录用 rows, 2 批示, 3 约稿, 1 扣分, 7 报送 and one 录用 row the reader set aside. */
    /** Reads and scores a ledger of samples/, such as "2018-06.xlsx", with the default rules. */
    static ScoreResult scoreSample(Rules rules, String ledger) throws IOException, LedgerException {
        return scoreLedger(rules, SAMPLES.resolve(ledger));
    }

    static ScoreResult scoreLedger(Rules rules, Path ledger) throws IOException, LedgerException {
        LedgerLoader loader = new LedgerLoader(rules, new WorkbookReader(ReadOptions.defaults()), new LongAdder());
        LoadedLedger loaded = loader.load(ledger, null);
        return new Scorer(rules).score(loaded.records(), loaded.month());
    }

    static NoticeFixture june() {
        NoticeFixture fixture = new NoticeFixture();
        fixture.addJune();
        return fixture;
    }

    ScoreResult score() {
        return new Scorer(rules).score(records, JUNE);
    }

    ScoreResult score(YearMonth month) {
        return new Scorer(rules).score(records, month);
    }

    private void addJune() {
        YearMonth m = JUNE;
        adoption(m, 3, "区发改局", "推进投资项目审批提速", "杭州信息•专报", "2018-06-05", false, "领导圈阅");
        adoption(m, 4, "区发改局", "推进投资项目审批提速", "萧山信息•每日动态", "2018-06-03", false, "网站转载");
        adoption(m, 5, "区发改局", "推进投资项目审批提速", "杭州日报", "2018-06-06", true, "领导圈阅");
        adoption(m, 6, "区市场监督管理局", FORMULA_TITLE, "省“最多跑一次”改革简报", "2018-06-08", false);
        adoption(m, 7, "区公安分局", "一窗受理改革", "萧山信息•专报", "2018-06-10", false);
        adoption(m, 8, "区公安分局", "一窗受理改革", "萧山信息•专报", "2018-06-10", false);
        adoption(m, 9, "区民政局、区人力社保局", "社会救助一件事", "市“最多跑一次”改革简报", "2018-06-11", false);
        adoption(m, 10, "区教育局", "入学报名网上办", "浙江日报", "2018-06-12", false);
        adoption(m, 11, "区国税局", "办税一次不用跑", "萧山信息•每日动态", "2018-06-13", false);
        adoption(m, 12, "城厢街道", "街道便民服务中心", "区“最多跑一次”改革情况交流", "2018-06-14", false);
        adoption(m, 13, "党湾镇", "党湾镇全程代办", "萧山信息•每日动态", "2018-06-15", false);
        adoption(m, 14, "瓜沥镇", "瓜沥镇审批提速", "萧山信息•专报", "2018-06-16", false);
        adoption(m, 15, "区档案局", "档案查询一次办", "浙江信息•专报", "2018-06-18", false);
        records.setAside.add(new SetAside(new Location(FILE, "录用", 16, 3), SetAside.Disposition.PROBLEM,
                "录用刊物“萧山日报”不在渠道表中"));

        instruction(m, 3, "区市场监督管理局", FORMULA_TITLE, "市主要领导");
        instruction(m, 4, "区卫计局", "不存在的信息", "区领导");

        commission(m, 3, "区民政局", "养老服务", "2018-06-10", null);
        commission(m, 4, "区环保局", "环评审批", "2018-06-20", "2018-06-18");
        commission(m, 5, "区城市管理局", "城管执法", "2018-07-05", null);

        deduction(m, 3, "区公安分局", "重大信息迟报", "-5", "2018-06-12");

        submission(m, 3, "区发改局", "推进投资项目审批提速", "2018-06-01");
        submission(m, 4, "区发改局", "企业投资一件事", "2018-06-02");
        submission(m, 5, "区市场监督管理局", FORMULA_TITLE, "2018-06-02");
        submission(m, 6, "区公安分局", "一窗受理改革", "2018-06-03");
        submission(m, 7, "区公安分局", "一窗受理改革", "2018-06-03");
        submission(m, 8, "城厢街道", "街道便民服务中心", "2018-06-04");
        submission(m, 9, "区国税局", "办税一次不用跑", "2018-06-05");
        records.months.add(m);
    }

    static String file(YearMonth month) {
        return String.format("%d-%02d.xlsx", month.getYear(), month.getMonthValue());
    }

    Unit unit(String name) {
        Unit unit = rules.roster().find(name);
        if (unit == null) {
            throw new IllegalArgumentException("not on the roster: " + name);
        }
        return unit;
    }

    void adoption(YearMonth month, int row, String units, String title, String outlet, String date,
                  boolean confirmed) {
        adoption(month, row, units, title, outlet, date, confirmed, "");
    }

    void adoption(YearMonth month, int row, String units, String title, String outlet, String date,
                  boolean confirmed, String remark) {
        List<Unit> credited = java.util.Arrays.stream(units.split("、")).map(this::unit).toList();
        records.adoptions.add(new Adoption(Location.row(file(month), "录用", row), month, credited, title, "",
                rules.outlets().find(outlet), LocalDate.parse(date), confirmed, remark));
    }

    void instruction(YearMonth month, int row, String unit, String title, String level) {
        records.instructions.add(new Instruction(Location.row(file(month), "批示", row), month, unit(unit), title,
                "", rules.instructions().find(level), null));
    }

    void commission(YearMonth month, int row, String unit, String topic, String deadline, String completed) {
        records.commissions.add(new Commission(Location.row(file(month), "约稿", row), month, "", topic, unit(unit),
                LocalDate.parse(deadline), completed == null ? null : LocalDate.parse(completed), false));
    }

    void deduction(YearMonth month, int row, String unit, String reason, String points, String date) {
        records.deductions.add(new Deduction(Location.row(file(month), "扣分", row), month, unit(unit), reason,
                new BigDecimal(points), LocalDate.parse(date)));
    }

    void submission(YearMonth month, int row, String unit, String title, String date) {
        records.submissions.add(new Submission(Location.row(file(month), "报送", row), month, unit(unit), title,
                LocalDate.parse(date)));
    }
}
