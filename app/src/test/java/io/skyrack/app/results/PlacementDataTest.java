package io.skyrack.app.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.skyrack.core.analysis.Analysis;
import io.skyrack.core.analysis.AnalysisPipeline;
import io.skyrack.core.orekit.OrekitContext;
import io.skyrack.core.persistence.PlanFiles;
import io.skyrack.core.plan.Plan;
import io.skyrack.core.plan.Workload;
import io.skyrack.core.progress.ProgressMonitor;
import io.skyrack.core.samples.SamplePlans;
import io.skyrack.gpu.GpuCatalog;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlacementDataTest {

    private static final GpuCatalog CATALOG = GpuCatalog.builtIn();

    private static Analysis analyse(Plan plan) {
        return new AnalysisPipeline(OrekitContext.bundled(), CATALOG).analyze(plan, ProgressMonitor.NONE);
    }

    private static Plan kepler() {
        return PlanFiles.parse(SamplePlans.text("kepler-edge"), CATALOG).plan().orElseThrow();
    }

    @Test
    void everyReplicaIsARowAndEveryGpuACellWhoseUseAddsUpToTheRows() {
        Analysis a = analyse(kepler());
        List<PlacementData.Row> rows = PlacementData.rows(a);
        int replicas = a.plan().workloads().stream().mapToInt(Workload::replicas).sum();
        assertEquals(replicas, rows.size());
        assertTrue(rows.stream().allMatch(r -> r.status().equals("placed")), "kepler places everything");
        List<PlacementData.SatelliteGpus> groups = PlacementData.bySatellite(a);
        assertEquals(10, groups.size(), "one group per satellite");
        assertEquals(40, groups.stream().mapToInt(g -> g.gpus().size()).sum(), "4 GPUs on each of 10 satellites");
        assertEquals(replicas, groups.stream().flatMap(g -> g.gpus().stream()).mapToInt(PlacementData.GpuCell::replicas)
                .sum());
        // the compute a satellite's GPUs carry equals the TOPS of the rows placed on it
        Map<String, Double> topsBySatellite = new HashMap<>();
        rows.forEach(r -> topsBySatellite.merge(r.satellite(), r.tops(), Double::sum));
        for (var use : a.placement().result().gpus()) {
            assertTrue(use.computeUsed() <= use.compute() * (1 + 1e-9), use.gpuId());
        }
        for (var g : groups) {
            double used = a.placement().result().gpus().stream().filter(u -> u.satellite().equals(g.satellite()))
                    .mapToDouble(u -> u.computeUsed()).sum() / 1e12;
            assertEquals(topsBySatellite.getOrDefault(g.satellite(), 0.0), used, 1e-9, g.satellite());
            for (var c : g.gpus()) {
                assertTrue(c.utilisation() >= 0 && c.utilisation() <= 1 + 1e-9);
                assertEquals(c.replicas() == 0, c.utilisation() == 0.0, c.gpuId());
            }
        }
    }

    @Test
    void unplacedReplicasAreListedWithTheirReason() {
        Plan p = kepler();
        Workload w = p.workloads().get(0);
        // 200 GB of memory per replica fits on no GPU of the plan (an Orin has 64 GB at most)
        Workload huge = new Workload(w.name() + "-huge", w.model(), w.image(), 200_000_000_000L, w.compute(), 2,
                w.latencySlo(), w.source(), w.inputDataRate(), w.priority(), w.pinnedSatellite(), w.antiAffinity());
        Analysis a = analyse(p.withWorkloads(List.of(huge)));
        List<PlacementData.Row> rows = PlacementData.rows(a);
        assertEquals(2, rows.size());
        assertTrue(rows.stream().allMatch(r -> r.status().startsWith("unplaced: ") && r.satellite().isEmpty()),
                rows.toString());
    }
}
