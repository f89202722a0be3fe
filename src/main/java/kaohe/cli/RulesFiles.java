package kaohe.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import kaohe.ledger.LedgerException;
import kaohe.rules.RuleWorkbook;
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
        return RulesLoader.build(RuleWorkbook.read(Workbooks.source(options.password), path));
    }
}
