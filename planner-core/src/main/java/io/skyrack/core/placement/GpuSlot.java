package io.skyrack.core.placement;

import java.util.Objects;

/**
 * One GPU that can host workload replicas, with its capacity at the sustained power mode the thermal
 * engine chose for it.
 *
 * @param id identifier, unique in the problem (for example {@code "sat-3/t1/g0"})
 * @param satellite index of the satellite in {@link PlacementProblem#satellites()}
 * @param tile index of the TILE on that satellite
 * @param index index of the GPU in its TILE
 * @param profileId GPU profile identifier in the catalog (for example {@code "jetson-agx-orin-64gb"})
 * @param memory memory size (byte)
 * @param compute sustained compute at the chosen power mode (INT8 operations per second)
 * @param power power drawn while active at that mode (W); counted whole, whatever the load
 * @param idlePower power drawn while idle but not powered down (W)
 * @param thermalHeadroom junction temperature margin at that mode (K), ≥ 0; +∞ when unknown
 */
public record GpuSlot(
        String id,
        int satellite,
        int tile,
        int index,
        String profileId,
        long memory,
        double compute,
        double power,
        double idlePower,
        double thermalHeadroom) {

    /** Checks ranges; a GPU with no memory or compute is a bug in the caller, not an engineering finding. */
    public GpuSlot {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(profileId, "profileId");
        if (id.isBlank()) {
            throw new IllegalArgumentException("GPU id is blank");
        }
        if (satellite < 0 || tile < 0 || index < 0) {
            throw new IllegalArgumentException("GPU " + id + ": negative satellite, tile or GPU index");
        }
        if (memory <= 0) {
            throw new IllegalArgumentException("GPU " + id + ": memory must be positive, got " + memory);
        }
        if (!(compute > 0) || Double.isInfinite(compute)) {
            throw new IllegalArgumentException("GPU " + id + ": compute must be positive and finite, got " + compute);
        }
        if (!(power > 0) || Double.isInfinite(power)) {
            throw new IllegalArgumentException("GPU " + id + ": power must be positive and finite, got " + power);
        }
        if (!(idlePower >= 0) || idlePower > power) {
            throw new IllegalArgumentException("GPU " + id + ": idle power must lie in [0, power], got " + idlePower);
        }
        if (!(thermalHeadroom >= 0)) {
            throw new IllegalArgumentException("GPU " + id + ": thermal headroom must be ≥ 0, got " + thermalHeadroom);
        }
    }
}
