package io.skyrack.core.analysis;

import io.skyrack.core.progress.ProgressMonitor;
import java.io.PrintStream;
import java.util.Locale;

/**
 * Reports pipeline progress on a terminal: after the first second and a half, a line at every tenth of
 * each stage.
 */
public final class TerminalProgress implements ProgressMonitor {

    /** Quiet for this long, so that quick runs print nothing (ns). */
    private static final long QUIET_NANOS = 1_500_000_000L;

    private final PrintStream out;
    private final long started = System.nanoTime();
    private String stage = "";
    private int tenth = -1;

    /** @param out where progress lines go (standard error) */
    public TerminalProgress(PrintStream out) {
        this.out = out;
    }

    @Override
    public synchronized void progress(String name, double fraction) {
        int t = (int) Math.floor(Math.max(0, Math.min(1, fraction)) * 10);
        if (!name.equals(stage)) {
            stage = name;
            tenth = -1;
        }
        if (t > tenth && System.nanoTime() - started > QUIET_NANOS) {
            tenth = t;
            out.printf(Locale.ROOT, "  %-22s %3d %%%n", stage, t * 10);
            out.flush();
        }
    }

    @Override
    public boolean isCancelled() {
        return Thread.currentThread().isInterrupted();
    }
}
