package kaohe.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import kaohe.ledger.LedgerException;
import kaohe.rules.Rules;
import kaohe.rules.RulesLoader;

/** Reads the rules given with --rules: a folder of CSV tables, or a workbook of rules sheets. */
final class RulesFiles {

    private RulesFiles() {
    }

    static Rules load(Path path, LedgerOptions options) throws LedgerException {
        if (Files.isDirectory(path)) {
            return RulesLoader.build(RulesLoader.readFolder(path));
        }
        throw new LedgerException(path + "：规则工作簿暂不支持，请使用含 CSV 规则表的文件夹");
    }
}
