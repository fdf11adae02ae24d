package io.skyrack.core.network;

import java.time.Instant;
import java.util.Objects;

/**
 * One interval during which a crosslink is available: in line of sight, within range and, with a link budget,
 * closing with a non-negative margin.
 *
 * <p>Boundaries caused by geometry (line of sight, range, margin) are refined between grid steps; boundaries
 * caused by a change of nearest-k selection lie halfway between the two steps; the ends of the grid bound
 * every window.
 *
 * @param satelliteA name of the first satellite
 * @param satelliteB name of the second satellite
 * @param start start of the window (UTC)
 * @param end end of the window (UTC), after {@code start}
 * @param minRange smallest range in the window, over the grid steps inside it and its two ends (m)
 * @param maxRange largest range in the window, likewise (m)
 * @param rate data rate while the link is available (bit/s)
 * @param marginDb smallest link margin in the window, at {@code maxRange} (dB); NaN for fixed-rate terminals
 */
public record LinkWindow(String satelliteA, String satelliteB, Instant start, Instant end, double minRange,
                         double maxRange, double rate, double marginDb) {

    /** Checks structure. */
    public LinkWindow {
        Objects.requireNonNull(satelliteA, "satelliteA");
        Objects.requireNonNull(satelliteB, "satelliteB");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("a window must end after it starts: " + start + " – " + end);
        }
    }

    /** @return the length of the window (s) */
    public double duration() {
        return (end.getEpochSecond() - start.getEpochSecond()) + (end.getNano() - start.getNano()) * 1e-9;
    }
}
