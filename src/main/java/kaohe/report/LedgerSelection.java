package kaohe.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import kaohe.intake.LedgerMonths;

/**
 * The ledgers a report reads, picked from the files and folders the clerk named, and every file passed over
 * with the reason.
 *
 * <p>A folder stands for every monthly ledger directly inside it: a .xlsx or .xls file whose name gives a
 * month of the period. A file named on the command line is read even without a month in its name, because
 * the loader can take the month from its dates. Such a file is dropped later if that month is outside the
 * period.
 *
 * @param selected the ledgers to read, in the order found
 * @param skipped the files passed over, in the order found
 */
public record LedgerSelection(List<Selected> selected, List<Skipped> skipped) {

    /**
     * A ledger to read.
     *
     * @param month the month its file name gives, or null when the name has none and the dates must tell
     */
    public record Selected(Path file, YearMonth month) {
    }

    /** A file not read, and why, in Chinese. */
    public record Skipped(Path file, String reason) {
    }

    /**
     * Picks the ledgers of {@code period} from {@code inputs}.
     *
     * @throws IOException when a folder cannot be listed
     */
    public static LedgerSelection select(Period period, List<Path> inputs) throws IOException {
        List<Selected> selected = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                for (Path file : folderEntries(input)) {
                    if (seen.add(file.toAbsolutePath().normalize())) {
                        pickFromFolder(period, file, selected, skipped);
                    }
                }
            } else if (seen.add(input.toAbsolutePath().normalize())) {
                pickNamed(period, input, selected, skipped);
            }
        }
        return new LedgerSelection(List.copyOf(selected), List.copyOf(skipped));
    }

    private static List<Path> folderEntries(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.sorted().toList();
        }
    }

    private static void pickFromFolder(Period period, Path file, List<Selected> selected, List<Skipped> skipped) {
        String reason = folderReason(file);
        if (reason != null) {
            skipped.add(new Skipped(file, reason));
            return;
        }
        YearMonth month = LedgerMonths.fromFileName(file.getFileName().toString());
        if (month == null) {
            skipped.add(new Skipped(file, "文件名中没有年月（台账应命名为 2018-06.xlsx 这样的形式）"));
        } else if (!period.contains(month)) {
            skipped.add(new Skipped(file, outsideReason(period, month)));
        } else {
            selected.add(new Selected(file, month));
        }
    }

    /** Returns why a folder entry is no ledger by its kind or name alone, or null when it may be one. */
    private static String folderReason(Path file) {
        String name = file.getFileName().toString();
        if (Files.isDirectory(file)) {
            return "是文件夹，其中的文件不读取";
        }
        if (name.startsWith("~$")) {
            return lockFileReason();
        }
        if (name.startsWith(".")) {
            return "隐藏文件";
        }
        if (isKaoheOutput(name)) {
            return "是 kaohe 写出的通报或报告，不是台账";
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".xlsx") && !lower.endsWith(".xls")) {
            return "不是 .xlsx 或 .xls 工作簿";
        }
        return null;
    }

    private static void pickNamed(Period period, Path file, List<Selected> selected, List<Skipped> skipped) {
        if (file.getFileName().toString().startsWith("~$")) {
            skipped.add(new Skipped(file, lockFileReason()));
            return;
        }
        YearMonth month = LedgerMonths.fromFileName(file.getFileName().toString());
        if (month != null && !period.contains(month)) {
            skipped.add(new Skipped(file, outsideReason(period, month)));
        } else {
            selected.add(new Selected(file, month));
        }
    }

    private static String lockFileReason() {
        return "是 Excel 或 WPS 打开工作簿时留下的锁定文件（~$ 开头），不是台账";
    }

    /** Returns why a ledger of {@code month} is not used for {@code period}. */
    public static String outsideReason(Period period, YearMonth month) {
        return "月份 " + month + " 不在" + period.label() + "内";
    }

    /**
     * Whether a file name is one kaohe gives its outputs: 2018-06-通报.xlsx and its 2018-06-通报.txt,
     * 2018-Q2-报告.xlsx, 2018-年度报告.xlsx.
     */
    static boolean isKaoheOutput(String name) {
        String stem = name.replaceFirst("\\.[^.]*$", "");
        return stem.endsWith("-通报") || stem.endsWith("-报告") || stem.endsWith("-年度报告");
    }
}
