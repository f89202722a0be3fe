package kaohe.cli;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import kaohe.intake.Ledgers;
import kaohe.intake.LoadedLedger;
import kaohe.ledger.Location;
import kaohe.scoring.AppliedDeduction;
import kaohe.scoring.ScoreResult;
import kaohe.scoring.ScoredArticle;
import kaohe.scoring.SetAside;

/** The short summary a run prints on stderr: rows read, articles scored, rows set aside. */
final class Summary {

    private Summary() {
    }

    static String of(Ledgers ledgers, ScoreResult result) {
        StringBuilder text = new StringBuilder();
        for (LoadedLedger ledger : ledgers.ledgers()) {
            text.append("读取 ").append(ledger.file().getFileName()).append("（").append(ledger.month())
                    .append("，月份取自").append(ledger.monthSource()).append("）：")
                    .append(rowsBySheet(ledger.dataRowsBySheet())).append(System.lineSeparator());
        }
        Map<SetAside.Disposition, Long> setAside = result.setAside().stream()
                .collect(Collectors.groupingBy(SetAside::disposition, Collectors.counting()));
        text.append("共 ").append(ledgers.dataRows()).append(" 行；计分信息 ").append(result.articles().size())
                .append(" 篇，扣分 ").append(result.deductions().size()).append(" 项；未计分 ")
                .append(result.setAside().size()).append(" 行（重复 ")
                .append(setAside.getOrDefault(SetAside.Disposition.DUPLICATE, 0L)).append("，不计分 ")
                .append(setAside.getOrDefault(SetAside.Disposition.NOT_COUNTED, 0L)).append("，问题 ")
                .append(setAside.getOrDefault(SetAside.Disposition.PROBLEM, 0L)).append("）");
        int accounted = accountedRows(result);
        if (accounted != ledgers.dataRows()) {
            text.append(System.lineSeparator()).append("注意：核对不符，计分与未计分合计 ").append(accounted)
                    .append(" 行，读入 ").append(ledgers.dataRows()).append(" 行，请用 --debug 重跑并报告此问题");
        }
        return text.toString();
    }

    private static String rowsBySheet(Map<String, Integer> rows) {
        return rows.entrySet().stream().map(entry -> entry.getKey() + " " + entry.getValue() + " 行")
                .collect(Collectors.joining("，"));
    }

    /**
     * Counts the distinct rows named by the articles, the deductions and the rows set aside. The rows are a
     * bit set of row numbers for each file and sheet, because a {@code HashSet<Location>} of a million-row
     * ledger's rows takes tens of MB.
     */
    static int accountedRows(ScoreResult result) {
        Map<String, Map<String, BitSet>> rowsBySheetByFile = new HashMap<>();
        Consumer<Location> add = location -> rowsBySheetByFile.computeIfAbsent(location.file(), file -> new HashMap<>())
                .computeIfAbsent(location.sheet(), sheet -> new BitSet()).set(location.rowNumber());
        for (ScoredArticle article : result.articles()) {
            article.sources().forEach(add);
        }
        for (AppliedDeduction deduction : result.deductions()) {
            deduction.sources().forEach(add);
        }
        result.setAside().forEach(row -> add.accept(row.source()));
        return rowsBySheetByFile.values().stream().flatMap(rowsBySheet -> rowsBySheet.values().stream())
                .mapToInt(BitSet::cardinality).sum();
    }
}
