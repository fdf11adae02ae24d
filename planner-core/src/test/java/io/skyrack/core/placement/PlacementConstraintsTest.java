package io.skyrack.core.placement;

import static io.skyrack.core.placement.PlacementFixtures.line;
import static io.skyrack.core.placement.PlacementFixtures.replica;
import static io.skyrack.core.placement.PlacementFixtures.workload;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;
import io.skyrack.core.plan.Workload.DataSource;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each constraint alone, on the three-satellite line of {@link PlacementFixtures#line}. */
class PlacementConstraintsTest {

    private final ConstraintVerifier<PlacementConstraints, PlacementSolution> verifier = ConstraintVerifier.build(
            new PlacementConstraints(), PlacementSolution.class, ReplicaAssignment.class);

    @Test
    void gpuMemoryPenalisesTheExcessInMib() {
        CompiledProblem p = new CompiledProblem(line(List.of(workload("a", 40, 1), workload("b", 30, 1),
                workload("c", 24, 1))));
        // 40 + 30 = 70 GiB on a 64 GiB GPU: 6 GiB = 6144 MiB over; 24 GiB alone fits
        verifier.verifyThat(PlacementConstraints::gpuMemory)
                .given(replica(p, 0, "a", 0, "sat-0/g0"), replica(p, 1, "b", 0, "sat-0/g0"),
                        replica(p, 2, "c", 0, "sat-0/g1"))
                .penalizesBy(6144);
        verifier.verifyThat(PlacementConstraints::gpuMemory)
                .given(replica(p, 0, "a", 0, "sat-0/g0"), replica(p, 2, "c", 0, "sat-0/g0"))
                .penalizesBy(0);
    }

    @Test
    void gpuComputePenalisesTheExcessInGops() {
        CompiledProblem p = new CompiledProblem(line(List.of(workload("a", 1, 150), workload("b", 1, 60))));
        // 210 TOPS on a 200 TOPS GPU: 10 TOPS = 10 000 GOPS over
        verifier.verifyThat(PlacementConstraints::gpuCompute)
                .given(replica(p, 0, "a", 0, "sat-1/g0"), replica(p, 1, "b", 0, "sat-1/g0"))
                .penalizesBy(10_000);
        verifier.verifyThat(PlacementConstraints::gpuCompute)
                .given(replica(p, 0, "a", 0, "sat-1/g0"), replica(p, 1, "b", 0, "sat-1/g1"))
                .penalizesBy(0);
    }

    @Test
    void satellitePowerCountsEachActiveGpuOnce() {
        CompiledProblem p = new CompiledProblem(line(List.of(workload("a", 1, 1), workload("b", 1, 1),
                workload("c", 1, 1))));
        // two active 50 W GPUs on a 120 W satellite fit; three replicas on two GPUs still draw 100 W
        verifier.verifyThat(PlacementConstraints::satellitePower)
                .given(replica(p, 0, "a", 0, "sat-2/g0"), replica(p, 1, "b", 0, "sat-2/g1"),
                        replica(p, 2, "c", 0, "sat-2/g1"))
                .penalizesBy(0);
        PlacementProblem tight = line(List.of(workload("a", 1, 1), workload("b", 1, 1)));
        tight = new PlacementProblem(tight.gpus(), List.of(new SatelliteBudget("sat-0", 120),
                new SatelliteBudget("sat-1", 120), new SatelliteBudget("sat-2", 70)), tight.workloads(),
                tight.network(), tight.idleGpus());
        CompiledProblem q = new CompiledProblem(tight);
        // 100 W on a 70 W satellite: 30 W over
        verifier.verifyThat(PlacementConstraints::satellitePower)
                .given(replica(q, 0, "a", 0, "sat-2/g0"), replica(q, 1, "b", 0, "sat-2/g1"))
                .penalizesBy(30);
    }

    @Test
    void satellitePowerCountsIdleGpusWhenTheyIdle() {
        PlacementProblem base = line(List.of(workload("a", 1, 1), workload("b", 1, 1)));
        PlacementProblem idling = new PlacementProblem(base.gpus(), List.of(new SatelliteBudget("sat-0", 100),
                new SatelliteBudget("sat-1", 100), new SatelliteBudget("sat-2", 100)), base.workloads(),
                base.network(), PlacementProblem.IdleGpuPower.IDLING);
        CompiledProblem p = new CompiledProblem(idling);
        // 2 × 5 W idle base + 2 × 45 W increments = 100 W: fits exactly; with the budget at 99 W it would not
        verifier.verifyThat(PlacementConstraints::satellitePower)
                .given(replica(p, 0, "a", 0, "sat-0/g0"), replica(p, 1, "b", 0, "sat-0/g1"))
                .penalizesBy(0);
    }

    @Test
    void replicasOfOneWorkloadUseDistinctSatellites() {
        CompiledProblem p = new CompiledProblem(line(List.of(workload("a", 1, 1, 3, Double.POSITIVE_INFINITY,
                DataSource.anySatellite(), 0, 1, null, List.of()))));
        verifier.verifyThat(PlacementConstraints::replicasOnDistinctSatellites)
                .given(replica(p, 0, "a", 0, "sat-0/g0"), replica(p, 1, "a", 1, "sat-0/g1"),
                        replica(p, 2, "a", 2, "sat-1/g0"))
                .penalizesBy(1);
        verifier.verifyThat(PlacementConstraints::replicasOnDistinctSatellites)
                .given(replica(p, 0, "a", 0, "sat-0/g0"), replica(p, 1, "a", 1, "sat-1/g1"),
                        replica(p, 2, "a", 2, "sat-2/g0"))
                .penalizesBy(0);
    }

    @Test
    void antiAffinityIsSymmetric() {
        CompiledProblem p = new CompiledProblem(line(List.of(
                workload("a", 1, 1, 1, Double.POSITIVE_INFINITY, DataSource.anySatellite(), 0, 1, null,
                        List.of("b")),
                workload("b", 1, 1), workload("c", 1, 1))));
        // b does not list a, yet a lists b: one violation, counted once
        verifier.verifyThat(PlacementConstraints::antiAffinity)
                .given(replica(p, 0, "a", 0, "sat-0/g0"), replica(p, 1, "b", 0, "sat-0/g1"),
                        replica(p, 2, "c", 0, "sat-0/g1"))
                .penalizesBy(1);
        verifier.verifyThat(PlacementConstraints::antiAffinity)
                .given(replica(p, 0, "a", 0, "sat-0/g0"), replica(p, 1, "b", 0, "sat-1/g1"))
                .penalizesBy(0);
    }

    @Test
    void pinnedWorkloadStaysOnItsSatellite() {
        CompiledProblem p = new CompiledProblem(line(List.of(workload("a", 1, 1, 1, Double.POSITIVE_INFINITY,
                DataSource.anySatellite(), 0, 1, "sat-2", List.of()))));
        verifier.verifyThat(PlacementConstraints::pinnedSatellite)
                .given(replica(p, 0, "a", 0, "sat-1/g0")).penalizesBy(1);
        verifier.verifyThat(PlacementConstraints::pinnedSatellite)
                .given(replica(p, 0, "a", 0, "sat-2/g1")).penalizesBy(0);
    }

    @Test
    void latencySloFromASensorSatellite() {
        // 7 ms from sat-0: sat-1 is 5 ms away, sat-2 10 ms
        CompiledProblem p = new CompiledProblem(line(List.of(workload("a", 1, 1, 1, 0.007,
                DataSource.satellite("sat-0"), 0, 1, null, List.of()))));
        verifier.verifyThat(PlacementConstraints::latencySlo)
                .given(replica(p, 0, "a", 0, "sat-2/g0")).penalizesBy(1);
        verifier.verifyThat(PlacementConstraints::latencySlo)
                .given(replica(p, 0, "a", 0, "sat-1/g0")).penalizesBy(0);
    }

    @Test
    void crosslinkBandwidthSumsTheRatesOverEachLink() {
        // 60 + 60 Mbit/s from sat-0 to sat-2 both cross sat-0~sat-1 and sat-1~sat-2 (100 Mbit/s): 20 over each
        CompiledProblem p = new CompiledProblem(line(List.of(
                workload("a", 1, 1, 1, Double.POSITIVE_INFINITY, DataSource.satellite("sat-0"), 60e6, 1, null,
                        List.of()),
                workload("b", 1, 1, 1, Double.POSITIVE_INFINITY, DataSource.satellite("sat-0"), 60e6, 1, null,
                        List.of()))));
        verifier.verifyThat(PlacementConstraints::crosslinkBandwidth)
                .given(replica(p, 0, "a", 0, "sat-2/g0"), replica(p, 1, "b", 0, "sat-2/g1"))
                .penalizesBy(40);
        // on the source satellite no link is crossed
        verifier.verifyThat(PlacementConstraints::crosslinkBandwidth)
                .given(replica(p, 0, "a", 0, "sat-0/g0"), replica(p, 1, "b", 0, "sat-2/g1"))
                .penalizesBy(0);
    }

    @Test
    void unservedDemandWeighsPriorityTimesGops() {
        CompiledProblem p = new CompiledProblem(line(List.of(
                workload("a", 1, 2, 1, Double.POSITIVE_INFINITY, DataSource.anySatellite(), 0, 3, null, List.of()),
                workload("b", 1, 5))));
        // a: 3 × 2000 GOPS unplaced; b placed
        verifier.verifyThat(PlacementConstraints::unservedDemand)
                .given(replica(p, 0, "a", 0, null), replica(p, 1, "b", 0, "sat-0/g0"))
                .penalizesBy(6000);
    }

    @Test
    void activeGpusCountsGpusNotReplicas() {
        CompiledProblem p = new CompiledProblem(line(List.of(workload("a", 1, 1), workload("b", 1, 1),
                workload("c", 1, 1))));
        verifier.verifyThat(PlacementConstraints::activeGpus)
                .given(replica(p, 0, "a", 0, "sat-0/g0"), replica(p, 1, "b", 0, "sat-0/g0"),
                        replica(p, 2, "c", 0, "sat-1/g0"))
                .penalizesBy(2);
    }

    @Test
    void latencyIsCountedInMicroseconds() {
        CompiledProblem p = new CompiledProblem(line(List.of(workload("a", 1, 1, 1, Double.POSITIVE_INFINITY,
                DataSource.satellite("sat-0"), 0, 1, null, List.of()))));
        verifier.verifyThat(PlacementConstraints::latency)
                .given(replica(p, 0, "a", 0, "sat-2/g0")).penalizesBy(10_000);
        verifier.verifyThat(PlacementConstraints::latency)
                .given(replica(p, 0, "a", 0, "sat-0/g0")).penalizesBy(0);
    }

    @Test
    void hopsCountTheCrosslinksCrossed() {
        CompiledProblem p = new CompiledProblem(line(List.of(workload("a", 1, 1, 1, Double.POSITIVE_INFINITY,
                DataSource.ground(), 0, 1, null, List.of()))));
        // the uplink reaches every satellite directly: no crosslink
        verifier.verifyThat(PlacementConstraints::hops)
                .given(replica(p, 0, "a", 0, "sat-2/g0")).penalizesBy(0);
        CompiledProblem q = new CompiledProblem(line(List.of(workload("a", 1, 1, 1, Double.POSITIVE_INFINITY,
                DataSource.satellite("sat-2"), 0, 1, null, List.of()))));
        verifier.verifyThat(PlacementConstraints::hops)
                .given(replica(q, 0, "a", 0, "sat-0/g1")).penalizesBy(2);
    }

    @Test
    void thermalCostIsPowerOverHeadroomPerActiveGpu() {
        CompiledProblem p = new CompiledProblem(line(List.of(workload("a", 1, 1), workload("b", 1, 1))));
        // 50 W over 20 K = 2.5 W/K = 2500 mW/K, once for the one active GPU
        verifier.verifyThat(PlacementConstraints::thermalCost)
                .given(replica(p, 0, "a", 0, "sat-0/g0"), replica(p, 1, "b", 0, "sat-0/g0"))
                .penalizesBy(2500);
    }

    @Test
    void packingDensityPrefersFullGpus() {
        CompiledProblem p = new CompiledProblem(line(List.of(workload("a", 32, 100), workload("b", 32, 100))));
        // both halves on one GPU: full, cost 0; one each: 2 × (20 000 − 10 000 × 0.5) = 30 000
        verifier.verifyThat(PlacementConstraints::packingDensity)
                .given(replica(p, 0, "a", 0, "sat-0/g0"), replica(p, 1, "b", 0, "sat-0/g0"))
                .penalizesBy(0);
        verifier.verifyThat(PlacementConstraints::packingDensity)
                .given(replica(p, 0, "a", 0, "sat-0/g0"), replica(p, 1, "b", 0, "sat-0/g1"))
                .penalizesBy(30_000);
    }
}
