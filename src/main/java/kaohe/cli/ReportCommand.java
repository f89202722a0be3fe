package kaohe.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;

import kaohe.intake.Ledgers;
import kaohe.intake.LoadedLedger;
import kaohe.report.LedgerSelection;
import kaohe.report.Period;
import kaohe.notice.AtomicFiles;
import kaohe.report.PeriodCsv;
import kaohe.report.PeriodReport;
import kaohe.report.ReportWriter;
import kaohe.rules.Rules;
import kaohe.scoring.ScoreResult;
import kaohe.scoring.Scorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kaohe report}: the quarter or year report from the period's monthly ledgers. */
@Command(name = ReportCommand.NAME, synopsisHeading = Main.SYNOPSIS_HEADING, optionListHeading = Main.OPTION_HEADING,
        parameterListHeading = Main.PARAMETER_HEADING,
        description = {
            "把一个季度或一年的月度台账合并计分，写出季度或年度报告工作簿：期间排名（含各月得分和核对行）、"
                    + "目标完成、得分图、精品信息候选，年度报告另有评先参考。",
            "同一篇信息跨月升级只按最高计一次；缺少台账的月份会列出，不会被悄悄跳过。"},
        footer = {
            "%n示例：",
            "  kaohe report --quarter 2018-Q2 台账/",
            "      读取“台账”文件夹中 2018 年 4–6 月的台账，写出 台账/2018-Q2-报告.xlsx",
            "  kaohe report --quarter 2018-Q2 2018-04.xlsx 2018-05.xlsx --csv 排名.csv",
            "      只给出 4、5 月的台账：报告注明缺少 2018-06；另写出期间排名 CSV",
            "  kaohe report --year 2018 台账/ -o 报告/2018年度.xlsx --force",
            "      全年报告（含评先参考），写到指定位置并覆盖已有文件",
            ExitCode.TABLE})
final class ReportCommand implements Callable<Integer> {

    static final String NAME = "report";

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    LedgerOptions ledgerOptions;

    @Option(names = "--quarter", paramLabel = "YYYY-Qn", description = "报告的季度，如 2018-Q2（Q1 至 Q4）")
    String quarter;

    @Option(names = "--year", paramLabel = "YYYY", description = "报告的年度，如 2018；与 --quarter 二者选一")
    String year;

