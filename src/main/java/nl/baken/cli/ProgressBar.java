package nl.baken.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A bar on the terminal's error stream for a long command, redrawn in place ({@code \r}): how far, out of how many,
 * and the seconds so far; its last line says how many in how long. It shows only numbers, never data.
 */
final class ProgressBar {

    private static final int WIDTH = 30;
    private final PrintWriter err;
    private final int total;
    private final long started = System.nanoTime();

    ProgressBar(PrintWriter err, int total) {
        this.err = err;
        this.total = total;
    }

    /** Redraws the bar at {@code done} of the total. */
    void update(int done) {
        int filled = (int) ((long) WIDTH * done / Math.max(1, total));
        err.print(String.format(Locale.ROOT, "\r[%s%s] %d/%d %ds", "#".repeat(filled), ".".repeat(WIDTH - filled),
                done, total, seconds()));
        err.flush();
    }

    /** Ends the bar with a line of its own: {@code line} (how many in how long, worded by the caller). */
    void finish(String line) {
        err.print("\r" + " ".repeat(WIDTH + 30) + "\r");
        err.println(line);
        err.flush();
    }

    /** Whole seconds since the bar was made. */
    long seconds() {
        return (System.nanoTime() - started) / 1_000_000_000L;
    }
}
