package io.skyrack.core.placement;

import static io.skyrack.core.placement.PlacementFixtures.line;
import static io.skyrack.core.placement.PlacementFixtures.workload;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.skyrack.core.plan.Workload.DataSource;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Re-placement after losing a GPU, a TILE, a satellite or a link, on the line of {@link PlacementFixtures}. */
class FailureAnalyzerTest {

    private final PlacementSolver solver = new TimefoldPlacementSolver(PlacementSettings.reproducible(3, 5000));
    private final FailureAnalyzer analyzer = new FailureAnalyzer(solver);

    /** Three 40 GiB workloads (one per GPU) plus a sensor workload on sat-0 that serves sat-2, pinned there. */
    private static PlacementProblem problem() {
        return line(List.of(workload("a", 40, 10), workload("b", 40, 10), workload("c", 40, 10),
                workload("s", 4, 5, 1, Double.POSITIVE_INFINITY, DataSource.satellite("sat-0"), 10e6, 1, "sat-2",
                        List.of())));
    }

    @Test
    void losingAGpuMovesOnlyItsReplicas() {
        PlacementProblem p = problem();
        PlacementResult before = solver.solve(p);
        Assignment victim = before.assignments().stream().filter(a -> a.workload().equals("a")).findFirst()
                .orElseThrow();
        FailureReport r = analyzer.analyze(p, before, Failure.gpu(victim.gpuId()));
        assertEquals(1, r.lost().gpus());
        assertEquals(64L << 30, r.lost().memory());
        assertEquals(200e12, r.lost().compute(), 1.0);
        assertEquals(50.0, r.lost().power(), 1e-12);
        Set<String> onVictim = new HashSet<>();
        before.assignments().stream().filter(a -> a.gpuId().equals(victim.gpuId()))
                .forEach(a -> onVictim.add(a.workload() + "#" + a.replica()));
        Set<String> moved = new HashSet<>();
        r.moved().forEach(m -> moved.add(m.workload() + "#" + m.replica()));
        assertEquals(onVictim, moved);
        assertEquals(before.assignments().size() - onVictim.size(), r.kept());
        assertTrue(r.moved().stream().allMatch(m -> m.to().isPresent()));
        assertTrue(r.result().assignments().stream().noneMatch(a -> a.gpuId().equals(victim.gpuId())));
        assertTrue(BruteForce.violations(FailureAnalyzer.apply(p, Failure.gpu(victim.gpuId())),
                r.result().assignments()).isEmpty());
    }

    @Test
    void losingATileTakesBothItsGpus() {
        PlacementProblem p = problem();
        FailureReport r = analyzer.analyze(p, solver.solve(p), Failure.tile("sat-0", 0));
        assertEquals(2, r.lost().gpus());
        assertTrue(r.result().assignments().stream().noneMatch(a -> a.satellite().equals("sat-0")));
    }

    @Test
    void losingASatelliteCutsTheRoutesThroughIt() {
        PlacementProblem p = problem();
        PlacementResult before = solver.solve(p);
        FailureReport r = analyzer.analyze(p, before, Failure.satellite("sat-1"));
        assertEquals(2, r.lost().gpus());
        assertEquals(List.of("sat-0~sat-1", "sat-1~sat-2"), r.lost().links());
        // sat-2 can no longer hear sat-0: s is lost, with the reason
        assertTrue(r.moved().contains(new ReplicaMove("s", 0, before.assignments().stream()
                .filter(a -> a.workload().equals("s")).findFirst().orElseThrow().gpuId(), Optional.empty())));
        assertEquals(1, r.replicasLost());
        assertEquals(BlockingConstraint.LATENCY_SLO, r.result().unplaced().get(0).constraint());
    }

    @Test
    void losingALinkKeepsEverythingElse() {
        PlacementProblem p = problem();
        PlacementResult before = solver.solve(p);
        FailureReport r = analyzer.analyze(p, before, Failure.link("sat-1~sat-2"));
        assertEquals(0, r.lost().gpus());
        assertEquals(List.of("sat-1~sat-2"), r.lost().links());
        assertEquals(1, r.workloadsMoved());
        assertEquals(before.assignments().size() - 1, r.kept());
        assertFalse(r.result().unplaced().isEmpty());
    }

    @Test
    void unknownElementsAreRejected() {
        PlacementProblem p = problem();
        PlacementResult before = solver.solve(p);
        assertThrows(IllegalArgumentException.class, () -> analyzer.analyze(p, before, Failure.gpu("x")));
        assertThrows(IllegalArgumentException.class, () -> analyzer.analyze(p, before, Failure.tile("sat-0", 7)));
        assertThrows(IllegalArgumentException.class, () -> analyzer.analyze(p, before, Failure.satellite("x")));
        assertThrows(IllegalArgumentException.class, () -> analyzer.analyze(p, before, Failure.link("x")));
    }
}
