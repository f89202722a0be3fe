package kaohe.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.OptionSpec;

/** The {@code kaohe} command: scores the reform office's monthly ledgers into notices and reports. */
@Command(name = "kaohe", versionProvider = Main.Version.class, synopsisHeading = Main.SYNOPSIS_HEADING,
        resourceBundle = "kaohe.cli.Messages",
        optionListHeading = Main.OPTION_HEADING, commandListHeading = "%n命令：%n",
        description = "萧山区“最多跑一次”改革信息宣传考核：把月度台账计分、排名，写出通报和季度、年度报告。",
        footer = {"%n示例：", "  kaohe score 2018-06.xlsx", "  kaohe import 录用清单.csv --into 2018-06.xlsx",
            "  kaohe report --quarter 2018-Q2 台账/", "  kaohe score --help", ExitCode.TABLE})
public final class Main implements Callable<Integer> {

    static final String SYNOPSIS_HEADING = "用法：";
    static final String OPTION_HEADING = "%n选项：%n";
    static final String PARAMETER_HEADING = "%n参数：%n";

    /** POI's {@code DefaultTempFileCreationStrategy.DELETE_FILES_ON_EXIT}, named here so POI loads later. */
    private static final String POI_DELETE_ON_EXIT = "poi.delete.tmp.files.on.exit";

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "显示帮助和示例")
    boolean help;

    @Option(names = {"-V", "--version"}, versionHelp = true, description = "显示版本号")
    boolean version;

    @Spec
    CommandSpec spec;

    Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code, without exiting, so tests can run it in-process. */
    public static int run(String[] args) {
        return run(args, System.out, System.err);
    }

    /**
     * Runs the command line with results on {@code stdout} and messages on {@code stderr}, and returns its
     * exit code. Tests use it to capture what the clerk would see. The streams are flushed, not closed.
     * Library log lines, shown only with --debug, still go to {@code System.err}.
     */
    public static int run(String[] args, PrintStream stdout, PrintStream stderr) {
        Logging.configure(false);
        // POI's own temporary files (the notice's sheets as they are written) then go when the JVM exits,
        // also when the clerk stops a run with Ctrl-C.
        System.setProperty(POI_DELETE_ON_EXIT, "true");
        PrintWriter err = new PrintWriter(stderr, true, StandardCharsets.UTF_8);
        PrintWriter out = new PrintWriter(stdout, true, StandardCharsets.UTF_8);
        CommandLine commandLine = new CommandLine(new Main());
        addSubcommands(commandLine, args);
        commandLine.setOut(out).setErr(err);
        commandLine.setExitCodeExceptionMapper(exception -> ExitCode.UNREADABLE);
        commandLine.setParameterExceptionHandler(Main::usageError);
        commandLine.setExecutionExceptionHandler((exception, line, parsed) -> {
            // The exception's text is for developers, so the clerk sees it only with --debug.
            line.getErr().println("内部错误，程序未能完成。请用 --debug 重跑，并把输出报告给开发人员");
            if (Arrays.asList(args).contains("--debug")) {
                exception.printStackTrace(line.getErr());
            }
            return ExitCode.UNREADABLE;
        });
        try {
            return commandLine.execute(args);
        } catch (OutOfMemoryError e) {
            // Thrown past picocli, which handles exceptions only; the outputs' temporary files are gone by now.
            err.println("内存不足，未写出任何结果。台账很大时请给 Java 更多内存后重跑，例如 "
                    + "JAVA_OPTS=-Xmx2g scripts/kaohe score …");
            return ExitCode.UNREADABLE;
        }
    }

    /**
     * Adds the subcommand that {@code args} starts with to {@code commandLine}, or all of them when the
     * arguments start with none. Picocli builds a command's model from its annotations when the command is
     * added. For the two commands a monthly run does not use, that took an estimated 20 ms of its start-up.
     */
    static void addSubcommands(CommandLine commandLine, String[] args) {
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put(ScoreCommand.NAME, ScoreCommand::new);
        commands.put(ImportCommand.NAME, ImportCommand::new);
        commands.put(ReportCommand.NAME, ReportCommand::new);
        Supplier<Object> named = args.length > 0 ? commands.get(args[0]) : null;
        if (named != null) {
            commandLine.addSubcommand(named.get());
            return;
        }
        commands.values().forEach(command -> commandLine.addSubcommand(command.get()));
    }

    private static int usageError(CommandLine.ParameterException exception, String[] args) {
        CommandLine line = exception.getCommandLine();
        line.getErr().println(describe(exception));
        line.getErr().println("用 " + line.getCommandSpec().qualifiedName() + " --help 查看用法和示例");
        return ExitCode.USAGE;
    }

    /** Describes in Chinese what picocli found wrong for the two commonest mistakes; other messages stay picocli's. */
    private static String describe(CommandLine.ParameterException exception) {
        if (exception instanceof CommandLine.MissingParameterException missing) {
            return "缺少参数：" + missing.getMissing().stream().map(Main::describe)
                    .collect(Collectors.joining("、"));
        }
        if (exception instanceof CommandLine.UnmatchedArgumentException unmatched) {
            return "无法识别的选项或参数：" + String.join(" ", unmatched.getUnmatched());
        }
        if (exception.getCause() instanceof CommandLine.TypeConversionException conversion
                && exception.getArgSpec() != null) {
            return describe(exception.getArgSpec()) + "无效：" + conversion.getMessage();
        }
        return exception.getMessage();
    }

    private static String describe(CommandLine.Model.ArgSpec arg) {
        if (arg.isOption()) {
            return "选项 " + ((OptionSpec) arg).longestName() + " 的取值（" + arg.paramLabel() + "）";
        }
        return arg.paramLabel();
    }

    /** Without a command, shows the usage on stderr and exits as a usage error. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USAGE;
    }

    /** Reads the version that Maven wrote into the jar. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            try (InputStream in = Main.class.getResourceAsStream("/kaohe/version.txt")) {
                String version = in == null ? "unknown" : new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
                return new String[] {"kaohe " + version};
            }
        }
    }
}
