package io.skyrack.app.outline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.skyrack.core.persistence.PlanFiles;
import io.skyrack.core.plan.Plan;
import io.skyrack.core.samples.SamplePlans;
import io.skyrack.gpu.GpuCatalog;
import org.junit.jupiter.api.Test;

class OutlineModelTest {

    private static Plan sample(String name) {
        return PlanFiles.parse(SamplePlans.text(name), GpuCatalog.builtIn()).plan().orElseThrow();
    }

    @Test
    void groupsAndPointersFollowThePlanFile() {
        OutlineNode root = OutlineModel.build(sample("kepler-edge"));
        assertEquals("kepler-edge", root.label());
        assertEquals(5, root.children().size());
        OutlineNode constellation = root.children().get(0).children().get(0);
        assertEquals("/constellations/0", constellation.pointer());
        assertEquals(10, constellation.children().size());
        assertEquals("kepler-01", constellation.children().get(0).label());
        assertEquals("/workloads/2", root.children().get(4).children().get(2).pointer());
    }

    @Test
    void largeConstellationsAreSummarised() {
        OutlineNode shell = OutlineModel.build(sample("walker-1584")).children().get(0).children().get(0);
        assertEquals(OutlineModel.SATELLITE_LIST_LIMIT + 1, shell.children().size());
        assertEquals("… 1,384 more satellites", shell.children().get(OutlineModel.SATELLITE_LIST_LIMIT).label());
    }

    @Test
    void explicitSatellitesPointAtTheirOwnEntries() {
        OutlineNode c = OutlineModel.build(sample("sophia-tile-demo")).children().get(0).children().get(0);
        assertEquals("/constellations/0/satellites/1", c.children().get(1).pointer());
    }
}
