package kaohe.scoring;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import kaohe.ledger.Location;

/** How reasons and detail rows refer to ledger rows. */
public final class Sources {

    /** Orders locations by file, then sheet, then row and column. */
    public static final Comparator<Location> ORDER = Comparator.comparing(Location::file)
            .thenComparing(location -> location.sheet() == null ? "" : location.sheet())
            .thenComparingInt(Location::rowNumber)
            .thenComparingInt(Location::columnIndex);

    private Sources() {
    }

    /**
     * Names row {@code target} as seen from a reason about row {@code from}: "录用!5" in the same file,
     * "2018-05.xlsx 录用!5" in another.
     */
    public static String refer(Location from, Location target) {
        Location row = target.wholeRow();
        return from.file().equals(target.file()) ? row.inFile() : row.toString();
    }

    /**
     * Lists rows for a detail cell: "录用!5、录用!9、批示!3" for a single ledger, or each with its file name
     * ("2018-05.xlsx 录用!5") when several ledgers were scored together.
     */
    public static String list(List<Location> locations, boolean withFile) {
        return locations.stream()
                .map(location -> withFile ? location.wholeRow().toString() : location.wholeRow().inFile())
                .collect(Collectors.joining("、"));
    }
}
