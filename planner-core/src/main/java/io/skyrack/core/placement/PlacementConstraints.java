package io.skyrack.core.placement;

import ai.timefold.solver.core.api.score.buildin.bendablelong.BendableLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintCollectors;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;

/**
 * The placement model as constraint streams, one method per constraint.
 *
 * <p>Hard (one level; a placement is feasible when it is 0): GPU memory, GPU compute, satellite power,
 * replicas on distinct satellites, anti-affinity, pinning, latency SLO and crosslink bandwidth. Capacity
 * constraints penalise the excess (MiB, GOPS, W, Mbit/s, rounded up), the others one per violating replica
 * or pair.
 *
 * <p>Soft, one level each, in priority order: 0 unserved priority-weighted demand; 1 active GPUs; 2 latency
 * from the data source (µs); 3 crosslink hops; 4 thermal cost of the active GPUs (sustained power over
 * headroom, mW/K); 5 packing density, a tie-breaker that prefers full GPUs to half-full ones and so steers
 * the search toward GPUs it can empty.
 */
public final class PlacementConstraints implements ConstraintProvider {

    /** Soft level of unserved demand. */
    static final int UNSERVED = 0;
    /** Soft level of active GPUs. */
    static final int ACTIVE = 1;
    /** Soft level of latency. */
    static final int LATENCY = 2;
    /** Soft level of hop count. */
    static final int HOPS = 3;
    /** Soft level of thermal cost. */
    static final int THERMAL = 4;
    /** Soft level of packing density. */
    static final int PACKING = 5;
    /** Packing cost of an active GPU with nothing on it; a full one costs 0. */
    static final long EMPTY_PACKING_COST = 20_000;

    private static final BendableLongScore HARD = BendableLongScore.ofHard(PlacementSolution.HARD_LEVELS,
            PlacementSolution.SOFT_LEVELS, 0, 1);

    @Override
    public Constraint[] defineConstraints(ConstraintFactory f) {
        return new Constraint[] {
            gpuMemory(f), gpuCompute(f), satellitePower(f), replicasOnDistinctSatellites(f), antiAffinity(f),
            pinnedSatellite(f), latencySlo(f), crosslinkBandwidth(f),
            unservedDemand(f), activeGpus(f), latency(f), hops(f), thermalCost(f), packingDensity(f)
        };
    }

    /** The replicas on a GPU fit in its memory. */
    Constraint gpuMemory(ConstraintFactory f) {
        return f.forEach(ReplicaAssignment.class)
                .groupBy(ReplicaAssignment::getGpu, ConstraintCollectors.sumLong(ReplicaAssignment::memory))
                .filter((gpu, used) -> used > gpu.memory)
                .penalizeLong(HARD, (gpu, used) -> ceilDiv(used - gpu.memory, PlacementUnits.MIB))
                .asConstraint("GPU memory");
    }

    /** The replicas on a GPU need no more compute than it sustains. */
    Constraint gpuCompute(ConstraintFactory f) {
        return f.forEach(ReplicaAssignment.class)
                .groupBy(ReplicaAssignment::getGpu, ConstraintCollectors.sumLong(ReplicaAssignment::compute))
                .filter((gpu, used) -> used > gpu.compute)
                .penalizeLong(HARD, (gpu, used) -> ceilDiv(used - gpu.compute, 1000))
                .asConstraint("GPU compute");
    }

    /** The active GPUs of a satellite, at their sustained power, stay within its compute power budget. */
    Constraint satellitePower(ConstraintFactory f) {
        return f.forEach(ReplicaAssignment.class)
                .groupBy(ReplicaAssignment::getGpu)
                .groupBy(GpuNode::satellite, ConstraintCollectors.sumLong(g -> g.activePower))
                .filter((sat, power) -> power > sat.activeBudget)
                .penalizeLong(HARD, (sat, power) -> ceilDiv(power - sat.activeBudget, 1000))
                .asConstraint("satellite power");
    }

    /** Replicas of one workload run on distinct satellites (fault domains). */
    Constraint replicasOnDistinctSatellites(ConstraintFactory f) {
        return f.forEachUniquePair(ReplicaAssignment.class,
                        Joiners.equal(ReplicaAssignment::workload), Joiners.equal(ReplicaAssignment::satellite))
                .penalize(HARD)
                .asConstraint("replicas on distinct satellites");
    }

    /** Anti-affine workloads do not share a satellite. */
    Constraint antiAffinity(ConstraintFactory f) {
        return f.forEach(ReplicaAssignment.class)
                .filter(r -> r.workload().hasAntiAffinity())
                .join(f.forEach(ReplicaAssignment.class).filter(r -> r.workload().hasAntiAffinity()),
                        Joiners.equal(ReplicaAssignment::satellite), Joiners.lessThan(ReplicaAssignment::getId),
                        Joiners.filtering((a, b) -> a.workload().avoids(b.workload())))
                .penalize(HARD)
                .asConstraint("anti-affinity");
    }

