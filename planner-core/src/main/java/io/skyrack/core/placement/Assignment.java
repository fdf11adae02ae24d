package io.skyrack.core.placement;

import java.util.Objects;

/**
 * One replica of one workload placed on one GPU.
 *
 * @param workload workload name
 * @param replica replica index, 0 … replicas − 1
 * @param satellite satellite name
 * @param tile TILE index on that satellite
 * @param gpu GPU index in that TILE
 * @param gpuId GPU identifier
 */
public record Assignment(String workload, int replica, String satellite, int tile, int gpu, String gpuId) {

    /** Checks structure. */
    public Assignment {
        Objects.requireNonNull(workload, "workload");
        Objects.requireNonNull(satellite, "satellite");
        Objects.requireNonNull(gpuId, "gpuId");
    }
}
