package io.skyrack.core.placement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The deterministic construction heuristic: replicas by priority, then by size (the larger of their
 * memory and compute shares of the largest GPU), each on the first GPU, largest GPUs first, where every hard
 * constraint still holds. Pinned and already placed replicas stay; the others that fit nowhere stay
 * unplaced.
 */
final class FirstFitDecreasing {

    private FirstFitDecreasing() {
    }

    /**
     * Places every unplaced, unpinned replica that fits.
     *
     * @param p the problem
     * @param replicas the replicas; placed ones are kept
     * @param ledger totals of the replicas already placed; updated
     * @return the number of replicas placed
     */
    static int place(CompiledProblem p, List<ReplicaAssignment> replicas, CapacityLedger ledger) {
        List<GpuNode> gpus = gpuOrder(p);
        List<ReplicaAssignment> todo = new ArrayList<>();
        for (ReplicaAssignment r : replicas) {
            if (r.getGpu() == null && !r.isPinned()) {
                todo.add(r);
            }
        }
        todo.sort(replicaOrder(p));
        int placed = 0;
        for (ReplicaAssignment r : todo) {
            WorkloadNode w = r.workload();
            for (GpuNode g : gpus) {
                if (ledger.fits(w, g)) {
                    r.setGpu(g);
                    ledger.place(w, g);
                    placed++;
                    break;
                }
            }
        }
        return placed;
    }

    /** @return GPUs, largest memory first, then largest compute, then problem order */
    static List<GpuNode> gpuOrder(CompiledProblem p) {
        List<GpuNode> gpus = new ArrayList<>(p.gpus);
        gpus.sort(Comparator.comparingLong((GpuNode g) -> -g.memory).thenComparingLong(g -> -g.compute)
                .thenComparingInt(g -> g.index));
        return gpus;
    }

    /** @return replicas by priority (high first), size (large first), then workload and replica index */
    static Comparator<ReplicaAssignment> replicaOrder(CompiledProblem p) {
        long maxMemory = Math.max(1, p.gpus.stream().mapToLong(g -> g.memory).max().orElse(1));
        long maxCompute = Math.max(1, p.gpus.stream().mapToLong(g -> g.compute).max().orElse(1));
        return Comparator.comparingInt((ReplicaAssignment r) -> -r.workload().spec.priority())
                .thenComparingDouble(r -> -Math.max((double) r.memory() / maxMemory,
                        (double) r.compute() / maxCompute))
                .thenComparingInt(r -> r.workload().index)
                .thenComparingInt(ReplicaAssignment::replica);
    }
}
