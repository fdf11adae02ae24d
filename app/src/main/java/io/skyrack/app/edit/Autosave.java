package io.skyrack.app.edit;

import java.time.Duration;
import java.util.Objects;

/**
 * Writes the working copy to the recovery file a fixed delay after a change: the first change arms a timer, later
 * changes before it fires do not postpone it (a planner who keeps editing is still saved every period), and the
 * write takes whatever the working copy is when the timer fires. Becoming clean (saved, undone back to the saved
 * plan) disarms it and deletes the file.
 */
public final class Autosave {

    /** Default delay from a change to the recovery write. */
    public static final Duration DEFAULT_DELAY = Duration.ofSeconds(30);
    /** System property overriding the delay in seconds (tests). */
    public static final String DELAY_PROPERTY = "skyrack.autosave.seconds";

    /** Runs an action once after a delay, on the thread that owns the model. */
    public interface Scheduler {
        /**
         * @param delay how long to wait
         * @param action what to run
         * @return cancels the action if it has not run
         */
        Runnable schedule(Duration delay, Runnable action);
    }

    private final Scheduler scheduler;
    private final Duration delay;
    private final Runnable write;
    private final Runnable clear;
    private Runnable cancel;

    /**
     * @param scheduler timer on the owning thread
     * @param delay delay after a change
     * @param write writes the current working copy (called on the owning thread; may hand off to a background
     *     task)
     * @param clear deletes the recovery file
     */
    public Autosave(Scheduler scheduler, Duration delay, Runnable write, Runnable clear) {
        this.scheduler = Objects.requireNonNull(scheduler);
        this.delay = Objects.requireNonNull(delay);
        this.write = Objects.requireNonNull(write);
        this.clear = Objects.requireNonNull(clear);
    }

    /** @return the delay from {@value #DELAY_PROPERTY}, or 30 s */
    public static Duration configuredDelay() {
        String s = System.getProperty(DELAY_PROPERTY);
        if (s != null) {
            try {
                double seconds = Double.parseDouble(s);
                if (seconds > 0 && seconds < 86_400) {
                    return Duration.ofMillis(Math.round(seconds * 1000));
                }
            } catch (NumberFormatException e) {
                // fall through to the default
            }
        }
        return DEFAULT_DELAY;
    }

    /** The working copy changed and differs from the saved file. */
    public void changed() {
        if (cancel == null) {
            cancel = scheduler.schedule(delay, () -> {
                cancel = null;
                write.run();
            });
        }
    }

    /** The working copy is the saved file again (or was discarded): nothing to recover. */
    public void clean() {
        if (cancel != null) {
            cancel.run();
            cancel = null;
        }
        clear.run();
    }

    /** @return whether a write is pending */
    public boolean armed() {
        return cancel != null;
    }
}
