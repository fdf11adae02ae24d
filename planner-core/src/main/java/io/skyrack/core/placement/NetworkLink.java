package io.skyrack.core.placement;

import java.util.Objects;

/**
 * A crosslink between two satellites, as {@link MatrixNetworkView} takes it.
 *
 * @param id identifier, unique in the network
 * @param satelliteA one end (satellite name)
 * @param satelliteB other end (satellite name)
 * @param latency worst-case one-way latency over the window, including per-hop processing (s)
 * @param capacity data rate the link carries (bit/s)
 */
public record NetworkLink(String id, String satelliteA, String satelliteB, double latency, double capacity) {

    /** Checks ranges. */
    public NetworkLink {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(satelliteA, "satelliteA");
        Objects.requireNonNull(satelliteB, "satelliteB");
        if (satelliteA.equals(satelliteB)) {
            throw new IllegalArgumentException("link " + id + " joins " + satelliteA + " to itself");
        }
        if (!(latency >= 0) || Double.isInfinite(latency)) {
            throw new IllegalArgumentException("link " + id + ": latency must be finite and ≥ 0, got " + latency);
        }
        if (!(capacity >= 0)) {
            throw new IllegalArgumentException("link " + id + ": capacity must be ≥ 0, got " + capacity);
        }
    }
}
