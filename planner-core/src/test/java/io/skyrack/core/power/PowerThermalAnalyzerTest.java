package io.skyrack.core.power;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.skyrack.core.orekit.OrekitContext;
import io.skyrack.core.persistence.PlanFiles;
import io.skyrack.core.plan.Plan;
import io.skyrack.core.plan.TileSpec;
import io.skyrack.core.progress.ProgressMonitor;
import io.skyrack.core.samples.SamplePlans;
import io.skyrack.core.validation.Finding;
import io.skyrack.gpu.GpuCatalog;
import io.skyrack.thermal.TileThermalResult;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PowerThermalAnalyzerTest {

    private static final OrekitContext OREKIT = OrekitContext.bundled();
    private static final GpuCatalog CATALOG = GpuCatalog.builtIn();
    private static final double[] POLE = {0, 0, 1};

    private static Plan sample(String name) {
        return PlanFiles.parse(SamplePlans.text(name), CATALOG).plan().orElseThrow();
    }

    private static PowerThermal run(Plan plan) {
        double[] hint = new double[io.skyrack.core.plan.SatelliteRoster.entries(plan).size()];
        Arrays.fill(hint, 5800);
        return new PowerThermalAnalyzer(OREKIT, CATALOG).analyze(plan, hint, POLE, ProgressMonitor.NONE);
    }

    @Test
    void sophiaRunsItsGpusThroughEclipseOnTheBattery() {
        PowerThermal p = run(sample("sophia-tile-demo"));
        assertEquals(2, p.satellites().size());
        PowerThermal.SatellitePower s = p.satellites().get(0);
        assertEquals(3, s.tiles().size());
        // three slots of the same TILE share one solution
        assertSame(s.tiles().get(0).result(), s.tiles().get(2).result());
        TileThermalResult r = s.tiles().get(0).result();
        assertTrue(r.solved() && r.summary().converged());
        double min = IntStream.range(0, r.samples()).mapToDouble(r::batteryChargeJ).min().orElseThrow();
        double max = IntStream.range(0, r.samples()).mapToDouble(r::batteryChargeJ).max().orElseThrow();
        assertTrue(max - min > 3600, "the battery cycles over the orbit: " + min + " .. " + max + " J");
        // orbit averages add up over the TILEs; compute share of the drawn energy is below the converter chain
        double gen = 3 * r.summary().averageGeneratedW();
        assertEquals(gen, s.averageGeneratedW(), 1e-9);
        assertTrue(s.computeShare() > 0.5 && s.computeShare() < 0.97 * 0.95, "share " + s.computeShare());
        // the totals are the sums and extremes of the satellites
        assertEquals(p.satellites().stream().mapToDouble(PowerThermal.SatellitePower::averageComputeW).sum(),
                p.totals().averageComputeW(), 1e-9);
        assertEquals(6, p.totals().tiles());
        assertTrue(p.totals().junctionMarginK() > 0 && Double.isFinite(p.totals().peakJunctionK()));
        assertTrue(p.findings().stream().noneMatch(Finding::isError), p.findings().toString());
        // modes are named after the profile
        assertEquals("25W", s.tiles().get(0).modeAt(0));
    }

    @Test
    void badSpecGivesErrorFindingsAndNoNumbers() {
        Plan plan = sample("sophia-tile-demo");
        TileSpec t = plan.tiles().get(0);
        TileSpec bad = new TileSpec(t.id(), t.name(), t.area(), -1.0, t.mass(), t.cells(),
                new TileSpec.FaceOptics(1.4, t.solarFace().emissivity()), t.radiatorFace(), t.heatCapacities(),
                t.conductances(), t.gpus(), t.housekeepingPower(), t.mpptEfficiency(), t.distributionEfficiency());
        PowerThermal p = run(plan.withTiles(List.of(bad)));
        List<String> paths = p.findings().stream().filter(Finding::isError).map(Finding::path).toList();
        assertTrue(paths.contains("/tiles/0/solarFace/absorptivity"), paths.toString());
        assertTrue(paths.contains("/tiles/0/radiatorAreaM2"), paths.toString());
        for (PowerThermal.SatellitePower s : p.satellites()) {
            assertFalse(s.converged());
            assertEquals(0.0, s.averageGeneratedW(), 0.0);
            assertEquals(0, s.tiles().get(0).result().time().length);
        }
    }

    @Test
    void undersizedRadiatorAndThrottlingAreReported() {
        Plan plan = sample("kepler-edge");
        TileSpec t = plan.tiles().get(0);
        TileSpec small = new TileSpec(t.id(), t.name(), t.area(), 0.05, t.mass(), t.cells(), t.solarFace(),
                t.radiatorFace(), t.heatCapacities(), new TileSpec.Conductances(0.5, 0.5), t.gpus(),
                t.housekeepingPower(), t.mpptEfficiency(), t.distributionEfficiency());
        PowerThermal p = run(plan.withTiles(List.of(small)));
        assertTrue(p.totals().throttledSatellites() > 0, p.totals().toString());
        assertTrue(p.totals().radiatorAreaMargin() < 0, p.totals().toString());
        assertTrue(p.findings().stream().anyMatch(f -> f.code().equals("power.throttle")
                && f.path().equals("/constellations/0/template/tileArray")), p.findings().toString());
        assertTrue(p.findings().stream().anyMatch(f -> f.code().equals("thermal.radiator")), p.findings().toString());
        // the controller switches the GPUs off before the shutdown limit (99 °C + 5.5 K): the board alone, heated
        // by the Sun through a radiator this small, may sit at the throttle limit, but never at shutdown
        assertTrue(p.totals().peakJunctionK() < 372.15 + 5.5, p.totals().toString());
    }

    @Test
    void cancellationStops() {
        ProgressMonitor cancelled = new ProgressMonitor() {
            @Override
            public void progress(String stage, double fraction) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        Plan plan = sample("kepler-edge");
        double[] hint = new double[10];
        Arrays.fill(hint, 5800);
        org.junit.jupiter.api.Assertions.assertThrows(CancellationException.class,
                () -> new PowerThermalAnalyzer(OREKIT, CATALOG).analyze(plan, hint, POLE, cancelled));
    }
}
