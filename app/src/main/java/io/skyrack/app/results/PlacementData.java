package io.skyrack.app.results;

import io.skyrack.core.analysis.Analysis;
import io.skyrack.core.bundle.PlacementRow;
import io.skyrack.core.placement.GpuUse;
import io.skyrack.core.placement.UnplacedReplica;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The placement of an analysis as the Placement tab shows it: one row per replica and GPU use by satellite. */
public final class PlacementData {

    private PlacementData() {
    }

    /**
     * A replica in the placement table.
     *
     * @param workload workload name
     * @param replica replica number (0-based)
     * @param satellite satellite it runs on, empty when unplaced
     * @param tile TILE slot label, empty when unplaced
     * @param gpu GPU index on the TILE, −1 when unplaced
     * @param powerMode power mode of the GPU, empty when unplaced
     * @param tops compute the replica needs (TOPS)
     * @param memoryGb memory it needs (GB)
     * @param status "placed", or why it is not
     */
    public record Row(String workload, int replica, String satellite, String tile, int gpu, String powerMode,
                      double tops, double memoryGb, String status) {
    }

    /**
     * One GPU in the utilisation map.
     *
     * @param gpuId GPU identifier
     * @param replicas replicas on it
     * @param computeShare compute used over the GPU's sustained compute (0–1; NaN without sustained compute)
     * @param memoryShare memory used over its memory (0–1)
     */
    public record GpuCell(String gpuId, int replicas, double computeShare, double memoryShare) {

        /** @return the larger of the compute and memory shares (0 for an idle GPU) */
        public double utilisation() {
            double c = Double.isFinite(computeShare) ? computeShare : 0;
            return Math.max(c, memoryShare);
        }
    }

    /**
     * The GPUs of one satellite, in the placement problem's order.
     *
     * @param satellite satellite name
     * @param gpus its GPUs
     */
    public record SatelliteGpus(String satellite, List<GpuCell> gpus) {
    }

    /**
     * @param a an analysis
     * @return placed replicas (in placement order), then unplaced ones with the reason
     */
    public static List<Row> rows(Analysis a) {
        List<Row> rows = new ArrayList<>();
        for (PlacementRow r : PlacementRow.of(a)) {
            rows.add(new Row(r.workload(), r.replica(), r.satellite(), r.tile(), r.gpu(), r.powerMode(),
                    r.computeOpsPerSecond() / 1e12, r.memoryBytes() / 1e9, "placed"));
        }
        Map<String, io.skyrack.core.plan.Workload> byName = new LinkedHashMap<>();
        a.plan().workloads().forEach(w -> byName.put(w.name(), w));
        for (UnplacedReplica u : a.placement().result().unplaced()) {
            var w = byName.get(u.workload());
            rows.add(new Row(u.workload(), u.replica(), "", "", -1, "", w == null ? Double.NaN : w.compute() / 1e12,
                    w == null ? Double.NaN : w.memory() / 1e9, "unplaced: " + u.reason()));
        }
        return rows;
    }

    /**
     * @param a an analysis
     * @return every GPU's use, grouped by satellite in the order the placement problem lists them
     */
    public static List<SatelliteGpus> bySatellite(Analysis a) {
        Map<String, List<GpuCell>> groups = new LinkedHashMap<>();
        for (GpuUse g : a.placement().result().gpus()) {
            double c = g.compute() > 0 ? g.computeUsed() / g.compute() : Double.NaN;
            double m = g.memory() > 0 ? (double) g.memoryUsed() / g.memory() : 0;
            groups.computeIfAbsent(g.satellite(), k -> new ArrayList<>()).add(new GpuCell(g.gpuId(), g.replicas(), c, m));
        }
        List<SatelliteGpus> out = new ArrayList<>();
        groups.forEach((s, list) -> out.add(new SatelliteGpus(s, List.copyOf(list))));
        return out;
    }
}
