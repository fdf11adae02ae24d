package io.skyrack.core.power;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.skyrack.core.persistence.PlanFiles;
import io.skyrack.core.plan.Plan;
import io.skyrack.core.plan.SatelliteTemplate;
import io.skyrack.core.plan.TileSpec;
import io.skyrack.core.samples.SamplePlans;
import io.skyrack.core.validation.Finding;
import io.skyrack.gpu.GpuCatalog;
import io.skyrack.thermal.GpuGroup;
import io.skyrack.thermal.ThermalFinding;
import io.skyrack.thermal.TileThermalSpec;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TileThermalSpecsTest {

    private static final GpuCatalog CATALOG = GpuCatalog.builtIn();

    private static TileSpec tile(String sample) {
        Plan p = PlanFiles.parse(SamplePlans.text(sample), CATALOG).plan().orElseThrow();
        return p.tiles().get(0);
    }

    @Test
    void orinModesAscendWithTheCommandedIndexAndTheBatteryIsShared() {
        TileSpec t = tile("kepler-edge");
        var battery = Optional.of(new SatelliteTemplate.Battery(1500 * 3600.0, 0.3, 0.95, 0.95));
        TileThermalSpecs.Mapped m = TileThermalSpecs.map(t, 0, CATALOG, battery, 2);
        assertTrue(m.findings().isEmpty(), m.findings().toString());
        TileThermalSpec s = m.spec().orElseThrow();
        GpuGroup g = s.gpus().get(0);
        // AGX Orin 64GB: 15, 30, 50, 60 W (MAXN); the sample commands 50W
        assertArrayEquals(new double[] {15, 30, 50, 60}, g.modePowersW(), 1e-9);
        assertEquals("50W", m.modeNames().get(0).get(g.commandedMode()));
        assertEquals(750 * 3600.0, s.battery().capacityJ(), 1e-6, "half of 1500 Wh for each of 2 TILEs");
        assertEquals(0.3, s.battery().dodLimit(), 0.0);
        assertEquals(t.area(), s.faceArea(), 0.0);
        assertEquals(t.radiatorArea(), s.radiatorArea(), 0.0);
        assertEquals(t.solarFace().absorptivity(), s.solarFace().absorptivity(), 0.0);
        assertEquals(t.heatCapacities().board(), s.capacities().board(), 0.0);
        // unpublished junction-to-case resistance: 20 K at the 60 W top mode
        assertEquals(20.0 / 60.0, g.junctionToCaseKPerW(), 1e-12);
        assertTrue(s.validate().isEmpty(), s.validate().toString());
    }

    @Test
    void unknownModeOrProfileGivesAnErrorAtItsPointer() {
        TileSpec t = tile("kepler-edge");
        TileSpec badMode = withGpu(t, new TileSpec.GpuSlot("jetson-agx-orin-64gb", 1, "75W"));
        var m = TileThermalSpecs.map(badMode, 3, CATALOG, Optional.empty(), 1);
        assertTrue(m.spec().isEmpty());
        assertEquals("/tiles/3/gpus/0/powerMode", m.findings().get(0).path());
        assertTrue(m.findings().get(0).message().contains("15W"), m.findings().get(0).message());
        TileSpec badProfile = withGpu(t, new TileSpec.GpuSlot("gtx-1080", 1, "180W"));
        m = TileThermalSpecs.map(badProfile, 1, CATALOG, Optional.empty(), 1);
        assertEquals("/tiles/1/gpus/0/profile", m.findings().get(0).path());
        assertTrue(m.findings().get(0).isError());
    }

    @Test
    void thermalFieldsMapToPlanPointers() {
        assertEquals("/tiles/2/solarFace/absorptivity",
                TileThermalSpecs.pointer(new ThermalFinding("solarFace.absorptivity", "x"), 2, "/constellations/0/template"));
        assertEquals("/tiles/2/heatCapacityJPerK/board",
                TileThermalSpecs.pointer(new ThermalFinding("capacities.board", "x"), 2, "/c"));
        assertEquals("/constellations/1/template/battery/capacityWh",
                TileThermalSpecs.pointer(new ThermalFinding("battery.capacityJ", "x"), 0, "/constellations/1/template"));
        assertEquals("/tiles/0/gpus/1/powerMode",
                TileThermalSpecs.pointer(new ThermalFinding("gpus[1].commandedMode", "x"), 0, "/c"));
        assertEquals("/tiles/0/areaM2", TileThermalSpecs.pointer(new ThermalFinding("faceArea", "x"), 0, "/c"));
    }

    @Test
    void assumptionsNameTheProfileAndTheFigure() {
        TileSpec t = tile("starcloud-h100");
        TileThermalSpec s = TileThermalSpecs.map(t, 0, CATALOG, Optional.empty(), 1).spec().orElseThrow();
        List<Finding> a = TileThermalSpecs.assumptions(t, 0, s, CATALOG);
        assertTrue(a.stream().allMatch(f -> f.severity() == Finding.Severity.INFO));
        assertTrue(a.stream().anyMatch(f -> f.message().startsWith("h100-pcie-80gb: junction-to-case resistance")
                && f.message().contains("0.057 K/W")), a.toString());
        assertTrue(a.stream().anyMatch(f -> f.message().contains("junction throttle temperature")), a.toString());
    }

    private static TileSpec withGpu(TileSpec t, TileSpec.GpuSlot slot) {
        return new TileSpec(t.id(), t.name(), t.area(), t.radiatorArea(), t.mass(), t.cells(), t.solarFace(),
                t.radiatorFace(), t.heatCapacities(), t.conductances(), List.of(slot), t.housekeepingPower(),
                t.mpptEfficiency(), t.distributionEfficiency());
    }
}
