package io.skyrack.core.placement;

import java.util.List;

/**
 * The construction heuristic alone (see {@link TimefoldPlacementSolver} for what it seeds): deterministic
 * and fast, the baseline the benchmark compares the optimizer with.
 */
public final class FirstFitDecreasingSolver implements PlacementSolver {

    @Override
    public PlacementResult solve(PlacementProblem problem, List<Assignment> pinned) {
        long t0 = System.nanoTime();
        CompiledProblem p = new CompiledProblem(problem);
        List<ReplicaAssignment> replicas = PlacementRun.replicas(p, pinned);
        FirstFitDecreasing.place(p, replicas, CapacityLedger.of(p, replicas));
        double seconds = (System.nanoTime() - t0) * 1e-9;
        return PlacementRun.result(p, replicas, false, seconds, seconds);
    }
}
