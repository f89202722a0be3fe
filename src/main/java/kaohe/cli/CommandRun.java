package kaohe.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.TreeMap;
import java.util.Map;
import java.util.ArrayList;
import java.util.Set;

import kaohe.intake.LedgerLoader;
import kaohe.intake.Ledgers;
import kaohe.ledger.LedgerException;
import kaohe.ledger.WorkbookSource;
import kaohe.rules.Rules;
import kaohe.scoring.ScoreResult;
import kaohe.scoring.SetAside;

/** What the commands share in a run: reading ledgers, checking outputs and reporting failures. */
abstract class CommandRun {

    private static final int MAX_PROBLEM_LINES = 50;

    final Console console;

    CommandRun(Console console) {
        this.console = console;
    }

    /** A failure already reported to the clerk, carrying the exit code. */
    static final class RunFailure extends Exception {
        final int exitCode;

        RunFailure(int exitCode) {
            super(null, null, false, false);
            this.exitCode = exitCode;
        }
    }

    /** Loads the rules in force, reporting a bad rules file as unreadable input. */
    Rules rules(LedgerOptions options) throws RunFailure {
        try {
            return options.rules(console);
        } catch (LedgerException e) {
            console.error(e.getMessage());
            console.trace(e);
            throw new RunFailure(ExitCode.UNREADABLE);
        }
    }

    /**
     * Reads and pools the ledgers, reporting an unreadable one as unreadable input.
     *
     * @param month the month of a single ledger given with --month, or null to take each ledger's month from
     *     its file name or its dates
     */
    Ledgers load(Rules rules, List<Path> files, LedgerOptions options, YearMonth month, Progress progress)
            throws RunFailure {
        checkInputs(files);
        try {
            WorkbookSource source = Workbooks.source(options.password);
            LedgerLoader loader = new LedgerLoader(rules, source, progress.rows());
            progress.stage("读取台账");
            Ledgers ledgers = Ledgers.load(loader, files, month);
            warnSharedMonths(ledgers);
            return ledgers;
        } catch (LedgerException e) {
            console.error(e.getMessage());
            console.trace(e);
            throw new RunFailure(ExitCode.UNREADABLE);
        }
    }

    /**
     * Checks that every ledger exists, is a file, and is given once: a ledger given twice would make each
     * of its rows a duplicate of itself.
     */
    private void checkInputs(List<Path> files) throws RunFailure {
        Set<Path> seen = new HashSet<>();
        for (Path file : files) {
            if (Files.isDirectory(file)) {
                throw fail(ExitCode.UNREADABLE, file + " 是文件夹，请给出台账文件；季度、年度报告可用 kaohe report 读取整个文件夹");
            }
            if (!Files.isRegularFile(file)) {
                throw fail(ExitCode.UNREADABLE, "找不到台账文件 " + file + "，请检查路径和文件名");
            }
            if (!seen.add(realPath(file))) {
                throw fail(ExitCode.USAGE, "台账 " + file + " 给了两次，每个台账只能给一次");
            }
        }
    }

    private static Path realPath(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException e) {
            return file.toAbsolutePath().normalize();
        }
    }

    /** Says when two ledgers are of one month: they are pooled as one month, which may be a mistake. */
    private void warnSharedMonths(Ledgers ledgers) {
        Map<YearMonth, List<String>> filesByMonth = new TreeMap<>();
        ledgers.ledgers().forEach(ledger -> filesByMonth.computeIfAbsent(ledger.month(), m -> new ArrayList<>())
                .add(ledger.file().getFileName().toString()));
        filesByMonth.forEach((shared, names) -> {
            if (names.size() > 1) {
                console.error("注意：" + String.join("、", names) + " 都是 " + shared + " 的台账，已合并为同一个月计分");
            }
        });
    }

    /**
     * Checks before anything is written that every output may be written: its folder exists, it is not a
     * folder itself, no other output has its name, it is not one of the inputs, and it is replaced only with
     * --force.
     */
    void checkOutputs(List<Path> outputs, List<Path> inputs, boolean force) throws RunFailure {
        Set<Path> distinct = new HashSet<>();
        for (Path output : outputs) {
            Path folder = output.toAbsolutePath().getParent();
            if (!Files.isDirectory(folder)) {
                throw fail(ExitCode.UNREADABLE, "输出文件夹不存在：" + folder + "，请先建立该文件夹，或用 -o、--csv 把输出写到已有的文件夹");
            }
            if (Files.isDirectory(output)) {
                throw fail(ExitCode.USAGE, "输出路径 " + output + " 是文件夹，请在路径中写上文件名");
            }
            if (!distinct.add(output.toAbsolutePath().normalize())) {
                throw fail(ExitCode.USAGE, "两个输出都写到 " + output + "，请为 -o 和 --csv 指定不同的文件名");
            }
            for (Path input : inputs) {
                if (sameFile(output, input)) {
                    throw fail(ExitCode.USAGE, "输出文件 " + output + " 就是输入的台账，不能覆盖输入文件，请换一个输出文件名");
                }
            }
            if (Files.exists(output) && !force) {
                throw fail(ExitCode.USAGE, "输出文件 " + output + " 已存在；如需覆盖请加 --force，或换一个输出文件名");
            }
        }
    }

    private static boolean sameFile(Path output, Path input) {
        try {
            return Files.exists(output) && Files.isSameFile(output, input);
        } catch (IOException e) {
            return output.toAbsolutePath().normalize().equals(input.toAbsolutePath().normalize());
        }
    }

    RunFailure fail(int exitCode, String message) {
        console.error(message);
        return new RunFailure(exitCode);
    }

    int usage(String message) {
        console.error(message);
        return ExitCode.USAGE;
    }

    int writeFailed(IOException e) {
        console.error("写出结果失败：" + Workbooks.describe(e) + "。已有的输出文件和所有输入文件均未改动");
        console.trace(e);
        return ExitCode.UNREADABLE;
    }

    /** Prints each problem row, so the clerk sees what to fix without opening the notice. */
    void reportSetAside(ScoreResult result) {
        reportSetAside(result, "通报");
    }

    /**
     * Prints each problem row, so the clerk sees what to fix without opening the output.
     *
     * @param output what the output workbook is called in the message: "通报" or "报告"
     */
    void reportSetAside(ScoreResult result, String output) {
        List<SetAside> problems = result.setAside().stream()
                .filter(row -> row.disposition() == SetAside.Disposition.PROBLEM).toList();
        problems.stream().limit(MAX_PROBLEM_LINES)
                .forEach(problem -> console.error(problem.source() + "：" + problem.reason()));
        if (problems.size() > MAX_PROBLEM_LINES) {
            console.error("另有 " + (problems.size() - MAX_PROBLEM_LINES) + " 行问题，见" + output + "的“未计分”表");
        }
    }
}