    /** A pinned workload runs on its satellite. */
    Constraint pinnedSatellite(ConstraintFactory f) {
        return f.forEach(ReplicaAssignment.class)
                .filter(r -> !r.workload().pinAllows(r.satellite()))
                .penalize(HARD)
                .asConstraint("pinned satellite");
    }

    /** A replica runs where the worst-case latency from its data source meets the SLO. */
    Constraint latencySlo(ConstraintFactory f) {
        return f.forEach(ReplicaAssignment.class)
                .filter(r -> !r.workload().withinSlo(r.satellite()))
                .penalize(HARD)
                .asConstraint("latency SLO");
    }

    /** The input data of the replicas routed over a crosslink fits in its capacity. */
    Constraint crosslinkBandwidth(ConstraintFactory f) {
        return f.forEach(ReplicaAssignment.class)
                .filter(r -> r.workload().rate > 0)
                .flatten(ReplicaAssignment::route)
                .groupBy((r, link) -> link, ConstraintCollectors.sumLong((r, link) -> r.workload().rate))
                .filter((link, load) -> load > link.capacity)
                .penalizeLong(HARD, (link, load) -> ceilDiv(load - link.capacity, 1_000_000))
                .asConstraint("crosslink bandwidth");
    }

    /** Serve the most priority-weighted demand: each unplaced replica costs priority × GOPS. */
    Constraint unservedDemand(ConstraintFactory f) {
        return f.forEachIncludingUnassigned(ReplicaAssignment.class)
                .filter(r -> r.getGpu() == null)
                .penalizeLong(soft(UNSERVED), r -> r.workload().demandWeight)
                .asConstraint("unserved demand");
    }

    /** Use the fewest GPUs; the others can be powered down. */
    Constraint activeGpus(ConstraintFactory f) {
        return f.forEach(ReplicaAssignment.class)
                .groupBy(ReplicaAssignment::getGpu)
                .penalize(soft(ACTIVE))
                .asConstraint("active GPUs");
    }

    /** Run close to the data: worst-case latency from the source (µs). */
    Constraint latency(ConstraintFactory f) {
        return f.forEach(ReplicaAssignment.class)
                .filter(r -> r.workload().latencyMicros(r.satellite()) > 0)
                .penalizeLong(soft(LATENCY), r -> r.workload().latencyMicros(r.satellite()))
                .asConstraint("latency");
    }

    /** Cross few links: hops from the source. */
    Constraint hops(ConstraintFactory f) {
        return f.forEach(ReplicaAssignment.class)
                .filter(r -> !r.route().isEmpty())
                .penalize(soft(HOPS), r -> r.route().size())
                .asConstraint("hops");
    }

    /** Put heat where there is thermal headroom: each active GPU costs its sustained power over its headroom. */
    Constraint thermalCost(ConstraintFactory f) {
        return f.forEach(ReplicaAssignment.class)
                .groupBy(ReplicaAssignment::getGpu)
                .filter(gpu -> gpu.thermalCost > 0)
                .penalizeLong(soft(THERMAL), gpu -> gpu.thermalCost)
                .asConstraint("thermal cost");
    }

    /** Prefer full GPUs: each active GPU costs 10⁴ × (2 − memory fill² − compute fill²). */
    Constraint packingDensity(ConstraintFactory f) {
        return f.forEach(ReplicaAssignment.class)
                .groupBy(ReplicaAssignment::getGpu, ConstraintCollectors.sumLong(ReplicaAssignment::memory),
                        ConstraintCollectors.sumLong(ReplicaAssignment::compute))
                .penalizeLong(soft(PACKING), PlacementConstraints::packingCost)
                .asConstraint("packing density");
    }

    /**
     * @param gpu an active GPU
     * @param memory memory used on it (byte)
     * @param compute compute used on it (quanta)
     * @return its packing cost, 0 when full in both dimensions
     */
    static long packingCost(GpuNode gpu, long memory, long compute) {
        double m = Math.min(1.0, (double) memory / gpu.memory);
        double c = Math.min(1.0, (double) compute / Math.max(1, gpu.compute));
        return EMPTY_PACKING_COST - Math.round(EMPTY_PACKING_COST / 2.0 * (m * m + c * c));
    }

    private static BendableLongScore soft(int level) {
        return BendableLongScore.ofSoft(PlacementSolution.HARD_LEVELS, PlacementSolution.SOFT_LEVELS, level, 1);
    }

    private static long ceilDiv(long x, long y) {
        return -Math.floorDiv(-x, y);
    }
}
