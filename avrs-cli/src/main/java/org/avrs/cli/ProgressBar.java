package org.avrs.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Progress of a long step on standard error ("features 312/535"): redrawn in place on a terminal,
 * printed at every 10 % otherwise, so logs stay short. Thread-safe; silent when disabled.
 */
public final class ProgressBar {

    private final String label;
    private final int total;
    private final PrintStream err;
    private final boolean enabled;
    private final boolean terminal;
    private int lastDecile = -1;
    private final long start = System.nanoTime();

    public ProgressBar(String label, int total, boolean enabled) {
        this.label = label;
        this.total = total;
        this.err = System.err;
        this.enabled = enabled;
        this.terminal = System.console() != null;
    }

    /** Reports {@code done} of the total finished. */
    public synchronized void update(int done) {
        if (!enabled) {
            return;
        }
        if (terminal) {
            err.printf(Locale.ROOT, "\r%s %d/%d", label, done, total);
            if (done >= total) {
                err.printf(Locale.ROOT, " (%.1f s)%n", seconds());
            }
            err.flush();
            return;
        }
        int decile = total == 0 ? 10 : done * 10 / total;
        if (decile != lastDecile) {
            lastDecile = decile;
            err.printf(Locale.ROOT, "%s %d/%d (%.1f s)%n", label, done, total, seconds());
        }
    }

    private double seconds() {
        return (System.nanoTime() - start) / 1e9;
    }
}
