package io.skyrack.core.placement;

import static io.skyrack.core.placement.PlacementFixtures.line;
import static io.skyrack.core.placement.PlacementFixtures.workload;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.skyrack.core.plan.Workload.DataSource;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The optimizer end to end: feasibility, optimality on small instances, reproducibility, pinning. */
class TimefoldPlacementSolverTest {

    private static final PlacementSettings QUICK = PlacementSettings.reproducible(1, 20_000);

    @Test
    void improvesOnFirstFitDecreasingWhereItIsKnownToMissTheOptimum() {
        // one 10 GiB GPU per satellite; 5 4 3 3 3 2 GiB: FFD needs 3 GPUs, {5 3 2} {4 3 3} needs 2
        List<PlacementWorkload> ws = new ArrayList<>();
        double[] sizes = {5, 4, 3, 3, 3, 2};
        for (int i = 0; i < sizes.length; i++) {
            ws.add(workload("w" + i, sizes[i], 1));
        }
        PlacementProblem line = line(ws);
        List<GpuSlot> tenGib = new ArrayList<>();
        for (GpuSlot g : line.gpus()) {
            if (g.index() == 0) {
                tenGib.add(new GpuSlot(g.id(), g.satellite(), g.tile(), 0, "t", 10L << 30, g.compute(), g.power(),
                        g.idlePower(), g.thermalHeadroom()));
            }
        }
        PlacementProblem p = PlacementProblem.of(tenGib, line.satellites(), ws, line.network());
        assertEquals(3, new FirstFitDecreasingSolver().solve(p).activeGpus());
        PlacementResult best = new TimefoldPlacementSolver(QUICK).solve(p);
        assertEquals(2, best.activeGpus());
        assertEquals(2, best.bound().value());
        assertEquals(0.0, best.gapPercent(), 1e-12);
        assertTrue(BruteForce.violations(p, best.assignments()).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void smallInstancesAreSolvedOptimally(long seed) {
        PlacementProblem p = RandomInstances.small(seed, 8 + (int) (seed % 5));
        long[] optimum = new BruteForce(p).optimum();
        PlacementResult r = new TimefoldPlacementSolver(QUICK).solve(p);
        assertTrue(BruteForce.violations(p, r.assignments()).isEmpty(), () -> BruteForce.violations(p,
                r.assignments()).toString());
        assertTrue(r.objective().feasible());
        assertArrayEquals(optimum, new long[] {r.objective().unservedDemand(), r.activeGpus()},
                "unserved demand and active GPUs against exhaustive search");
        assertTrue(r.bound().value() <= r.activeGpus());
        assertTrue(r.provenOptimal());
        int replicas = p.workloads().stream().mapToInt(PlacementWorkload::replicas).sum();
        assertEquals(replicas, r.assignments().size() + r.unplaced().size());
    }

    @Test
    void aSeededRunIsReproducible() {
        PlacementProblem p = RandomInstances.medium(3);
        PlacementSettings settings = PlacementSettings.reproducible(42, 50_000);
        PlacementResult a = new TimefoldPlacementSolver(settings).solve(p);
        PlacementResult b = new TimefoldPlacementSolver(settings).solve(p);
        assertEquals(a.assignments(), b.assignments());
        assertEquals(a.objective(), b.objective());
        assertTrue(a.objective().feasible());
        assertTrue(BruteForce.violations(p, a.assignments()).isEmpty());
        // the search improved on the construction it started from
        PlacementResult ffd = new FirstFitDecreasingSolver().solve(p);
        assertTrue(a.activeGpus() <= ffd.activeGpus());
        assertTrue(a.objective().latencyMicros() < ffd.objective().latencyMicros()
                || a.activeGpus() < ffd.activeGpus());
    }

    @Test
    void pinnedReplicasStayPut() {
        PlacementProblem p = line(List.of(workload("a", 8, 10), workload("b", 8, 10), workload("c", 8, 10)));
        List<Assignment> pinned = List.of(new Assignment("a", 0, "sat-2", 0, 1, "sat-2/g1"));
        PlacementResult r = new TimefoldPlacementSolver(QUICK).solve(p, pinned);
        assertTrue(r.assignments().contains(pinned.get(0)));
        // the others join it rather than power up another GPU
        assertEquals(1, r.activeGpus());
    }

    @Test
    void pinnedReplicasMustBeValid() {
        PlacementProblem p = line(List.of(workload("a", 8, 10), workload("b", 60, 10)));
        TimefoldPlacementSolver solver = new TimefoldPlacementSolver(QUICK);
        assertThrows(IllegalArgumentException.class, () -> solver.solve(p,
                List.of(new Assignment("a", 0, "sat-0", 0, 0, "nope"))));
        assertThrows(IllegalArgumentException.class, () -> solver.solve(p,
                List.of(new Assignment("a", 1, "sat-0", 0, 0, "sat-0/g0"))));
        assertThrows(IllegalArgumentException.class, () -> solver.solve(p,
                List.of(new Assignment("a", 0, "sat-0", 0, 0, "sat-0/g0"),
                        new Assignment("b", 0, "sat-0", 0, 0, "sat-0/g0"))));
    }

    @Test
    void replicasSpreadOverSatellitesAndFollowTheirData() {
        PlacementProblem p = line(List.of(workload("r", 4, 10, 3, Double.POSITIVE_INFINITY, DataSource.anySatellite(),
                0, 1, null, List.of()), workload("s", 4, 10, 1, 0.001, DataSource.satellite("sat-2"), 1e6, 1, null,
                List.of())));
        PlacementResult r = new TimefoldPlacementSolver(QUICK).solve(p);
        assertEquals(4, r.assignments().size());
        assertEquals(3, r.assignments().stream().filter(a -> a.workload().equals("r")).map(Assignment::satellite)
                .distinct().count());
        assertEquals("sat-2", r.assignments().stream().filter(a -> a.workload().equals("s")).findFirst()
                .orElseThrow().satellite());
        // three satellites need three active GPUs; s shares the one on sat-2
        assertEquals(3, r.activeGpus());
    }

    @Test
    void emptyProblemsGiveEmptyResults() {
        PlacementResult none = new TimefoldPlacementSolver(QUICK).solve(line(List.of()));
        assertEquals(0, none.activeGpus());
        assertEquals(0, none.bound().value());
        assertEquals(6, none.gpus().size());
        PlacementProblem noGpu = PlacementProblem.of(List.of(), line(List.of()).satellites(),
                List.of(workload("a", 1, 1)), line(List.of()).network());
        PlacementResult r = new TimefoldPlacementSolver(QUICK).solve(noGpu);
        assertEquals(BlockingConstraint.NO_GPU, r.unplaced().get(0).constraint());
    }
}
