package io.skyrack.core.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.skyrack.core.orekit.OrekitContext;
import io.skyrack.core.persistence.PlanFiles;
import io.skyrack.core.plan.AnalysisAssumptions;
import io.skyrack.core.plan.AnalysisAssumptions.EnvironmentCase;
import io.skyrack.core.plan.Plan;
import io.skyrack.core.plan.SatelliteRoster;
import io.skyrack.core.plan.SatelliteTemplate;
import io.skyrack.core.plan.TileArray;
import io.skyrack.core.plan.TileSpec;
import io.skyrack.core.power.PowerThermal;
import io.skyrack.core.power.PowerThermalAnalyzer;
import io.skyrack.core.power.TileThermalSpecs;
import io.skyrack.core.progress.ProgressMonitor;
import io.skyrack.core.samples.SamplePlans;
import io.skyrack.core.validation.Finding;
import io.skyrack.gpu.GpuCatalog;
import io.skyrack.gpu.GpuProfile;
import io.skyrack.thermal.EarthViewFactor;
import io.skyrack.thermal.Environment;
import io.skyrack.thermal.GpuGroup;
import io.skyrack.thermal.TileThermalResult;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TileArrayFiguresTest {

    private static final GpuCatalog CATALOG = GpuCatalog.builtIn();
    private static final TileArrayFigures FIGURES = new TileArrayFigures(CATALOG);
    private static final double SIGMA = 5.670374419e-8;
    private static final double R = EarthViewFactor.EARTH_MEAN_RADIUS;
    private static final Plan SOPHIA = PlanFiles.parse(SamplePlans.text("sophia-tile-demo"), CATALOG).plan()
            .orElseThrow();
    private static final TileSpec TILE = SOPHIA.tiles().get(0);
    private static final SatelliteTemplate TEMPLATE = SOPHIA.constellations().get(0).template();
    /** The sophia satellites' altitude above the mean radius (m). */
    private static final double ALTITUDE = 6_903_137.0 - R;
    private static final String PTR = "/constellations/0/template";

    @Test
    void sumsTheArray() {
        TileArrayFigures.Figures f = FIGURES.compute(TEMPLATE, SOPHIA.tiles(), SOPHIA.assumptions(), ALTITUDE, PTR);
        assertEquals(3.0, f.area(), 1e-12);
        assertEquals(27.0, f.mass(), 1e-12);
        assertEquals(72.0, f.satelliteMass(), 1e-12);
        assertEquals(3, f.gpuCount());
        assertEquals(75.0, f.commandedComputeW(), 1e-12);
        // with a battery the GPUs run all orbit
        assertEquals(75.0, f.orbitAverageComputeW(), 1e-12);
        assertEquals(1, f.tiles().size());
        assertEquals(3, f.tiles().get(0).slots());
        assertEquals(3 * f.tiles().get(0).peakGeneratedW(), f.peakGeneratedW(), 1e-9);
        assertEquals(f.litFraction() * f.peakGeneratedW(), f.orbitAverageGeneratedW(), 1e-9);
        assertTrue(f.findings().stream().noneMatch(Finding::isError), f.findings().toString());
    }

    @Test
    void litFractionIsTheCylindricalShadowClosedForm() {
        // DESIGN.md: f = (1/π) arccos(√(h² + 2Rh) / ((R + h) cos β)), β = 0
        for (double h : new double[] {300e3, 500e3, 1200e3, 20_000e3}) {
            double eclipse = Math.acos(Math.sqrt(h * h + 2 * R * h) / (R + h)) / Math.PI;
            assertEquals(1 - eclipse, TileArrayFigures.litFraction(h), 1e-12);
        }
        // by hand at 500 km: √(500² + 2·6371.0088·500) / 6871.0088 = 0.374491, acos/π = 0.377817
        assertEquals(0.622183, TileArrayFigures.litFraction(500e3), 1e-5);
    }

    @Test
    void peakPowerIsTheCellEquationWithoutTemperatureEffect() {
        TileSpec flat = withCells(TILE, new TileSpec.SolarCells(0.3, 0.0, 0.03, 0.9));
        AnalysisAssumptions twoYears = new AnalysisAssumptions(EnvironmentCase.NOMINAL, 2.0,
                AnalysisAssumptions.CapacityBasis.ORBIT_MINIMUM, AnalysisAssumptions.PropagatorChoice.AUTO);
        TileArrayFigures.Figures f = FIGURES.compute(TEMPLATE, List.of(flat), twoYears, 550e3, PTR);
        // P = S · A · p · η · (1 − d)^year
        double expected = 1361.0 * 1.0 * 0.9 * 0.3 * Math.pow(0.97, 2);
        assertEquals(expected, f.tiles().get(0).peakGeneratedW(), 1e-9);
        assertEquals(3 * expected, f.peakGeneratedW(), 1e-9);
    }

    @Test
    void hotJunctionOfAnIsothermalTileIsTheRadiativeBalancePlusTheJunctionRise() {
        // conductances so large that the TILE is isothermal: all absorbed heat (the electrical power comes back as
        // heat) leaves by both faces, α S A + A_r (α_r S a F + ε_r OLR F) = σ T⁴ (ε_s A + ε_r A_r)
        TileSpec iso = withConductances(TILE, 1e7, 1e7);
        double h = 550e3;
        TileArrayFigures.Figures f = FIGURES.compute(TEMPLATE, List.of(iso), SOPHIA.assumptions(), h, PTR);
        Environment hot = Environment.hot();
        double view = Math.pow(R / (R + h), 2);
        double absorbed = 0.88 * hot.solarConstant() * 1.0
                + 1.0 * (0.12 * hot.solarConstant() * hot.albedo() * view + 0.9 * hot.olr() * view);
        double t = Math.pow(absorbed / (SIGMA * (0.8 * 1.0 + 0.9 * 1.0)), 0.25);
        GpuProfile nx = CATALOG.find("jetson-orin-nx-16gb").orElseThrow();
        double rjc = nx.junctionToCaseKPerW() != null ? nx.junctionToCaseKPerW()
                : TileThermalSpecs.ASSUMED_JUNCTION_RISE_K / 25.0;
        double junction = t + rjc * 25.0;
        TileArrayFigures.TileFigures tf = f.tiles().get(0);
        assertEquals(junction, tf.hotJunctionK(), 0.01);
        double throttle = nx.junctionThrottleC() != null ? nx.junctionThrottleC() + 273.15 : GpuGroup.DEFAULT_THROTTLE_K;
        assertEquals(throttle - junction, tf.hotMarginK(), 0.01);
    }

    @Test
    void coldJunctionOfAnIsothermalTileWithoutLoadIsTheEarthInfraredBalance() {
        // no GPU, no housekeeping: in eclipse a sun-tracking TILE faces the Earth with its solar face,
        // ε_s OLR F A = σ T⁴ (ε_s A + ε_r A_r)
        TileSpec bare = new TileSpec("bare", "bare", 1.0, 1.0, 5.0, TILE.cells(), TILE.solarFace(),
                TILE.radiatorFace(), TILE.heatCapacities(), new TileSpec.Conductances(1e7, 1e7), List.of(), 0.0,
                0.97, 0.95);
        SatelliteTemplate t = TEMPLATE.withTileArray(TileArray.filled(1, 1, "bare"));
        double h = 800e3;
        TileArrayFigures.Figures f = FIGURES.compute(t, List.of(bare), SOPHIA.assumptions(), h, PTR);
        double view = Math.pow(R / (R + h), 2);
        double expected = Math.pow(0.8 * Environment.cold().olr() * view / (SIGMA * (0.8 + 0.9)), 0.25);
        TileArrayFigures.TileFigures tf = f.tiles().get(0);
        assertEquals(expected, tf.coldJunctionK(), 0.01);
        assertEquals(expected - TileArrayFigures.DEFAULT_COLD_LIMIT_K, tf.coldMarginK(), 0.01);
        assertEquals(Double.POSITIVE_INFINITY, tf.hotMarginK());
        assertEquals(0.0, tf.requiredRadiatorArea(), 0.0);
        // far below −25 °C: a cold warning
        assertTrue(f.findings().stream().anyMatch(x -> x.code().equals("thermal.cold-margin")));
    }

    @Test
    void undersizedRadiatorIsAWarningWithNeededAndAvailableArea() {
        TileSpec small = new TileSpec(TILE.id(), TILE.name(), TILE.area(), 0.05, TILE.mass(), TILE.cells(),
                TILE.solarFace(), TILE.radiatorFace(), TILE.heatCapacities(), new TileSpec.Conductances(0.5, 30.0),
                List.of(new TileSpec.GpuSlot("jetson-agx-orin-64gb", 2, "MAXN")), TILE.housekeepingPower(),
                TILE.mpptEfficiency(), TILE.distributionEfficiency());
        TileArrayFigures.Figures f = FIGURES.compute(TEMPLATE, List.of(small), SOPHIA.assumptions(), ALTITUDE, PTR);
        TileArrayFigures.TileFigures tf = f.tiles().get(0);
        assertTrue(tf.radiatorShort());
        assertTrue(tf.requiredRadiatorArea() > 0.05);
        Finding w = f.findings().stream().filter(x -> x.code().equals("thermal.radiator")).findFirst().orElseThrow();
        assertEquals("/tiles/0/radiatorAreaM2", w.path());
        assertEquals(Finding.Severity.WARNING, w.severity());
    }

    @Test
    void badReferencesAndAltitudeAreFindingsNeverNaN() {
        TileSpec unknownProfile = withGpus(TILE, List.of(new TileSpec.GpuSlot("no-such-gpu", 1, "25W")));
        TileSpec unknownMode = withGpus(TILE, List.of(new TileSpec.GpuSlot("jetson-orin-nx-16gb", 1, "99W")));
        SatelliteTemplate t = TEMPLATE.withTileArray(new TileArray(1, 3, List.of(new TileArray.TileSlot(0, 0, "a"),
                new TileArray.TileSlot(0, 1, "b"), new TileArray.TileSlot(0, 2, "missing"))));
        TileSpec a = withId(unknownProfile, "a");
        TileSpec b = withId(unknownMode, "b");
        TileArrayFigures.Figures f = FIGURES.compute(t, List.of(a, b), SOPHIA.assumptions(), ALTITUDE, PTR);
        List<String> where = f.findings().stream().filter(Finding::isError).map(x -> x.code() + " " + x.path())
                .toList();
        assertEquals(List.of("ref.tile /constellations/0/template/tileArray/slots/2",
                "ref.gpu-profile /tiles/0/gpus/0/profile", "ref.power-mode /tiles/1/gpus/0/powerMode"), where);
        assertEquals(2.0, f.area(), 1e-12);
        assertEquals(0.0, f.peakGeneratedW(), 0.0);
        assertAllNumbers(f);

        for (double h : new double[] {Double.NaN, -1.0, 0.0, Double.POSITIVE_INFINITY}) {
            TileArrayFigures.Figures g = FIGURES.compute(TEMPLATE, SOPHIA.tiles(), SOPHIA.assumptions(), h, PTR);
            assertTrue(g.findings().stream().anyMatch(x -> x.code().equals("design.altitude")));
            assertEquals(3.0, g.area(), 1e-12);
            assertAllNumbers(g);
        }
    }

    @Test
    void agreesWithTheFullAnalysisOfTheSameTile() {
        // the hot case of the plan against the orbit-periodic solution of PowerThermalAnalyzer
        AnalysisAssumptions hot = new AnalysisAssumptions(EnvironmentCase.HOT, 0.0,
                AnalysisAssumptions.CapacityBasis.ORBIT_MINIMUM, AnalysisAssumptions.PropagatorChoice.AUTO);
        Plan plan = new Plan(SOPHIA.name(), SOPHIA.description(), SOPHIA.epoch(), SOPHIA.window(), SOPHIA.tiles(),
                SOPHIA.constellations(), SOPHIA.groundStations(), SOPHIA.crosslinks(), SOPHIA.workloads(), hot);
        double[] hint = new double[SatelliteRoster.entries(plan).size()];
        Arrays.fill(hint, 5700);
        PowerThermal full = new PowerThermalAnalyzer(OrekitContext.bundled(), CATALOG).analyze(plan, hint,
                new double[] {0, 0, 1}, ProgressMonitor.NONE);
        TileThermalResult r = full.satellites().get(0).tiles().get(0).result();
        TileArrayFigures.TileFigures tf = FIGURES.compute(TEMPLATE, plan.tiles(), hot, ALTITUDE, PTR).tiles().get(0);

        // lit samples (output above half the orbit's highest; the rest is eclipse and penumbra)
        double[] available = IntStream.range(0, r.samples()).mapToDouble(r::availableW).toArray();
        double max = Arrays.stream(available).max().orElseThrow();
        double litMin = Arrays.stream(available).filter(w -> w > 0.5 * max).min().orElseThrow();
        // the steady sub-solar case bounds the orbit's hottest junction from above, within 15 K
        double orbitPeak = r.summary().peakJunctionK();
        assertTrue(tf.hotJunctionK() >= orbitPeak - 0.1, tf.hotJunctionK() + " vs " + orbitPeak);
        assertEquals(orbitPeak, tf.hotJunctionK(), 15.0);
        // the steady sun-normal output is that of the hottest cells: the orbit's lowest lit output (cells warmest,
        // at the end of the day side), from above, within 1 %; right after eclipse the cold cells give up to 30 % more
        assertTrue(tf.peakGeneratedW() <= litMin + 1e-6, tf.peakGeneratedW() + " vs " + litMin);
        assertEquals(litMin, tf.peakGeneratedW(), 0.01 * litMin);
        // the radiator sizing of the same case: the sub-solar view is at least as demanding as the orbit's worst
        // sample (full Earth view with full albedo), within 20 %
        double orbitRequired = r.summary().requiredRadiatorArea();
        assertTrue(tf.requiredRadiatorArea() >= orbitRequired - 1e-9);
        assertEquals(orbitRequired, tf.requiredRadiatorArea(), 0.2 * orbitRequired);
    }

    @Test
    void fastEnoughForEveryEdit() {
        List<TileArray.TileSlot> slots = new java.util.ArrayList<>();
        for (int k = 0; k < 64; k++) {
            slots.add(new TileArray.TileSlot(k / 8, k % 8, k % 2 == 0 ? "sophia-tile" : "big"));
        }
        TileSpec big = withId(withGpus(TILE, List.of(new TileSpec.GpuSlot("jetson-agx-orin-64gb", 2, "50W"))), "big");
        SatelliteTemplate t = TEMPLATE.withTileArray(new TileArray(8, 8, slots));
        List<TileSpec> tiles = List.of(TILE, big);
        for (int k = 0; k < 50; k++) {
            FIGURES.compute(t, tiles, SOPHIA.assumptions(), ALTITUDE, PTR);
        }
        long start = System.nanoTime();
        int runs = 50;
        for (int k = 0; k < runs; k++) {
            FIGURES.compute(t, tiles, SOPHIA.assumptions(), ALTITUDE, PTR);
        }
        double ms = (System.nanoTime() - start) / 1e6 / runs;
        assertTrue(ms < 50.0, ms + " ms per computation");
    }

    private static void assertAllNumbers(TileArrayFigures.Figures f) {
        double[] v = {f.area(), f.mass(), f.satelliteMass(), f.litFraction(), f.peakGeneratedW(),
            f.orbitAverageGeneratedW(), f.commandedComputeW(), f.orbitAverageComputeW(), f.orbitAverageDeliverableW(),
            f.orbitAverageDemandW()};
        for (double d : v) {
            assertTrue(Double.isFinite(d), Arrays.toString(v));
        }
    }

    private static TileSpec withCells(TileSpec t, TileSpec.SolarCells cells) {
        return new TileSpec(t.id(), t.name(), t.area(), t.radiatorArea(), t.mass(), cells, t.solarFace(),
                t.radiatorFace(), t.heatCapacities(), t.conductances(), t.gpus(), t.housekeepingPower(),
                t.mpptEfficiency(), t.distributionEfficiency());
    }

    private static TileSpec withConductances(TileSpec t, double g1, double g2) {
        return new TileSpec(t.id(), t.name(), t.area(), t.radiatorArea(), t.mass(), t.cells(), t.solarFace(),
                t.radiatorFace(), t.heatCapacities(), new TileSpec.Conductances(g1, g2), t.gpus(),
                t.housekeepingPower(), t.mpptEfficiency(), t.distributionEfficiency());
    }

    private static TileSpec withGpus(TileSpec t, List<TileSpec.GpuSlot> gpus) {
        return new TileSpec(t.id(), t.name(), t.area(), t.radiatorArea(), t.mass(), t.cells(), t.solarFace(),
                t.radiatorFace(), t.heatCapacities(), t.conductances(), gpus, t.housekeepingPower(),
                t.mpptEfficiency(), t.distributionEfficiency());
    }

    private static TileSpec withId(TileSpec t, String id) {
        return new TileSpec(id, t.name(), t.area(), t.radiatorArea(), t.mass(), t.cells(), t.solarFace(),
                t.radiatorFace(), t.heatCapacities(), t.conductances(), t.gpus(), t.housekeepingPower(),
                t.mpptEfficiency(), t.distributionEfficiency());
    }
}
