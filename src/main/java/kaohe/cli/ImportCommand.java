package kaohe.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import kaohe.importing.ImportRequest;
import kaohe.importing.ImportResult;
import kaohe.importing.Importer;
import kaohe.importing.LedgerTemplate;
import kaohe.importing.RejectedRow;
import kaohe.importing.UsageException;
import kaohe.intake.LedgerMonths;
import kaohe.intake.LedgerSheet;
import kaohe.ledger.LedgerException;
import kaohe.rules.Rules;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kaohe import}: adds rows of raw lists to a monthly ledger, or writes an empty ledger. */
@Command(name = ImportCommand.NAME, synopsisHeading = Main.SYNOPSIS_HEADING, optionListHeading = Main.OPTION_HEADING,
        parameterListHeading = Main.PARAMETER_HEADING,
        description = {
            "把各单位或刊物的原始录用清单（CSV、.xlsx、.xls）导入月度台账；或用 --template 写出一个空白台账。",
            "单位、刊物和批示领导改为规则中的标准名称，日期改为日期单元格；台账中已有的行不会重复导入；",
            "无法识别的行不导入，连同原因写入台账旁的“<台账名>-未导入.csv”，改正后可再次导入。",
            "台账不存在时按模板新建；已存在时先备份为“<台账名>.bak”，只在末尾追加新行，其余内容保持不变。"},
        footer = {
            "%n示例：",
            "  kaohe import 区市场监管局-6月.csv --into 2018-06.xlsx",
            "      按表头判断导入到哪个工作表（这里是“录用”），追加到 2018-06.xlsx",
            "  kaohe import 媒体报道.xls --into 2018-06.xlsx --map 来源单位=单位",
            "      源文件的列名与台账不同时（这里是“来源单位”），用 --map 指明对应的台账列",
            "  kaohe import --template 2018-07.xlsx",
            "      写出 7 月的空白台账：五个工作表，单位、刊物、批示领导、审核有下拉列表",
            ExitCode.IMPORT_TABLE})
final class ImportCommand implements Callable<Integer> {

    static final String NAME = "import";

