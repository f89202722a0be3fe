package kaohe.ledger;

import java.nio.file.Path;

/** Something that can stream the rows of a workbook file; {@code WorkbookReader} is the real one. */
@FunctionalInterface
public interface WorkbookSource {

    /**
     * Reads every visible sheet of {@code file} into {@code sink}.
     *
     * @throws LedgerException when the file cannot be read as a workbook at all
     */
    void read(Path file, RowSink sink) throws LedgerException;
}
