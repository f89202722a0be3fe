package kaohe.cli;

import java.io.PrintWriter;

import picocli.CommandLine.Option;

/** The options every command has: how much it says on stderr. */
final class CommonOptions {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "显示本命令的帮助和示例")
    boolean help;

    @Option(names = {"-q", "--quiet"}, description = "只输出错误，不输出进度和汇总")
    boolean quiet;

    @Option(names = "--debug", description = "出错时输出 Java 异常的详细信息，供开发人员排查")
    boolean debug;

    Console console(PrintWriter err) {
        Logging.configure(debug);
        return new Console(err, quiet, debug);
    }
}
