package kaohe.cli;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * A progress line on stderr every two seconds while a long run goes on; a run that ends sooner prints none.
 */
final class Progress implements AutoCloseable {

    private static final long PERIOD_SECONDS = 2;

    private final Console console;
    private final LongAdder rows = new LongAdder();
    private final long startNanos = System.nanoTime();
    private final ScheduledExecutorService timer;
    private volatile String stage = "";

    Progress(Console console) {
        this.console = console;
        this.timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "kaohe-progress");
            thread.setDaemon(true);
            return thread;
        });
        if (!console.isQuiet()) {
            timer.scheduleAtFixedRate(this::report, PERIOD_SECONDS, PERIOD_SECONDS, TimeUnit.SECONDS);
        }
    }

    /** Names what the run is doing now, such as "读取 2018-06.xlsx". */
    void stage(String description) {
        stage = description;
    }

    /** The counter the readers add each row to. */
    LongAdder rows() {
        return rows;
    }

    private void report() {
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - startNanos);
        console.info("… " + stage + "，已读 " + rows.sum() + " 行，用时 " + seconds + " 秒");
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