    @Parameters(paramLabel = "LEDGER", arity = "1..*",
            description = "月度台账工作簿（.xlsx 或 .xls），或含台账的文件夹：文件夹中文件名带年月的工作簿都会读取，"
                    + "~$ 开头的锁定文件、其他文件和期间外的月份跳过并列出")
    List<Path> inputs;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "报告工作簿的路径；默认与台账同一文件夹，名为 2018-Q2-报告.xlsx 或 2018-年度报告.xlsx")
    Path output;

    @Option(names = "--csv", paramLabel = "FILE",
            description = "另写出期间排名 CSV（UTF-8，带 BOM），每个月一列该月得分")
    Path csv;

    @Option(names = "--force", description = "输出文件已存在时覆盖它（输入的台账在任何情况下都不会被覆盖）")
    boolean force;

    @Option(names = "--list-ledgers",
            description = "只列出期间内找到的台账（每行：月份、制表符、路径，按月份排列）到标准输出，不计分，不写文件")
    boolean listLedgers;

    @Override
    public Integer call() {
        Console console = common.console(spec.commandLine().getErr());
        return new Run(console).report();
    }

    /** One run of the command, from the options to the files written. */
    private final class Run extends CommandRun {

        Run(Console console) {
            super(console);
        }

        int report() {
            try (Progress progress = new Progress(console)) {
                Period period = period();
                Rules rules = rules(ledgerOptions);
                LedgerSelection selection = select(period);
                selection.skipped().forEach(skipped -> console.info("跳过 " + skipped.file() + "：" + skipped.reason()));
                List<LoadedLedger> undated = loadUndated(period, selection, rules, progress);
                List<Path> dated = selection.selected().stream().filter(selected -> selected.month() != null)
                        .map(LedgerSelection.Selected::file).toList();
                if (undated.isEmpty() && dated.isEmpty()) {
                    throw fail(ExitCode.USAGE, "没有找到" + period.label() + "的台账（应为 " + period.months().get(0)
                            + ".xlsx 这样以年月命名的工作簿），请检查文件名、文件夹和 --quarter/--year");
                }
                if (listLedgers) {
                    return list(period, selection, undated);
                }

                List<LoadedLedger> ledgers = new ArrayList<>(undated);
                if (!dated.isEmpty()) {
                    ledgers.addAll(load(rules, dated, ledgerOptions, null, progress).ledgers());
                }
                Ledgers loaded = Ledgers.pool(ledgers);
                reportMissingMonths(period, loaded.ledgers().stream().map(LoadedLedger::month).toList());
                Path report = output != null ? output : defaultReport(period, loaded);
                checkOutputs(csv == null ? List.of(report) : List.of(report, csv), files(loaded), force);

                progress.stage("计分");
                ScoreResult result = new Scorer(rules).score(loaded.records(), loaded.latestMonth());
                PeriodReport periodReport = PeriodReport.build(period, loaded, result, rules.settings());

                progress.stage("写入报告");
                try (AtomicFiles.Batch outputs = new AtomicFiles.Batch()) {
                    outputs.add(report, ReportWriter.content(periodReport));
                    if (csv != null) {
                        outputs.add(csv, PeriodCsv.content(periodReport));
                    }
                    outputs.commit();
                }
                summarize(loaded, periodReport, report);
                return result.hasProblems() ? ExitCode.PROBLEMS : ExitCode.OK;
            } catch (RunFailure failure) {
                return failure.exitCode;
            } catch (IOException e) {
                return writeFailed(e);
            }
        }

        private Period period() throws RunFailure {
            if ((quarter == null) == (year == null)) {
                throw fail(ExitCode.USAGE, "请用 --quarter 2018-Q2 或 --year 2018 指定报告期间（二者选一）");
            }
            try {
                return quarter != null ? Period.parseQuarter(quarter) : Period.parseYear(year);
            } catch (IllegalArgumentException e) {
                throw fail(ExitCode.USAGE, e.getMessage());
            }
        }

        /**
         * Reads the ledgers whose file names give no month, to take the month from their dates, and keeps
         * those of the period.
         */
        private List<LoadedLedger> loadUndated(Period period, LedgerSelection selection, Rules rules,
                                               Progress progress) throws RunFailure {
            List<Path> undated = selection.selected().stream().filter(selected -> selected.month() == null)
                    .map(LedgerSelection.Selected::file).toList();
            if (undated.isEmpty()) {
                return List.of();
            }
            List<LoadedLedger> kept = new ArrayList<>();
            for (LoadedLedger ledger : load(rules, undated, ledgerOptions, null, progress).ledgers()) {
                if (period.contains(ledger.month())) {
                    kept.add(ledger);
                } else {
                    console.info("跳过 " + ledger.file() + "：" + LedgerSelection.outsideReason(period, ledger.month())
                            + "（月份取自记录日期）");
                }
            }
            return kept;
        }

        /** Prints the period's ledgers, oldest month first, without reading those whose name gives the month. */
        private int list(Period period, LedgerSelection selection, List<LoadedLedger> undated) {
            List<LedgerSelection.Selected> ledgers = new ArrayList<>(selection.selected().stream()
                    .filter(selected -> selected.month() != null).toList());
            undated.forEach(ledger -> ledgers.add(new LedgerSelection.Selected(ledger.file(), ledger.month())));
            ledgers.sort(Comparator.comparing(LedgerSelection.Selected::month));
            reportMissingMonths(period, ledgers.stream().map(LedgerSelection.Selected::month).toList());
            PrintWriter out = spec.commandLine().getOut();
            ledgers.forEach(ledger -> out.println(ledger.month() + "\t" + ledger.file()));
            out.flush();
            return ExitCode.OK;
        }

        private LedgerSelection select(Period period) throws RunFailure {
            try {
                return LedgerSelection.select(period, inputs);
            } catch (IOException e) {
                console.trace(e);
                throw fail(ExitCode.UNREADABLE, "无法读取文件夹：" + Workbooks.describe(e));
            }
        }

        private void reportMissingMonths(Period period, List<YearMonth> given) {
            List<String> missing = period.months().stream().filter(month -> !given.contains(month))
                    .map(YearMonth::toString).toList();
            if (!missing.isEmpty()) {
                console.error("注意：" + period.label() + "缺少 " + String.join("、", missing)
                        + " 的台账，这些月份未计分" + (listLedgers ? "" : "；报告中已注明"));
            }
        }

        private Path defaultReport(Period period, Ledgers loaded) {
            Path latest = loaded.ledgers().get(loaded.ledgers().size() - 1).file().toAbsolutePath();
            return latest.resolveSibling(period.reportFileName());
        }

        private List<Path> files(Ledgers loaded) {
            return loaded.ledgers().stream().map(LoadedLedger::file).toList();
        }

        private void summarize(Ledgers loaded, PeriodReport report, Path written) {
            reportSetAside(report.result(), "报告");
            console.info(Summary.of(loaded, report.result()));
            if (!report.checksHold()) {
                console.error("注意：各月得分之和与期间累计得分不符，见报告“期间排名”表的核对行；请用 --debug 重跑并报告此问题");
            }
            console.info(report.period().label() + "报告已写入 " + written + (csv != null ? "，期间排名 CSV 已写入 " + csv : ""));
        }
    }
}
