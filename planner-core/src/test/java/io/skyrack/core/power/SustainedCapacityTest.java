package io.skyrack.core.power;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.skyrack.core.orekit.OrekitContext;
import io.skyrack.core.persistence.PlanFiles;
import io.skyrack.core.plan.AnalysisAssumptions;
import io.skyrack.core.plan.Plan;
import io.skyrack.core.plan.SatelliteRoster;
import io.skyrack.core.progress.ProgressMonitor;
import io.skyrack.core.samples.SamplePlans;
import io.skyrack.gpu.GpuCatalog;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SustainedCapacityTest {

    private static final OrekitContext OREKIT = OrekitContext.bundled();
    private static final GpuCatalog CATALOG = GpuCatalog.builtIn();

    private static PowerThermal run(Plan plan) {
        double[] hint = new double[SatelliteRoster.entries(plan).size()];
        Arrays.fill(hint, 5800);
        return new PowerThermalAnalyzer(OREKIT, CATALOG).analyze(plan, hint, new double[] {0, 0, 1},
                ProgressMonitor.NONE);
    }

    @Test
    void keplerHoldsItsCommandedModeAllOrbit() {
        Plan plan = PlanFiles.parse(SamplePlans.text("kepler-edge"), CATALOG).plan().orElseThrow();
        List<SustainedCapacity.Gpu> gpus = SustainedCapacity.of(plan, run(plan), CATALOG);
        // 10 satellites x 2 TILEs x 2 AGX Orin 64GB: Kepler's ~40 Orins
        assertEquals(40, gpus.size());
        for (SustainedCapacity.Gpu g : gpus) {
            assertEquals("50W", g.mode().orElseThrow());
            assertEquals(50.0, g.powerW(), 0.0);
            assertEquals(64L << 30, g.memoryBytes());
        }
        // AGX Orin 64GB: 275 sparse TOPS at MAXN (60 W); 50 W by the per-mode power rule: 275 x 50 / 60 / 2 dense
        double expected = CATALOG.find("jetson-agx-orin-64gb").orElseThrow().mode("50W").orElseThrow()
                .int8DenseTops();
        assertEquals(expected, gpus.get(0).int8Tops(), 1e-9);
        assertEquals(40 * expected, SustainedCapacity.totalTops(gpus), 1e-6);
    }

    @Test
    void orbitMinimumDropsAGpuThatIsSwitchedOffInEclipse() {
        Plan plan = PlanFiles.parse(SamplePlans.text("sophia-tile-demo"), CATALOG).plan().orElseThrow();
        // no battery: the GPUs go off in eclipse
        Plan noBattery = plan.withConstellations(plan.constellations().stream().map(c -> c.withTemplate(
                c.template().withBattery(java.util.Optional.empty()))).toList());
        PowerThermal p = run(noBattery);
        List<SustainedCapacity.Gpu> min = SustainedCapacity.of(noBattery, p, CATALOG);
        assertTrue(min.stream().allMatch(g -> g.mode().isEmpty() && g.int8Tops() == 0.0), min.toString());
        Plan average = withBasis(noBattery, AnalysisAssumptions.CapacityBasis.ORBIT_AVERAGE);
        List<SustainedCapacity.Gpu> avg = SustainedCapacity.of(average, p, CATALOG);
        // ~65 % of the orbit at 25 W averages ~16 W: the 15 W mode is what the average holds
        assertTrue(avg.stream().allMatch(g -> g.mode().orElseThrow().equals("15W")), avg.toString());
    }

    private static Plan withBasis(Plan p, AnalysisAssumptions.CapacityBasis basis) {
        AnalysisAssumptions a = p.assumptions();
        return new Plan(p.name(), p.description(), p.epoch(), p.window(), p.tiles(), p.constellations(),
                p.groundStations(), p.crosslinks(), p.workloads(),
                new AnalysisAssumptions(a.environment(), a.missionYear(), basis, a.propagator()));
    }

}
