package io.skyrack.core.plan;

import java.time.Instant;
import java.util.Objects;

/**
 * The time span the engines analyse, sampled at a fixed step.
 *
 * @param start first sample (UTC)
 * @param duration length of the window (s)
 * @param step sampling step (s)
 */
public record AnalysisWindow(Instant start, double duration, double step) {

    /** Checks structure. */
    public AnalysisWindow {
        Objects.requireNonNull(start, "start");
    }

    /** @return the end of the window (UTC), rounded to the nanosecond */
    public Instant end() {
        return start.plusNanos(Math.round(duration * 1e9));
    }

    /** @return number of samples including both ends, or 0 when the window is not valid */
    public int sampleCount() {
        if (!(duration > 0) || !(step > 0) || !Double.isFinite(duration / step)) {
            return 0;
        }
        return (int) Math.min(Integer.MAX_VALUE, Math.floor(duration / step + 1e-9) + 1);
    }
}
