package kaohe.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import kaohe.ledger.LedgerException;
import kaohe.rules.Rules;
import kaohe.rules.RulesLoader;
import picocli.CommandLine.Option;

/** The options of every command that reads ledgers: the rules in force and a password. */
final class LedgerOptions {

    @Option(names = "--rules", paramLabel = "PATH",
            description = "替换内置的 2018 年考核规则：含 单位、渠道、批示、考核序列、设置 工作表的工作簿，"
                    + "或含 roster.csv、outlets.csv、instructions.csv、series.csv、settings.csv 的文件夹；"
                    + "未提供的表沿用内置规则")
    Path rules;

    @Option(names = "--password", paramLabel = "PASSWORD", description = "打开有密码保护的工作簿所用的密码")
    String password;

    /** Loads the rules in force: the shipped 2018 tables, or those of --rules. */
    Rules rules(Console console) throws LedgerException {
        if (rules == null) {
            return RulesLoader.defaults();
        }
        if (!Files.exists(rules)) {
            throw new LedgerException("找不到规则文件或文件夹 " + rules);
        }
        Rules loaded = RulesFiles.load(rules, this);
        console.info("使用规则 " + rules);
        return loaded;
    }
}
