package kaohe.intake;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import kaohe.ledger.LedgerException;
import kaohe.scoring.LedgerRecords;

/** Several monthly ledgers read and pooled, oldest month first, as scoring a period needs them. */
public record Ledgers(List<LoadedLedger> ledgers, LedgerRecords records) {

    /**
     * Reads every ledger and pools their records in month order (files of one month in the order given).
     *
     * @param month the month for a single ledger given with --month, or null
     */
    public static Ledgers load(LedgerLoader loader, List<Path> files, YearMonth month) throws LedgerException {
        List<LoadedLedger> loaded = new ArrayList<>();
        for (Path file : files) {
            loaded.add(loader.load(file, month));
        }
        return pool(loaded);
    }

    /** Pools ledgers already read, in month order (ledgers of one month in the order given). */
    public static Ledgers pool(List<LoadedLedger> ledgers) {
        List<LoadedLedger> sorted = new ArrayList<>(ledgers);
        sorted.sort(Comparator.comparing(LoadedLedger::month));
        LedgerRecords pooled = new LedgerRecords();
        sorted.forEach(ledger -> pooled.addAll(ledger.records()));
        return new Ledgers(List.copyOf(sorted), pooled);
    }

    /** The latest month given: the month the notice is for. */
    public YearMonth latestMonth() {
        return ledgers.get(ledgers.size() - 1).month();
    }

    /** The data rows read from all ledgers. */
    public int dataRows() {
        return ledgers.stream().mapToInt(LoadedLedger::dataRows).sum();
    }
}