    private static final int MAX_REJECT_LINES = 50;

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--month", paramLabel = "YYYY-MM", converter = MonthConverter.class,
            description = "台账的月份，如 2018-06，用于补全“6月5日”这样不带年份的日期；"
                    + "默认取自台账的文件名（2018-06.xlsx、201806.xlsx、2018年6月.xlsx）")
    YearMonth month;

    @Option(names = "--rules", paramLabel = "PATH",
            description = "替换内置的 2018 年考核规则（单位名单、刊物分值表、批示领导）：规则工作簿或 CSV 文件夹，"
                    + "格式见 kaohe score --help；导入按它识别名称，--template 按它生成下拉列表")
    Path rules;

    @Parameters(paramLabel = "SOURCE", arity = "0..*",
            description = "要导入的文件：CSV（UTF-8 或 GBK/GB18030 编码，自动识别）、.xlsx 或 .xls，可给多个")
    List<Path> sources = List.of();

    @Option(names = "--into", paramLabel = "LEDGER", description = "导入到的月度台账（.xlsx 或 .xls）；不存在时按模板新建")
    Path ledger;

    @Option(names = "--sheet", paramLabel = "SHEET",
            description = "导入到台账的哪个工作表：录用、批示、约稿、扣分 或 报送；默认按源文件的表头判断")
    String sheet;

    @Option(names = "--map", paramLabel = "SOURCE_COLUMN=LEDGER_COLUMN",
            description = "源文件的某列对应台账的哪一列，如 --map 来源单位=单位；可给多次")
    List<String> renames = List.of();

    @Option(names = "--template", paramLabel = "FILE",
            description = "不导入，写出一个空白台账：五个工作表、标准表头、下拉列表和日期检查，按 --rules 的名单生成")
    Path template;

    @Option(names = "--force", description = "与 --template 一起使用：文件已存在时覆盖它")
    boolean force;

    @Override
    public Integer call() {
        Console console = common.console(spec.commandLine().getErr());
        return new Run(console).start();
    }

    /** One run of the command, from the options to the files written. */
    private final class Run extends CommandRun {

        Run(Console console) {
            super(console);
        }

        int start() {
            if (template != null) {
                return sources.isEmpty() && ledger == null
                        ? writeTemplate() : usage("--template 只写出空白台账，不能同时给源文件或 --into");
            }
            if (sources.isEmpty() || ledger == null) {
                return usage("请给出源文件和 --into 台账，如 kaohe import 录用.csv --into 2018-06.xlsx；"
                        + "用 kaohe import --help 查看用法");
            }
            try {
                return importSources(new ImportRequest(sources, ledger, sheet(), renames(), month));
            } catch (RunFailure failure) {
                return failure.exitCode;
            }
        }

        private int writeTemplate() {
            try {
                checkOutputs(List.of(template), List.of(), force);
                Rules rules = rules(rulesOptions());
                YearMonth titleMonth = month != null
                        ? month : LedgerMonths.fromFileName(template.getFileName().toString());
                LedgerTemplate.write(template, rules, titleMonth);
                console.info("空白台账已写入 " + template);
                return ExitCode.OK;
            } catch (RunFailure failure) {
                return failure.exitCode;
            } catch (IOException e) {
                return writeFailed(e);
            }
        }

        private int importSources(ImportRequest request) throws RunFailure {
            Rules rules = rules(rulesOptions());
            ImportResult result;
            try {
                result = new Importer(rules, Workbooks.source(null)).run(request);
            } catch (UsageException e) {
                console.error(e.getMessage());
                return ExitCode.USAGE;
            } catch (LedgerException e) {
                console.error(e.getMessage());
                console.trace(e);
                return ExitCode.UNREADABLE;
            } catch (IOException e) {
                return writeFailed(e);
            }
            report(result);
            return result.hasRejected() ? ExitCode.PROBLEMS : ExitCode.OK;
        }

        /** Wraps --rules in the options object that the shared rules loading takes. */
        private LedgerOptions rulesOptions() {
            LedgerOptions options = new LedgerOptions();
            options.rules = rules;
            return options;
        }

        private LedgerSheet sheet() throws RunFailure {
            if (sheet == null) {
                return null;
            }
            LedgerSheet found = LedgerSheet.byName(sheet);
            if (found == null) {
                throw fail(ExitCode.USAGE, "--sheet " + sheet + "：没有这个工作表，应为 录用、批示、约稿、扣分 或 报送");
            }
            return found;
        }

        private Map<String, String> renames() throws RunFailure {
            Map<String, String> map = new LinkedHashMap<>();
            for (String rename : renames) {
                String[] parts = rename.replace('＝', '=').split("=", 2);
                if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                    throw fail(ExitCode.USAGE, "--map " + rename + "：应写成 源列名=台账列名，如 --map 来源单位=单位");
                }
                map.put(parts[0].strip(), parts[1].strip());
            }
            return map;
        }

        private void report(ImportResult result) {
            result.rejected().stream().limit(MAX_REJECT_LINES).map(ImportCommand::describe).forEach(console::error);
            if (result.rejected().size() > MAX_REJECT_LINES) {
                console.error("另有 " + (result.rejected().size() - MAX_REJECT_LINES) + " 行未导入，见 "
                        + result.rejectsFile());
            }
            result.notes().forEach(console::error);
            for (ImportResult.SourceCount count : result.sources()) {
                console.info(count.file() + " → " + count.sheet().sheetName() + "：读取 " + count.read() + " 行，导入 "
                        + count.imported() + " 行，已存在 " + count.alreadyPresent() + " 行，未导入 " + count.rejected()
                        + " 行" + (count.skipped() > 0 ? "，跳过合计行 " + count.skipped() + " 行" : ""));
            }
            console.info(ledgerLine(result));
            if (result.rejectsFile() != null) {
                console.info("未导入的 " + result.rejected().size() + " 行已写入 " + result.rejectsFile()
                        + "，改正后可再次导入");
            }
        }
    }

    private static String describe(RejectedRow row) {
        return row.location() + "：" + row.reason();
    }

    private static String ledgerLine(ImportResult result) {
        if (result.created()) {
            return "已按模板新建台账 " + result.ledger() + "，导入 " + result.imported() + " 行";
        }
        if (result.backup() == null) {
            return "台账 " + result.ledger() + " 未改动：没有需要新增的行";
        }
        return "已向台账 " + result.ledger() + " 追加 " + result.imported() + " 行，原文件备份为 " + result.backup();
    }
}
