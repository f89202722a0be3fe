package kaohe.cli;

import java.io.PrintWriter;

/**
 * The clerk's side of the terminal: messages and summaries on stderr, in Chinese, quiet or verbose as asked.
 * Results go to files or stdout, never here.
 */
final class Console {

    private final PrintWriter err;
    private final boolean quiet;
    private final boolean debug;

    Console(PrintWriter err, boolean quiet, boolean debug) {
        this.err = err;
        this.quiet = quiet;
        this.debug = debug;
    }

    /** A summary or progress line; left out with --quiet. */
    void info(String message) {
        if (!quiet) {
            err.println(message);
            err.flush();
        }
    }

    /** A problem the clerk should see even with --quiet. */
    void error(String message) {
        err.println(message);
        err.flush();
    }

    /** The exception behind an error, shown only with --debug. */
    void trace(Throwable cause) {
        if (debug && cause != null) {
            cause.printStackTrace(err);
            err.flush();
        }
    }

    boolean isQuiet() {
        return quiet;
    }
}
