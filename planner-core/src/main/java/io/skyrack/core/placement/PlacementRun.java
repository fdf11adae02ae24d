package io.skyrack.core.placement;

import ai.timefold.solver.core.api.score.buildin.bendablelong.BendableLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What every solver shares: building the replicas around pinned ones, scoring, and writing the result. */
final class PlacementRun {

    private static final SolverFactory<PlacementSolution> SCORING = SolverFactory.create(domain());

    private PlacementRun() {
    }

    /** @return a solver configuration with the domain and constraints, and no phases */
    static SolverConfig domain() {
        return new SolverConfig()
                .withSolutionClass(PlacementSolution.class)
                .withEntityClasses(ReplicaAssignment.class)
                .withConstraintProviderClass(PlacementConstraints.class);
    }

    /**
     * @param p the problem
     * @param pinned replicas kept where they are
     * @return one entity per replica, the pinned ones placed and pinned, the others unplaced
     * @throws IllegalArgumentException when a pinned replica is unknown or breaks a hard constraint
     */
    static List<ReplicaAssignment> replicas(CompiledProblem p, List<Assignment> pinned) {
        Map<String, Assignment> keep = new HashMap<>();
        for (Assignment a : pinned) {
            WorkloadNode w = p.workloadByName.get(a.workload());
            if (w == null || a.replica() < 0 || a.replica() >= w.spec.replicas()) {
                throw new IllegalArgumentException("pinned replica " + a.workload() + "#" + a.replica()
                        + " is not in the problem");
            }
            if (!p.gpuById.containsKey(a.gpuId())) {
                throw new IllegalArgumentException("pinned replica " + a.workload() + "#" + a.replica()
                        + " names unknown GPU " + a.gpuId());
            }
            if (keep.put(a.workload() + "#" + a.replica(), a) != null) {
                throw new IllegalArgumentException("replica " + a.workload() + "#" + a.replica() + " pinned twice");
            }
        }
        CapacityLedger ledger = new CapacityLedger(p);
        List<ReplicaAssignment> out = new ArrayList<>();
        for (WorkloadNode w : p.workloads) {
            for (int r = 0; r < w.spec.replicas(); r++) {
                Assignment a = keep.get(w.spec.name() + "#" + r);
                GpuNode g = a == null ? null : p.gpuById.get(a.gpuId());
                if (g != null) {
                    BlockingConstraint broken = ledger.blocker(w, g);
                    if (broken != null) {
                        throw new IllegalArgumentException("pinned replica " + w + "#" + r + " on " + g + " breaks "
                                + broken);
                    }
                    ledger.place(w, g);
                }
                out.add(new ReplicaAssignment(out.size(), w, r, g, g != null));
            }
        }
        return out;
    }

    /**
     * Places, first fit, every unplaced replica that still fits: the local search may leave one out when
     * its best score was found before a GPU freed up.
     *
     * @param p the problem
     * @param replicas the replicas; updated
     */
    static void repair(CompiledProblem p, List<ReplicaAssignment> replicas) {
        FirstFitDecreasing.place(p, replicas, CapacityLedger.of(p, replicas));
    }

    /**
     * @param p the problem
     * @param replicas the final replicas
     * @param provenOptimal whether the exact search proved the two leading objectives optimal
     * @param constructionSeconds wall time of the construction (s)
     * @param totalSeconds wall time of the whole solve (s)
     * @return the result, with score, explanations and bound
     */
    static PlacementResult result(CompiledProblem p, List<ReplicaAssignment> replicas, boolean provenOptimal,
                                  double constructionSeconds, double totalSeconds) {
        PlacementSolution solution = new PlacementSolution(p, replicas);
        SolutionManager<PlacementSolution, BendableLongScore> scoring = SolutionManager.create(SCORING);
        BendableLongScore score = scoring.update(solution);
        CapacityLedger ledger = CapacityLedger.of(p, replicas);
        UnplacedExplainer explainer = new UnplacedExplainer(p, ledger);

        List<ReplicaAssignment> ordered = new ArrayList<>(replicas);
        ordered.sort(Comparator.comparing((ReplicaAssignment r) -> r.workload().spec.name())
                .thenComparingInt(ReplicaAssignment::replica));
        List<Assignment> assignments = new ArrayList<>();
        List<UnplacedReplica> unplaced = new ArrayList<>();
        List<WorkloadNode> placed = new ArrayList<>();
        double[] computeUsed = new double[p.gpus.size()];
        for (ReplicaAssignment r : ordered) {
            GpuNode g = r.getGpu();
            if (g == null) {
                unplaced.add(explainer.explain(r));
            } else {
                assignments.add(new Assignment(r.workload().spec.name(), r.replica(), g.satellite.name,
                        g.slot.tile(), g.slot.index(), g.slot.id()));
                placed.add(r.workload());
                computeUsed[g.index] += r.workload().spec.compute();
            }
        }
        boolean idling = p.problem.idleGpus() == PlacementProblem.IdleGpuPower.IDLING;
        List<GpuUse> uses = new ArrayList<>();
        int active = 0;
        for (GpuNode g : p.gpus) {
            int n = ledger.replicas(g);
            active += n > 0 ? 1 : 0;
            double power = n > 0 ? g.slot.power() : idling ? g.slot.idlePower() : 0.0;
            uses.add(new GpuUse(g.slot.id(), g.satellite.name, n, ledger.usedMemory(g), g.memory, computeUsed[g.index],
                    g.slot.compute(), power));
        }
        PlacementObjective objective = new PlacementObjective(-score.hardScore(0),
                -score.softScore(PlacementConstraints.UNSERVED), active, -score.softScore(PlacementConstraints.LATENCY),
                -score.softScore(PlacementConstraints.HOPS), -score.softScore(PlacementConstraints.THERMAL),
                -score.softScore(PlacementConstraints.PACKING), score.toString());
        if (-score.softScore(PlacementConstraints.ACTIVE) != active) {
            throw new IllegalStateException("score counts " + -score.softScore(PlacementConstraints.ACTIVE)
                    + " active GPUs, the ledger " + active);
        }
        return new PlacementResult(assignments, unplaced, uses, objective, ActiveGpuLowerBound.of(p, placed),
                provenOptimal, constructionSeconds, totalSeconds);
    }
}
