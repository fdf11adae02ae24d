package io.skyrack.core.placement;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.buildin.bendablelong.BendableLongScore;
import java.util.List;

/**
 * Planning solution: the facts (GPUs, satellites, links, workloads) and the replica entities. The score has
 * one hard level and the soft levels of {@link PlacementConstraints}, in priority order.
 */
@PlanningSolution
final class PlacementSolution {

    /** Hard score levels. */
    static final int HARD_LEVELS = 1;
    /** Soft score levels. */
    static final int SOFT_LEVELS = 6;

    private CompiledProblem problem;
    @ProblemFactCollectionProperty
    @ValueRangeProvider
    private List<GpuNode> gpus;
    @ProblemFactCollectionProperty
    private List<SatelliteNode> satellites;
    @ProblemFactCollectionProperty
    private List<LinkNode> links;
    @ProblemFactCollectionProperty
    private List<WorkloadNode> workloads;
    @PlanningEntityCollectionProperty
    private List<ReplicaAssignment> replicas;
    @PlanningScore(bendableHardLevelsSize = HARD_LEVELS, bendableSoftLevelsSize = SOFT_LEVELS)
    private BendableLongScore score;

    /** For the solver's cloning. */
    PlacementSolution() {
    }

    PlacementSolution(CompiledProblem problem, List<ReplicaAssignment> replicas) {
        this.problem = problem;
        this.gpus = problem.gpus;
        this.satellites = problem.satellites;
        this.links = problem.links;
        this.workloads = problem.workloads;
        this.replicas = replicas;
    }

    CompiledProblem problem() {
        return problem;
    }

    List<ReplicaAssignment> replicas() {
        return replicas;
    }

    BendableLongScore getScore() {
        return score;
    }

    void setScore(BendableLongScore score) {
        this.score = score;
    }
}
