package io.skyrack.core.placement;

import java.util.Arrays;
import java.util.List;

/** Solver fact for a workload: demands in solver units, its route table and its anti-affine partners. */
final class WorkloadNode {

    /** Value of {@link #pinnedSatellite} when the workload is not pinned. */
    static final int NOT_PINNED = -1;
    /** Value of {@link #pinnedSatellite} when it is pinned to a satellite the problem does not have. */
    static final int PINNED_TO_UNKNOWN = -2;

    final int index;
    final PlacementWorkload spec;
    /** Memory per replica (byte). */
    final long memory;
    /** Compute per replica (quanta). */
    final long compute;
    /** Input data rate per replica (bit/s). */
    final long rate;
    /** Soft cost of leaving one replica unplaced: priority × compute (GOPS), at least the priority. */
    final long demandWeight;
    final int pinnedSatellite;
    final SourceRoutes source;
    /** Indices of anti-affine workloads (both directions), sorted. */
    final int[] avoid;

    WorkloadNode(int index, PlacementWorkload spec, int pinnedSatellite, SourceRoutes source, int[] avoid) {
        this.index = index;
        this.spec = spec;
        this.memory = spec.memory();
        this.compute = PlacementUnits.computeDemand(spec.compute());
        this.rate = PlacementUnits.rateDemand(spec.inputDataRate());
        this.demandWeight = spec.priority() * Math.max(1, Math.round(spec.compute() / 1e9));
        this.pinnedSatellite = pinnedSatellite;
        this.source = source;
        this.avoid = avoid;
    }

    /** @param satellite satellite index @return whether that satellite meets the pinning */
    boolean pinAllows(int satellite) {
        return pinnedSatellite == NOT_PINNED || pinnedSatellite == satellite;
    }

    /** @param satellite satellite index @return whether the latency SLO holds there (and it is reachable) */
    boolean withinSlo(int satellite) {
        double l = source.latency[satellite];
        return l < Double.POSITIVE_INFINITY && l <= spec.latencySlo();
    }

    /** @param satellite satellite index @return worst-case latency there (µs) */
    long latencyMicros(int satellite) {
        return PlacementUnits.micros(source.latency[satellite]);
    }

    /** @param satellite satellite index @return crosslinks from the source to that satellite */
    List<LinkNode> route(int satellite) {
        return source.route(satellite);
    }

    /** @return whether any anti-affinity involves this workload */
    boolean hasAntiAffinity() {
        return avoid.length > 0;
    }

    /** @param other another workload @return whether the two must not share a satellite */
    boolean avoids(WorkloadNode other) {
        return Arrays.binarySearch(avoid, other.index) >= 0;
    }

    @Override
    public String toString() {
        return spec.name();
    }
}
