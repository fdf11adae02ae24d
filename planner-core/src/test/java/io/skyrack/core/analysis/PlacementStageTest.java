package io.skyrack.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.skyrack.core.bundle.PlacementRow;
import io.skyrack.core.orekit.OrekitContext;
import io.skyrack.core.persistence.PlanFiles;
import io.skyrack.core.plan.Workload.DataSource;
import io.skyrack.core.progress.ProgressMonitor;
import io.skyrack.core.samples.SamplePlans;
import io.skyrack.gpu.GpuCatalog;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PlacementStageTest {

    private static final GpuCatalog CATALOG = GpuCatalog.builtIn();
    private static Analysis kepler;

    @BeforeAll
    static void analyse() {
        kepler = new AnalysisPipeline(OrekitContext.bundled(), CATALOG).analyze(
                PlanFiles.parse(SamplePlans.text("kepler-edge"), CATALOG).plan().orElseThrow(), ProgressMonitor.NONE);
    }

    @Test
    void keplerWorkloadsAllPlaceOnSustainedModes() {
        PlacementOutcome p = kepler.placement();
        assertEquals(3, p.problem().workloads().size());
        assertEquals(40, p.problem().gpus().size(), "10 satellites x 2 TILEs x 2 AGX Orin, all at 50 W all orbit");
        assertEquals(p.replicas(), p.result().assignments().size(), p.unplacedSummary().toString());
        assertTrue(p.result().objective().feasible());
        // replicas of one workload on distinct satellites
        for (var w : p.problem().workloads()) {
            long sats = p.result().assignments().stream().filter(a -> a.workload().equals(w.name()))
                    .map(a -> a.satellite()).distinct().count();
            assertEquals(w.replicas(), sats, w.name());
        }
        assertTrue(p.result().activeGpus() >= p.result().bound().value());
        // rows for the bundle carry the mode the GPU was offered at
        var rows = PlacementRow.of(kepler);
        assertEquals(p.replicas(), rows.size());
        assertTrue(rows.stream().allMatch(r -> r.powerMode().equals("50W")), rows.toString());
        assertTrue(kepler.timings().stream().anyMatch(t -> t.stage().equals("placement")));
    }

    @Test
    void networkViewGivesWorstLatenciesAndRoutesOverCrosslinks() {
        RoutingNetworkView v = new RoutingNetworkView(kepler.grid(), kepler.schedule(), kepler.contacts(),
                kepler.plan().crosslinks().perHopDelay());
        String a = kepler.grid().names().get(0);
        String b = kepler.grid().names().get(5);
        assertEquals(0.0, v.latency(DataSource.anySatellite(), b), 0.0);
        double ab = v.latency(DataSource.satellite(a), b);
        // a route over crosslinks: at least the straight-line light time between them at the start
        int i = kepler.grid().index(0, 0);
        int j = kepler.grid().index(5, 0);
        double d = Math.sqrt(Math.pow(kepler.grid().x()[i] - kepler.grid().x()[j], 2)
                + Math.pow(kepler.grid().y()[i] - kepler.grid().y()[j], 2)
                + Math.pow(kepler.grid().z()[i] - kepler.grid().z()[j], 2));
        assertTrue(Double.isFinite(ab) && ab >= d / 299_792_458.0, ab + " s for " + d + " m");
        var route = v.route(DataSource.satellite(a), b);
        assertTrue(!route.isEmpty() && v.links().containsAll(route), route.toString());
        assertTrue(route.stream().allMatch(l -> v.linkCapacity(l) > 0));
        // without the first link of that route, the route changes or the latency grows
        var reduced = v.withoutLinks(Set.of(route.get(0)));
        assertTrue(!reduced.route(DataSource.satellite(a), b).contains(route.get(0)));
        assertTrue(reduced.latency(DataSource.satellite(a), b) >= ab - 1e-12);
        // a removed satellite is unreachable
        assertEquals(Double.POSITIVE_INFINITY, v.withoutSatellite(b).latency(DataSource.satellite(a), b), 0.0);
        // ground data reaches every satellite over contacts and crosslinks
        for (String s : kepler.grid().names()) {
            assertTrue(Double.isFinite(v.latency(DataSource.ground(), s)), s);
        }
    }

    @Test
    void failureStudyTakesOutASatelliteAndReplaces() {
        String sat = kepler.placement().result().assignments().get(0).satellite();
        var f = FailureStudy.parse("satellite:" + sat, kepler);
        var reports = FailureStudy.run(kepler, java.util.List.of(f));
        var r = reports.get(0);
        assertEquals(4, r.lost().gpus(), "a Kepler satellite carries 4 Orins");
        assertTrue(r.result().assignments().stream().noneMatch(a -> a.satellite().equals(sat)));
        assertTrue(r.moved().stream().allMatch(m -> m.from().startsWith(sat + "/") || m.to().isEmpty()
                || !m.to().get().startsWith(sat + "/")));
        String json = FailureStudy.json(java.util.List.of("satellite:" + sat), reports);
        assertTrue(json.contains("\"capacityLost\"") && json.contains(sat));
        for (String bad : java.util.List.of("satellite:nope", "tile:kepler-01/r9c9", "gpu:x", "link:a~b", "moon:1",
                "kepler-01")) {
            IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                    () -> FailureStudy.parse(bad, kepler));
            assertTrue(e.getMessage().startsWith("'" + bad + "'"), e.getMessage());
        }
    }
}
