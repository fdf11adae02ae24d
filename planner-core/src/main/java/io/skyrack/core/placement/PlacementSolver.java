package io.skyrack.core.placement;

import java.util.List;

/** Places workload replicas on GPUs. */
public interface PlacementSolver {

    /**
     * @param problem the problem
     * @return the placement
     */
    default PlacementResult solve(PlacementProblem problem) {
        return solve(problem, List.of());
    }

    /**
     * Places the replicas around a set of kept ones, which do not move.
     *
     * @param problem the problem
     * @param pinned replicas kept where they are; together they must satisfy every hard constraint
     * @return the placement, including the pinned replicas
     * @throws IllegalArgumentException when a pinned replica names an unknown workload, replica or GPU, or the
     *     pinned replicas break a hard constraint
     */
    PlacementResult solve(PlacementProblem problem, List<Assignment> pinned);
}
