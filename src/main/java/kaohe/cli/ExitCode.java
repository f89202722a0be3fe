package kaohe.cli;

/** The exit codes of every command. */
final class ExitCode {

    /** Done: every row was counted, or deliberately not counted. */
    static final int OK = 0;
    /** An input could not be read, or an output could not be written; nothing was written. */
    static final int UNREADABLE = 1;
    /** The command line is wrong: an unknown option, a missing file name, an output that exists. */
    static final int USAGE = 2;
    /** The output was written, but some rows were set aside as problems for the clerk to fix. */
    static final int PROBLEMS = 3;

    /** The table that every command's help ends with. */
    static final String TABLE = "%n退出码：%n"
            + "  0  完成，所有行均已计分或按规则不计分%n"
            + "  1  输入文件无法读取或输出无法写入，未写出任何文件%n"
            + "  2  命令行用法错误（选项有误、输出文件已存在而未加 --force 等）%n"
            + "  3  已写出结果，但有行因问题未计分，见“未计分”表%n";

    /** The same codes as the import command means them: exit 3 points at the rejects file. */
    static final String IMPORT_TABLE = "%n退出码：%n"
            + "  0  完成，所有行均已导入或台账中已有%n"
            + "  1  源文件或台账无法读取，或台账无法写入，台账未改动%n"
            + "  2  命令行用法错误（选项有误、无法判断导入到哪个工作表、模板文件已存在而未加 --force 等）%n"
            + "  3  已导入，但有行无法识别而未导入，见“<台账名>-未导入.csv”%n";

    private ExitCode() {
    }
}
