package io.skyrack.core.placement;

import static io.skyrack.core.placement.PlacementFixtures.line;
import static io.skyrack.core.placement.PlacementFixtures.workload;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.skyrack.core.plan.Workload.DataSource;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every blocking constraint, with the figures its message must give, on the line of {@link PlacementFixtures}. */
class UnplacedExplainerTest {

    private static final double NO_SLO = Double.POSITIVE_INFINITY;

    private static UnplacedReplica onlyUnplaced(PlacementProblem p) {
        PlacementResult r = new FirstFitDecreasingSolver().solve(p);
        assertEquals(1, r.unplaced().size(), () -> r.unplaced().toString());
        return r.unplaced().get(0);
    }

    @Test
    void memoryWithinTheLatencyReach() {
        // six high-priority 33 GiB fillers, one per GPU, leave 31 GiB free on each; sat-0 and sat-1 are within 7 ms
        List<PlacementWorkload> ws = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ws.add(workload("fill" + i, 33, 1, 1, NO_SLO, DataSource.anySatellite(), 0, 5, null, List.of()));
        }
        ws.add(workload("big", 48, 1, 1, 0.007, DataSource.satellite("sat-0"), 0, 1, null, List.of()));
        UnplacedReplica u = onlyUnplaced(line(ws));
        assertEquals("big", u.workload());
        assertEquals(BlockingConstraint.GPU_MEMORY, u.constraint());
        assertEquals("needs 48.0 GiB; the largest free GPU memory within 7.0 ms of sat-0 is 31.0 GiB", u.reason());
    }

    @Test
    void latencyFromTheGround() {
        UnplacedReplica u = onlyUnplaced(line(List.of(workload("a", 1, 1, 1, 0.005, DataSource.ground(), 0, 1, null,
                List.of()))));
        assertEquals(BlockingConstraint.LATENCY_SLO, u.constraint());
        assertTrue(u.reason().contains("5.0 ms") && u.reason().contains("10.0 ms"), u.reason());
    }

    @Test
    void moreReplicasThanSatellites() {
        PlacementResult r = new FirstFitDecreasingSolver().solve(line(List.of(workload("a", 1, 1, 4, NO_SLO,
                DataSource.anySatellite(), 0, 1, null, List.of()))));
        assertEquals(3, r.assignments().size());
        assertEquals(BlockingConstraint.DISTINCT_SATELLITES, r.unplaced().get(0).constraint());
        assertTrue(r.unplaced().get(0).reason().contains("3 satellites"), r.unplaced().get(0).reason());
    }

    @Test
    void pinnedToAnUnknownSatellite() {
        UnplacedReplica u = onlyUnplaced(line(List.of(workload("a", 1, 1, 1, NO_SLO, DataSource.anySatellite(), 0, 1,
                "sat-9", List.of()))));
        assertEquals(BlockingConstraint.PINNING, u.constraint());
        assertTrue(u.reason().contains("sat-9"), u.reason());
    }

    @Test
    void antiAffinityWithAWorkloadEverywhere() {
        UnplacedReplica u = onlyUnplaced(line(List.of(
                workload("b", 1, 10, 3, NO_SLO, DataSource.anySatellite(), 0, 1, null, List.of()),
                workload("a", 1, 1, 1, NO_SLO, DataSource.anySatellite(), 0, 1, null, List.of("b")))));
        assertEquals("a", u.workload());
        assertEquals(BlockingConstraint.ANTI_AFFINITY, u.constraint());
        assertTrue(u.reason().contains("with b"), u.reason());
    }

    @Test
    void computeAboveAnyGpu() {
        UnplacedReplica u = onlyUnplaced(line(List.of(workload("a", 1, 250))));
        assertEquals(BlockingConstraint.GPU_COMPUTE, u.constraint());
        assertTrue(u.reason().contains("250.00 TOPS") && u.reason().contains("200.00 TOPS"), u.reason());
    }

    @Test
    void powerBudgetAllowsOneGpuPerSatellite() {
        PlacementProblem base = line(List.of(workload("a", 40, 1), workload("b", 40, 1), workload("c", 40, 1),
                workload("d", 40, 1)));
        PlacementProblem p = new PlacementProblem(base.gpus(), List.of(new SatelliteBudget("sat-0", 60),
                new SatelliteBudget("sat-1", 60), new SatelliteBudget("sat-2", 60)), base.workloads(), base.network(),
                base.idleGpus());
        UnplacedReplica u = onlyUnplaced(p);
        assertEquals(BlockingConstraint.SATELLITE_POWER, u.constraint());
        assertTrue(u.reason().contains("50.0 W") && u.reason().contains("10.0 W"), u.reason());
    }

    @Test
    void crosslinkBandwidthNamesTheBottleneck() {
        UnplacedReplica u = onlyUnplaced(line(List.of(
                workload("a", 1, 2, 1, NO_SLO, DataSource.satellite("sat-0"), 60e6, 1, "sat-2", List.of()),
                workload("b", 1, 1, 1, NO_SLO, DataSource.satellite("sat-0"), 60e6, 1, "sat-2", List.of()))));
        assertEquals("b", u.workload());
        assertEquals(BlockingConstraint.CROSSLINK_BANDWIDTH, u.constraint());
        assertTrue(u.reason().contains("60.0 Mbit/s") && u.reason().contains("40.0 Mbit/s")
                && u.reason().contains("sat-0~sat-1"), u.reason());
    }
}
