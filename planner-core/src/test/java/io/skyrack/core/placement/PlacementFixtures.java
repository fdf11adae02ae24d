package io.skyrack.core.placement;

import io.skyrack.core.plan.Workload.DataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Small hand-made problems whose totals can be checked by hand. */
final class PlacementFixtures {

    static final long GIB = 1L << 30;
    static final double TOPS = 1e12;

    private PlacementFixtures() {
    }

    /**
     * @return a GPU with 20 K headroom and 5 W idle
     */
    static GpuSlot gpu(String id, int satellite, int tile, int index, double memoryGib, double tops, double watts) {
        return new GpuSlot(id, satellite, tile, index, "test", (long) (memoryGib * GIB), tops * TOPS, watts, 5.0,
                20.0);
    }

    /**
     * @return a workload with one replica, no SLO, data everywhere
     */
    static PlacementWorkload workload(String name, double memoryGib, double tops) {
        return PlacementWorkload.simple(name, (long) (memoryGib * GIB), tops * TOPS);
    }

    /**
     * @return a workload with all fields
     */
    static PlacementWorkload workload(String name, double memoryGib, double tops, int replicas, double slo,
                                      DataSource source, double rate, int priority, String pinned,
                                      List<String> antiAffinity) {
        return new PlacementWorkload(name, (long) (memoryGib * GIB), tops * TOPS, replicas, slo, source, rate,
                priority, Optional.ofNullable(pinned), antiAffinity);
    }

    /**
     * Three satellites on a line, sat-0 ~ sat-1 ~ sat-2, links of 5 ms and 100 Mbit/s, uplink 10 ms to each;
     * each satellite has two 64 GiB / 200 TOPS / 50 W GPUs and 120 W for compute.
     *
     * @param workloads the workloads
     * @return the problem
     */
    static PlacementProblem line(List<PlacementWorkload> workloads) {
        List<String> names = List.of("sat-0", "sat-1", "sat-2");
        List<NetworkLink> links = List.of(new NetworkLink("sat-0~sat-1", "sat-0", "sat-1", 0.005, 100e6),
                new NetworkLink("sat-1~sat-2", "sat-1", "sat-2", 0.005, 100e6));
        MatrixNetworkView net = new MatrixNetworkView(names, links, new double[] {0.010, 0.010, 0.010});
        List<GpuSlot> gpus = new ArrayList<>();
        List<SatelliteBudget> sats = new ArrayList<>();
        for (int s = 0; s < 3; s++) {
            sats.add(new SatelliteBudget(names.get(s), 120));
            gpus.add(gpu(names.get(s) + "/g0", s, 0, 0, 64, 200, 50));
            gpus.add(gpu(names.get(s) + "/g1", s, 0, 1, 64, 200, 50));
        }
        return PlacementProblem.of(gpus, sats, workloads, net);
    }

    /**
     * @param p compiled problem
     * @param workload workload name
     * @param replica replica index
     * @param gpuId GPU id, or null for unplaced
     * @return an entity
     */
    static ReplicaAssignment replica(CompiledProblem p, int id, String workload, int replica, String gpuId) {
        return new ReplicaAssignment(id, p.workloadByName.get(workload), replica,
                gpuId == null ? null : p.gpuById.get(gpuId), false);
    }
}
