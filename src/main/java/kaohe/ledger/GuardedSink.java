package kaohe.ledger;

/**
 * A {@link RowSink} wrapper that marks the sink's own runtime exceptions, so that the reader's handling of
 * POI and parser failures never mistakes them for a broken file. {@link WorkbookReader} unwraps them.
 */
final class GuardedSink implements RowSink {

    /** Carries a runtime exception that the wrapped sink threw. */
    static final class SinkFailure extends RuntimeException {
        SinkFailure(RuntimeException cause) {
            super(cause);
        }

        RuntimeException sinkException() {
            return (RuntimeException) getCause();
        }
    }

    private final RowSink sink;

    GuardedSink(RowSink sink) {
        this.sink = sink;
    }

    @Override
    public boolean startSheet(SheetInfo sheet) {
        try {
            return sink.startSheet(sheet);
        } catch (RuntimeException e) {
            throw new SinkFailure(e);
        }
    }

    @Override
    public void row(RawRow row) {
        try {
            sink.row(row);
        } catch (RuntimeException e) {
            throw new SinkFailure(e);
        }
    }

    @Override
    public void endSheet() {
        try {
            sink.endSheet();
        } catch (RuntimeException e) {
            throw new SinkFailure(e);
        }
    }
}
