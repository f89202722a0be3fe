package kaohe.ledger;

/**
 * Upper bounds that keep a damaged or hostile workbook from taking unbounded time or memory. A workbook that
 * crosses one of them is rejected with a {@link LedgerException}; nothing is cut silently.
 *
 * @param maxRows the largest 1-based row number accepted; Excel's own maximum is 1,048,576
 * @param maxColumns the number of columns accepted; Excel's own maximum is 16,384 (A to XFD)
 * @param maxCellsPerSheet the number of non-blank cells one sheet may deliver, counting every cell that a
 *     merged region fills
 * @param maxMergedRegions the number of merged regions one sheet may have
 * @param maxCellChars the characters one cell may contain; Excel itself stops at 32,767
 * @param maxSharedStrings the number of entries in an .xlsx shared-string table
 * @param maxSharedStringChars the characters of all entries in an .xlsx shared-string table together
 * @param maxPartBytes the uncompressed size in bytes of any one part of an .xlsx package
 * @param minInflateRatio the smallest ratio of compressed to uncompressed size that a part of an .xlsx
 *     package may have once it has expanded past 100 KiB
 * @param maxXlsBytes the size in bytes of an .xls file, which POI reads into memory as a whole
 */
public record ReadLimits(int maxRows, int maxColumns, long maxCellsPerSheet, int maxMergedRegions, int maxCellChars,
        int maxSharedStrings, long maxSharedStringChars, long maxPartBytes, double minInflateRatio,
        long maxXlsBytes) {

    /** Excel's maximum number of rows in a sheet. */
    public static final int EXCEL_MAX_ROWS = 1_048_576;

    /** Excel's maximum number of columns in a sheet (column XFD). */
    public static final int EXCEL_MAX_COLUMNS = 16_384;

    public ReadLimits {
        requirePositive(maxRows, "maxRows");
        requirePositive(maxColumns, "maxColumns");
        requirePositive(maxCellsPerSheet, "maxCellsPerSheet");
        requirePositive(maxMergedRegions, "maxMergedRegions");
        requirePositive(maxCellChars, "maxCellChars");
        requirePositive(maxSharedStrings, "maxSharedStrings");
        requirePositive(maxSharedStringChars, "maxSharedStringChars");
        requirePositive(maxPartBytes, "maxPartBytes");
        requirePositive(maxXlsBytes, "maxXlsBytes");
        if (!(minInflateRatio >= 0 && minInflateRatio < 1)) {
            throw new IllegalArgumentException("minInflateRatio must be in [0, 1): " + minInflateRatio);
        }
    }

    /**
     * Returns the limits used when none are given.
     *
     * <p>Rows and columns stop at Excel's own maximum. Twenty million cells is a full sheet of 1,048,576
     * rows by about 20 columns. A million merged regions take about 40 MB. A cell may contain a million
     * characters, 30 times Excel's limit, so text from other writers still reads while one cell stays
     * within a few MB. The shared-string caps bound that table, the only part held in memory whole, to
     * roughly 0.5 GB of heap in the worst case (an estimate from Java's string layout, not a measurement).
     * A part may expand to 1 GiB. A ratio of 0.001 is just above the best that one deflate stream can reach
     * (about 1:1032), so only parts of almost constant content are rejected, and a styles part that
     * compresses 500:1 still opens. POI keeps an .xls file in memory several times over, hence the 128 MiB
     * cap on it (also an estimate).
     */
    public static ReadLimits defaults() {
        return new ReadLimits(EXCEL_MAX_ROWS, EXCEL_MAX_COLUMNS, 20_000_000L, 1_000_000, 1_000_000,
                5_000_000, 100_000_000L, 1L << 30, 0.001, 128L << 20);
    }

    private static void requirePositive(long value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
    }
}
