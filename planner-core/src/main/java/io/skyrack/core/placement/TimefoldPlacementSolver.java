package io.skyrack.core.placement;

import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.RuinRecreateMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.util.List;

/**
 * The placement optimizer: {@link FirstFitDecreasingSolver first-fit decreasing} builds a feasible start; on
 * small problems a bounded exhaustive search makes it optimal in unserved demand and active GPUs (and says
 * so); then Timefold's late-acceptance local search improves it with change, swap, GPU-evacuation and
 * ruin-and-recreate moves until a limit of {@link PlacementSettings} ends it; a last first-fit pass places
 * any replica that fits in capacity the search freed.
 */
public final class TimefoldPlacementSolver implements PlacementSolver {

    /** Late-acceptance history length (steps). */
    static final int LATE_ACCEPTANCE_SIZE = 400;
    /** Most replicas one ruin-and-recreate move takes out and puts back. */
    static final int RUINED_MAX = 8;
    /** Probability weight of ruin-and-recreate moves against 1 for the others: they cost a pass over all GPUs. */
    static final double RUIN_WEIGHT = 0.02;

    /**
     * Moves of the local search once the exact search has proven the two leading objectives (served demand,
     * active GPUs) optimal: only latency, hops and thermal balance can still improve, and a short search settles
     * them without spending seconds on thousands of GPUs.
     */
    static final long PROVEN_MOVES = 500;

    private final SolverFactory<PlacementSolution> factory;
    private final SolverFactory<PlacementSolution> provenFactory;

    /** @param settings seed and limits */
    public TimefoldPlacementSolver(PlacementSettings settings) {
        factory = SolverFactory.create(config(settings));
        long moves = settings.moveLimit() > 0 ? Math.min(settings.moveLimit(), PROVEN_MOVES) : PROVEN_MOVES;
        provenFactory = SolverFactory.create(config(new PlacementSettings(settings.randomSeed(), settings.timeLimit(),
                settings.unimprovedTimeLimit(), moves)));
    }

    @Override
    public PlacementResult solve(PlacementProblem problem, List<Assignment> pinned) {
        long t0 = System.nanoTime();
        CompiledProblem p = new CompiledProblem(problem);
        List<ReplicaAssignment> replicas = PlacementRun.replicas(p, pinned);
        FirstFitDecreasing.place(p, replicas, CapacityLedger.of(p, replicas));
        double construction = (System.nanoTime() - t0) * 1e-9;
        boolean proven = ExactSearch.improve(p, replicas) || meetsBound(p, replicas);
        if (!p.gpus.isEmpty() && replicas.stream().anyMatch(r -> !r.isPinned())) {
            Solver<PlacementSolution> solver = (proven ? provenFactory : factory).buildSolver();
            replicas = solver.solve(new PlacementSolution(p, replicas)).replicas();
        }
        PlacementRun.repair(p, replicas);
        return PlacementRun.result(p, replicas, proven, construction, (System.nanoTime() - t0) * 1e-9);
    }

    /** Every replica placed on as many GPUs as the lower bound: the two leading objectives are optimal. */
    static boolean meetsBound(CompiledProblem p, List<ReplicaAssignment> replicas) {
        java.util.Set<GpuNode> active = new java.util.HashSet<>();
        List<WorkloadNode> placed = new java.util.ArrayList<>();
        for (ReplicaAssignment r : replicas) {
            if (r.getGpu() == null) {
                return false;
            }
            active.add(r.getGpu());
            placed.add(r.workload());
        }
        return !placed.isEmpty() && active.size() <= ActiveGpuLowerBound.of(p, placed).value();
    }

    private static SolverConfig config(PlacementSettings settings) {
        TerminationConfig termination = new TerminationConfig();
        if (!settings.timeLimit().isZero()) {
            termination.setSpentLimit(settings.timeLimit());
        }
        if (!settings.unimprovedTimeLimit().isZero()) {
            termination.setUnimprovedSpentLimit(settings.unimprovedTimeLimit());
        }
        if (settings.moveLimit() > 0) {
            // a move limit, unlike a step limit, also ends a step in which no move is accepted
            termination.setMoveCountLimit(settings.moveLimit());
        }
        LocalSearchPhaseConfig localSearch = new LocalSearchPhaseConfig()
                .withMoveSelectorConfig(new UnionMoveSelectorConfig().withMoveSelectors(
                        new ChangeMoveSelectorConfig().withFixedProbabilityWeight(1.0),
                        new SwapMoveSelectorConfig().withFixedProbabilityWeight(1.0),
                        new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(GpuEvacuationMoveFactory.class)
                                .withFixedProbabilityWeight(1.0),
                        new RuinRecreateMoveSelectorConfig().withMinimumRuinedCount(1)
                                .withMaximumRuinedCount(RUINED_MAX).withFixedProbabilityWeight(RUIN_WEIGHT)))
                .withAcceptorConfig(new LocalSearchAcceptorConfig().withLateAcceptanceSize(LATE_ACCEPTANCE_SIZE))
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1))
                .withTerminationConfig(termination);
        return PlacementRun.domain()
                .withEnvironmentMode(EnvironmentMode.NO_ASSERT)
                .withRandomSeed(settings.randomSeed())
                .withPhases(localSearch);
    }
}
