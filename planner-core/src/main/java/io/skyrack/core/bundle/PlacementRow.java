package io.skyrack.core.bundle;

import java.util.Objects;

/**
 * One replica of a workload placed on one GPU, as the bundle records it for the control plane.
 *
 * @param workload workload name (from the plan)
 * @param replica replica number, 0-based
 * @param satellite satellite name
 * @param tile TILE slot label on that satellite, {@code r<row>c<column>} 1-based (as in {@code power_thermal.csv})
 * @param gpu GPU index on that TILE, 0-based, counting the TILE's GPU groups in order
 * @param powerMode power mode the GPU runs the replica in (a mode name of its profile)
 * @param image container image reference
 * @param memoryBytes memory the replica needs (byte)
 * @param computeOpsPerSecond compute the replica needs (INT8 operations per second; 1 TOPS = 1e12)
 */
public record PlacementRow(String workload, int replica, String satellite, String tile, int gpu, String powerMode,
                           String image, long memoryBytes, double computeOpsPerSecond) {

    /** Checks structure. */
    public PlacementRow {
        Objects.requireNonNull(workload, "workload");
        Objects.requireNonNull(satellite, "satellite");
        Objects.requireNonNull(tile, "tile");
        Objects.requireNonNull(powerMode, "powerMode");
        Objects.requireNonNull(image, "image");
        if (replica < 0 || gpu < 0 || memoryBytes < 0 || !(computeOpsPerSecond >= 0)) {
            throw new IllegalArgumentException("replica, gpu, memory and compute must not be negative: " + workload
                    + "#" + replica);
        }
    }

    /**
     * @param a an analysis
     * @return one row per replica its placement placed, in placement order
     */
    public static java.util.List<PlacementRow> of(io.skyrack.core.analysis.Analysis a) {
        java.util.Map<String, io.skyrack.core.plan.Workload> workloads = new java.util.HashMap<>();
        a.plan().workloads().forEach(w -> workloads.put(w.name(), w));
        java.util.List<PlacementRow> rows = new java.util.ArrayList<>();
        for (io.skyrack.core.placement.Assignment as : a.placement().result().assignments()) {
            var gpu = a.placement().gpu(as);
            var w = workloads.get(as.workload());
            if (gpu.isEmpty() || w == null || gpu.get().mode().isEmpty()) {
                continue;
            }
            rows.add(new PlacementRow(as.workload(), as.replica(), as.satellite(), gpu.get().tile(), as.gpu(),
                    gpu.get().mode().get(), w.image(), w.memory(), w.compute()));
        }
        return rows;
    }
}
