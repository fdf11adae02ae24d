package io.skyrack.core.lighting;

import java.time.Instant;
import java.util.Objects;

/**
 * A time span during which a satellite is in the Earth's umbra or penumbra.
 *
 * @param satellite satellite index in the grid
 * @param name satellite name
 * @param start start (UTC)
 * @param end end (UTC)
 * @param startSeconds start, seconds from the grid start
 * @param endSeconds end, seconds from the grid start
 * @param kind umbra, or penumbra (partial shadow only: the penumbra before and after an umbra are separate
 *        intervals)
 */
public record EclipseInterval(int satellite, String name, Instant start, Instant end, double startSeconds,
                              double endSeconds, Kind kind) {

    /** Checks structure. */
    public EclipseInterval {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }

    /** @return duration (s) */
    public double duration() {
        return endSeconds - startSeconds;
    }

    /** Kinds of shadow. */
    public enum Kind {
        /** The whole solar disk is hidden. */
        UMBRA,
        /** Part of the solar disk is hidden. */
        PENUMBRA
    }
}
