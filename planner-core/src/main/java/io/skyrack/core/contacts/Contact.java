package io.skyrack.core.contacts;

import java.time.Instant;
import java.util.Objects;

/**
 * One pass of a satellite over a ground station above its minimum elevation.
 *
 * @param satellite satellite index in the grid
 * @param satelliteName satellite name
 * @param station station index in the plan
 * @param stationName station name
 * @param start rise (UTC)
 * @param end set (UTC)
 * @param startSeconds rise, seconds from the grid start
 * @param endSeconds set, seconds from the grid start
 * @param maxElevation highest elevation during the pass (rad)
 * @param volume data that can be downlinked during the pass at the station's rate (bit)
 */
public record Contact(int satellite, String satelliteName, int station, String stationName, Instant start,
                      Instant end, double startSeconds, double endSeconds, double maxElevation, double volume) {

    /** Checks structure. */
    public Contact {
        Objects.requireNonNull(satelliteName, "satelliteName");
        Objects.requireNonNull(stationName, "stationName");
    }

    /** @return duration (s) */
    public double duration() {
        return endSeconds - startSeconds;
    }
}
