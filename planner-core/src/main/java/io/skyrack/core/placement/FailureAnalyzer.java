package io.skyrack.core.placement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Failure analysis: takes a GPU, a TILE, a satellite or a crosslink away and re-places incrementally.
 * Replicas whose placement is still valid stay where they are, pinned (checked in priority order, so when a
 * re-routed link can no longer carry every kept replica the lower priorities give way); the others are
 * placed again around them.
 */
public final class FailureAnalyzer {

    private final PlacementSolver solver;

    /** @param solver solver that re-places the displaced replicas */
    public FailureAnalyzer(PlacementSolver solver) {
        this.solver = Objects.requireNonNull(solver, "solver");
    }

    /**
     * @param problem the problem before the failure
     * @param baseline its placement
     * @param failure what fails
     * @return capacity lost, replicas moved and the new placement
     * @throws IllegalArgumentException when the failure names an element the problem does not have
     */
    public FailureReport analyze(PlacementProblem problem, PlacementResult baseline, Failure failure) {
        PlacementProblem reduced = apply(problem, failure);
        List<Assignment> kept = stillValid(reduced, baseline.assignments());
        PlacementResult result = solver.solve(reduced, kept);
        Map<String, Assignment> now = new HashMap<>();
        for (Assignment a : result.assignments()) {
            now.put(a.workload() + "#" + a.replica(), a);
        }
        List<ReplicaMove> moved = new ArrayList<>();
        for (Assignment before : baseline.assignments()) {
            Assignment after = now.get(before.workload() + "#" + before.replica());
            if (after == null || !after.gpuId().equals(before.gpuId())) {
                moved.add(new ReplicaMove(before.workload(), before.replica(), before.gpuId(),
                        Optional.ofNullable(after).map(Assignment::gpuId)));
            }
        }
        return new FailureReport(failure, loss(problem, reduced, failure), kept.size(), moved, result);
    }

    /**
     * @param problem a problem
     * @param failure what fails
     * @return the problem without the failed element
     * @throws IllegalArgumentException when the problem does not have that element
     */
    static PlacementProblem apply(PlacementProblem problem, Failure failure) {
        if (failure instanceof Failure.Gpu gpu) {
            if (problem.gpus().stream().noneMatch(g -> g.id().equals(gpu.id()))) {
                throw new IllegalArgumentException("no GPU " + gpu.id());
            }
            return problem.withoutGpus(g -> g.id().equals(gpu.id()));
        }
        if (failure instanceof Failure.Tile tile) {
            int s = satellite(problem, tile.satellite());
            if (problem.gpus().stream().noneMatch(g -> g.satellite() == s && g.tile() == tile.tile())) {
                throw new IllegalArgumentException("no TILE " + tile.tile() + " with GPUs on " + tile.satellite());
            }
            return problem.withoutGpus(g -> g.satellite() == s && g.tile() == tile.tile());
        }
        if (failure instanceof Failure.Satellite sat) {
            int s = satellite(problem, sat.name());
            return problem.withoutGpus(g -> g.satellite() == s)
                    .withNetwork(problem.network().withoutSatellite(sat.name()));
        }
        Failure.Link link = (Failure.Link) failure;
        if (!problem.network().links().contains(link.id())) {
            throw new IllegalArgumentException("no crosslink " + link.id());
        }
        return problem.withNetwork(problem.network().withoutLinks(Set.of(link.id())));
    }

    /** @return the assignments still valid in {@code reduced}, taken in priority order while they fit */
    private static List<Assignment> stillValid(PlacementProblem reduced, List<Assignment> before) {
        CompiledProblem p = new CompiledProblem(reduced);
        CapacityLedger ledger = new CapacityLedger(p);
        List<Assignment> ordered = new ArrayList<>(before);
        ordered.sort(Comparator.comparingInt((Assignment a) -> {
            WorkloadNode w = p.workloadByName.get(a.workload());
            return w == null ? 0 : -w.spec.priority();
        }).thenComparing(Assignment::workload).thenComparingInt(Assignment::replica));
        List<Assignment> kept = new ArrayList<>();
        for (Assignment a : ordered) {
            WorkloadNode w = p.workloadByName.get(a.workload());
            GpuNode g = p.gpuById.get(a.gpuId());
            if (w != null && g != null && ledger.fits(w, g)) {
                ledger.place(w, g);
                kept.add(a);
            }
        }
        return kept;
    }

    private static CapacityLoss loss(PlacementProblem before, PlacementProblem after, Failure failure) {
        Set<String> remaining = new HashSet<>();
        after.gpus().forEach(g -> remaining.add(g.id()));
        int gpus = 0;
        long memory = 0;
        double compute = 0;
        double power = 0;
        for (GpuSlot g : before.gpus()) {
            if (!remaining.contains(g.id())) {
                gpus++;
                memory += g.memory();
                compute += g.compute();
                power += g.power();
            }
        }
        List<String> links = new ArrayList<>(before.network().links());
        links.removeAll(after.network().links());
        return new CapacityLoss(gpus, memory, compute, power, links);
    }

    private static int satellite(PlacementProblem problem, String name) {
        int s = problem.satelliteIndex(name);
        if (s < 0) {
            throw new IllegalArgumentException("no satellite " + name);
        }
        return s;
    }
}
