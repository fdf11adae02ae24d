package io.skyrack.core.progress;

import java.util.concurrent.CancellationException;

/**
 * Receives progress from a long computation and tells it when to stop. Implementations must be
 * thread-safe: engines report from worker threads.
 */
public interface ProgressMonitor {

    /** A monitor that ignores progress and never cancels. */
    ProgressMonitor NONE = new ProgressMonitor() {
        @Override
        public void progress(String stage, double fraction) {
            // ignored
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /**
     * @param stage what is being computed, such as "Propagating orbits"
     * @param fraction share of the stage done, 0–1
     */
    void progress(String stage, double fraction);

    /** @return true when the user asked to stop */
    boolean isCancelled();

    /**
     * Throws when the user asked to stop; engines call this between chunks of work.
     *
     * @throws CancellationException when cancelled
     */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancellationException("cancelled by the user");
        }
    }
}
