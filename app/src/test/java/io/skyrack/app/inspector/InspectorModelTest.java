package io.skyrack.app.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.skyrack.app.outline.OutlineModel;
import io.skyrack.app.outline.OutlineNode;
import io.skyrack.core.orbit.ConstellationOrbits;
import io.skyrack.core.orbit.SatelliteOrbit;
import io.skyrack.core.orekit.OrekitContext;
import io.skyrack.core.persistence.PlanFiles;
import io.skyrack.core.plan.Plan;
import io.skyrack.core.samples.SamplePlans;
import io.skyrack.gpu.GpuCatalog;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class InspectorModelTest {

    private static final GpuCatalog CATALOG = GpuCatalog.builtIn();

    private static Map<String, String> byName(List<InspectorProperty> rows) {
        return rows.stream().collect(Collectors.toMap(InspectorProperty::name, InspectorProperty::value, (a, b) -> a));
    }

    @Test
    void planShowsInventoryInEngineerUnits() {
        Plan p = PlanFiles.parse(SamplePlans.text("kepler-edge"), CATALOG).plan().orElseThrow();
        Map<String, String> rows = byName(InspectorModel.rows(p, OutlineModel.build(p), CATALOG, Map.of()));
        assertEquals("40", rows.get("GPUs"));
        assertEquals("24.00", rows.get("Duration (h)"));
    }

    @Test
    void walkerShowsNotationAndPeriod() {
        Plan p = PlanFiles.parse(SamplePlans.text("walker-1584"), CATALOG).plan().orElseThrow();
        OutlineNode c = OutlineModel.build(p).children().get(0).children().get(0);
        Map<String, String> rows = byName(InspectorModel.rows(p, c, CATALOG, Map.of()));
        assertEquals("53.00°:1584/72/1", rows.get("Notation i:T/P/F"));
        // circular orbit at 550 km: 2 pi sqrt(a^3 / mu) = 95.6 min
        assertEquals(95.65, Double.parseDouble(rows.get("Period (min)")), 0.05);
    }

    @Test
    void satelliteShowsItsOrbitOnceComputed() {
        Plan p = PlanFiles.parse(SamplePlans.text("kepler-edge"), CATALOG).plan().orElseThrow();
        OutlineNode sat = OutlineModel.build(p).children().get(0).children().get(0).children().get(2);
        assertEquals("computing…", byName(InspectorModel.rows(p, sat, CATALOG, Map.of())).get("Orbit"));
        Map<String, SatelliteOrbit> orbits = new ConstellationOrbits(OrekitContext.bundled()).build(p).stream()
                .collect(Collectors.toMap(SatelliteOrbit::name, o -> o));
        Map<String, String> rows = byName(InspectorModel.rows(p, sat, CATALOG, orbits));
        assertEquals("575.0", rows.get("Altitude (km)"));
        assertEquals("1 / 3", rows.get("Plane / slot"));
    }
}
