package kaohe.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import kaohe.intake.Ledgers;
import kaohe.notice.AtomicFiles;
import kaohe.notice.NoticeWriter;
import kaohe.notice.RankingCsv;
import kaohe.rules.Rules;
import kaohe.scoring.ScoreResult;
import kaohe.scoring.Scorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kaohe score}: the monthly notice from one or more monthly ledgers. */
@Command(name = ScoreCommand.NAME, synopsisHeading = Main.SYNOPSIS_HEADING, optionListHeading = Main.OPTION_HEADING,
        parameterListHeading = Main.PARAMETER_HEADING,
        description = {
            "根据月度台账计分、排名，写出月度通报工作簿。",
            "给出多个月的台账时合并计分：同一篇信息跨月升级只按最高计一次，最新的月份为通报月份。"},
        footer = {
            "%n示例：",
            "  kaohe score 2018-06.xlsx",
            "      写出 2018-06-通报.xlsx（与台账同一文件夹）",
            "  kaohe score 2018-04.xlsx 2018-05.xlsx 2018-06.xlsx --csv 排名.csv",
            "      第二季度累计，通报 6 月；另写出排名 CSV",
            "  kaohe score 台账.xlsx --month 2018-06 -o 通报/6月通报.xlsx --force",
            "      文件名中没有月份时指定月份，并覆盖已有的通报",
            ExitCode.TABLE})
final class ScoreCommand implements Callable<Integer> {

    static final String NAME = "score";

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    LedgerOptions ledgerOptions;

    @Option(names = "--month", paramLabel = "YYYY-MM", converter = MonthConverter.class,
            description = "台账的月份，如 2018-06；默认取自文件名（2018-06.xlsx、201806.xlsx、2018年6月.xlsx），"
                    + "文件名中没有时取记录日期最多的月份")
    YearMonth month;

    @Parameters(paramLabel = "LEDGER", arity = "1..*", description = "月度台账工作簿（.xlsx 或 .xls），可给多个")
    List<Path> ledgers;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "通报工作簿的路径（.xlsx）；默认与最新台账同一文件夹，名为 <月份>-通报.xlsx")
    Path output;

    @Option(names = "--csv", paramLabel = "FILE",
            description = "另写出排名 CSV（UTF-8，带 BOM，Excel 可直接打开）；写作 --csv - 时输出到标准输出")
    Path csv;

    private boolean csvToStdout() {
        return csv != null && csv.toString().equals("-");
    }

    @Option(names = "--force", description = "输出文件已存在时覆盖它（输入的台账在任何情况下都不会被覆盖）")
    boolean force;

    @Override
    public Integer call() {
        Console console = common.console(spec.commandLine().getErr());
        return new Run(console).score();
    }

    /** One run of the command, from the options to the files written. */
    private final class Run extends CommandRun {

        Run(Console console) {
            super(console);
        }

        int score() {
            if (month != null && ledgers.size() > 1) {
                return usage("--month 只能用于单个台账；多个台账的月份取自各自的文件名");
            }
            if (output != null && !output.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
                // Excel refuses to open a file whose content does not match its extension, such as .xls.
                return usage("-o 给出的通报 " + output + " 须以 .xlsx 结尾：通报是 .xlsx 格式的工作簿");
            }
            try (Progress progress = new Progress(console)) {
                Rules rules = rules(ledgerOptions);
                NoticeWriter writer = new NoticeWriter(rules);
                Ledgers loaded = load(rules, ledgers, ledgerOptions, month, progress);
                Path notice = output != null ? output : defaultNotice(loaded);
                List<Path> outputs = new ArrayList<>(List.of(notice, textFileOf(notice)));
                if (csv != null && !csvToStdout()) {
                    outputs.add(csv);
                }
                checkOutputs(outputs, ledgers, force);

                progress.stage("计分");
                ScoreResult result = new Scorer(rules).score(loaded.records(), loaded.latestMonth());

                progress.stage("写入通报");
                writeOutputs(writer, result, notice);
                summarize(loaded, result, notice);
                return result.hasProblems() ? ExitCode.PROBLEMS : ExitCode.OK;
            } catch (RunFailure failure) {
                return failure.exitCode;
            } catch (IOException e) {
                return writeFailed(e);
            }
        }

        /** Writes the notice, its text and the CSV together, so that a failure leaves none of them. */
        private void writeOutputs(NoticeWriter writer, ScoreResult result, Path notice) throws IOException {
            String text = writer.draftText(result);
            try (AtomicFiles.Batch outputs = new AtomicFiles.Batch()) {
                outputs.add(notice, writer.content(result));
                // getBytes writes "?" for a surrogate without its other half, as the notice's cells do.
                outputs.add(textFileOf(notice), file -> Files.write(file, text.getBytes(StandardCharsets.UTF_8)));
                if (csv != null && !csvToStdout()) {
                    outputs.add(csv, RankingCsv.content(result));
                }
                outputs.commit();
            }
            if (csvToStdout()) {
                printCsv(result);
            }
        }

        /** Prints the ranking CSV on stdout, for --csv -, without the byte-order mark a file gets. */
        private void printCsv(ScoreResult result) throws IOException {
            Path temporary = Files.createTempFile("kaohe-", ".csv");
            try {
                RankingCsv.content(result).writeTo(temporary);
                String text = Files.readString(temporary, StandardCharsets.UTF_8);
                PrintWriter out = spec.commandLine().getOut();
                out.print(text.startsWith("\uFEFF") ? text.substring(1) : text);
                out.flush();
            } finally {
                Files.deleteIfExists(temporary);
            }
        }

        private Path defaultNotice(Ledgers loaded) {
            Path latest = loaded.ledgers().get(loaded.ledgers().size() - 1).file().toAbsolutePath();
            return latest.resolveSibling(loaded.latestMonth() + "-通报.xlsx");
        }

        private void summarize(Ledgers loaded, ScoreResult result, Path notice) {
            reportSetAside(result);
            console.info(Summary.of(loaded, result));
            String csvNote = csv == null ? "" : csvToStdout() ? "，排名 CSV 已输出到标准输出" : "，排名 CSV 已写入 " + csv;
            console.info("通报已写入 " + notice + csvNote);
        }
    }

    /** The drafted notice text's file: the notice's name with .txt in place of .xlsx. */
    static Path textFileOf(Path notice) {
        String name = notice.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        return notice.resolveSibling(name + ".txt");
    }

    static YearMonth parseMonth(String text) {
        return YearMonth.parse(text);
    }
}
