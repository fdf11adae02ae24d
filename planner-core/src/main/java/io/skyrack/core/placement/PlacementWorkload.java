package io.skyrack.core.placement;

import io.skyrack.core.plan.Workload;
import io.skyrack.core.plan.Workload.DataSource;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An inference workload reduced to what placement needs.
 *
 * @param name name, unique in the problem
 * @param memory memory footprint of one replica (byte)
 * @param compute compute demand of one replica (INT8 operations per second)
 * @param replicas number of replicas, each on a distinct satellite (≥ 1)
 * @param latencySlo largest allowed worst-case latency from the data source (s); +∞ for none
 * @param source where the input data comes from
 * @param inputDataRate input data rate each replica receives over crosslinks (bit/s)
 * @param priority priority weight, higher is more important (≥ 1)
 * @param pinnedSatellite satellite every replica must run on, if any
 * @param antiAffinity names of workloads that must not share a satellite with this one (the relation is
 *     taken as symmetric)
 */
public record PlacementWorkload(
        String name,
        long memory,
        double compute,
        int replicas,
        double latencySlo,
        DataSource source,
        double inputDataRate,
        int priority,
        Optional<String> pinnedSatellite,
        List<String> antiAffinity) {

    /** Checks ranges and copies the list. */
    public PlacementWorkload {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(pinnedSatellite, "pinnedSatellite");
        antiAffinity = List.copyOf(antiAffinity);
        if (memory < 0 || !(compute >= 0) || Double.isInfinite(compute)) {
            throw new IllegalArgumentException("workload " + name + ": memory and compute must be finite and ≥ 0");
        }
        if (replicas < 1) {
            throw new IllegalArgumentException("workload " + name + ": replicas must be ≥ 1, got " + replicas);
        }
        if (!(latencySlo >= 0)) {
            throw new IllegalArgumentException("workload " + name + ": latency SLO must be ≥ 0, got " + latencySlo);
        }
        if (!(inputDataRate >= 0) || Double.isInfinite(inputDataRate)) {
            throw new IllegalArgumentException("workload " + name + ": input data rate must be finite and ≥ 0");
        }
        if (priority < 1) {
            throw new IllegalArgumentException("workload " + name + ": priority must be ≥ 1, got " + priority);
        }
    }

    /**
     * @param w a plan workload
     * @return its placement view
     */
    public static PlacementWorkload from(Workload w) {
        return new PlacementWorkload(w.name(), w.memory(), w.compute(), w.replicas(), w.latencySlo(), w.source(),
                w.inputDataRate(), w.priority(), w.pinnedSatellite(), w.antiAffinity());
    }

    /**
     * A workload with one replica, data on every satellite, no latency, rate, pinning or anti-affinity
     * constraint: the shape of pure bin-packing tests and benchmarks.
     *
     * @param name name
     * @param memory memory footprint (byte)
     * @param compute compute demand (operations per second)
     * @return the workload
     */
    public static PlacementWorkload simple(String name, long memory, double compute) {
        return new PlacementWorkload(name, memory, compute, 1, Double.POSITIVE_INFINITY, DataSource.anySatellite(),
                0, 1, Optional.empty(), List.of());
    }
}
