package io.skyrack.thermal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.IntToDoubleFunction;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad inputs give findings keyed by field, and never NaN in any output. */
class ValidationTest {

    private static final OrbitThermalInputs ORBIT = TestTiles.circularOrbit("v", 550e3, 10.0, 300);

    static Stream<Arguments> badSpecs() {
        TileThermalSpec.FaceOptics gaas = new TileThermalSpec.FaceOptics(0.88, 0.80);
        return Stream.of(
                bad("solarFace.absorptivity", s -> copy(s, new TileThermalSpec.FaceOptics(1.2, 0.8), s.radiatorFace(),
                        s.capacities(), s.gpus())),
                bad("radiatorFace.emissivity", s -> copy(s, gaas, new TileThermalSpec.FaceOptics(0.1, -0.1),
                        s.capacities(), s.gpus())),
                bad("capacities.board", s -> copy(s, gaas, s.radiatorFace(),
                        new TileThermalSpec.HeatCapacities(2700, -5400, 3600), s.gpus())),
                bad("faceArea", s -> new TileThermalSpec(Double.NaN, 1.0, gaas, s.radiatorFace(), s.capacities(),
                        s.conductances(), s.cells(), 0.97, 0.95, 8.0, s.gpus(), s.battery())),
                bad("radiatorArea", s -> s.withRadiatorArea(-1.0)),
                bad("gpus[0].commandedMode", s -> s.withGpus(List.of(TestTiles.orinNx(2, 3)))),
                bad("gpus[0].modePowersW[1]", s -> s.withGpus(List.of(new GpuGroup(1, new double[] {25, 15}, 0,
                        Double.NaN, Double.NaN, Double.NaN, Double.NaN)))),
                bad("gpus[0].junctionToCaseKPerW", s -> s.withGpus(List.of(new GpuGroup(1, new double[] {25}, 0,
                        Double.NaN, Double.POSITIVE_INFINITY, Double.NaN, Double.NaN)))),
                bad("gpus[0].shutdownK", s -> s.withGpus(List.of(new GpuGroup(1, new double[] {25}, 0, Double.NaN,
                        0.3, 370.0, 360.0)))),
                bad("battery.dodLimit", s -> s.withBattery(new Battery(1e6, 1.5, 0.95, 0.95))),
                bad("battery.chargeEfficiency", s -> s.withBattery(new Battery(1e6, 0.3, 0.0, 0.95))),
                bad("mpptEfficiency", s -> new TileThermalSpec(1.0, 1.0, gaas, s.radiatorFace(), s.capacities(),
                        s.conductances(), s.cells(), 0.0, 0.95, 8.0, s.gpus(), s.battery())),
                bad("cells.efficiency", s -> new TileThermalSpec(1.0, 1.0, gaas, s.radiatorFace(), s.capacities(),
                        s.conductances(), new TileThermalSpec.SolarCells(Double.NaN, -0.0022, 0.03, 0.9), 0.97, 0.95,
                        8.0, s.gpus(), s.battery())),
                bad("capacities.board", s -> new TileThermalSpec(1.0, 1.0, gaas, s.radiatorFace(),
                        new TileThermalSpec.HeatCapacities(2700, 0, 3600), new TileThermalSpec.Conductances(0, 0),
                        s.cells(), 0.97, 0.95, 8.0, s.gpus(), s.battery())));
    }

    private static Arguments bad(String field, UnaryOperator<TileThermalSpec> breaker) {
        return Arguments.of(field, breaker.apply(TestTiles.walkerTile()));
    }

    private static TileThermalSpec copy(TileThermalSpec s, TileThermalSpec.FaceOptics solar,
                                        TileThermalSpec.FaceOptics radiator, TileThermalSpec.HeatCapacities c,
                                        List<GpuGroup> gpus) {
        return new TileThermalSpec(s.faceArea(), s.radiatorArea(), solar, radiator, c, s.conductances(), s.cells(),
                s.mpptEfficiency(), s.distributionEfficiency(), s.housekeepingW(), gpus, s.battery());
    }

    @ParameterizedTest
    @MethodSource("badSpecs")
    void badSpecGivesFindingsAndNoNaN(String field, TileThermalSpec spec) {
        assertTrue(spec.validate().stream().anyMatch(f -> f.field().equals(field)), spec.validate().toString());
        TileThermalResult r = new PeriodicOrbitSolver().solve(spec, Environment.nominal(), ORBIT);
        assertFalse(r.solved());
        assertTrue(r.findings().stream().anyMatch(f -> f.field().equals(field)));
        assertNoNaN(r);
        SteadyState s = new SteadyStateSolver().solve(spec, Environment.nominal(), SteadyCondition.sunOnSolarFace(0, 0, 0));
        assertFalse(s.findings().isEmpty());
        assertFalse(Double.isNaN(s.solarFaceK() + s.boardK() + s.radiatorK() + s.availableW() + s.drawnW()));
        RadiatorSizing.Sizing sizing = new RadiatorSizing().size(spec, Environment.hot(),
                SteadyCondition.sunOnSolarFace(0, 0, 0));
        assertFalse(sizing.findings().isEmpty());
        assertFalse(Double.isNaN(sizing.requiredArea()));
    }

    @Test
    void badEnvironmentAndInputsGiveFindings() {
        Environment env = new Environment(1361, 2.0, -5.0, Double.NaN);
        List<String> fields = env.validate().stream().map(ThermalFinding::field).toList();
        assertEquals(List.of("environment.albedo", "environment.olr", "environment.missionYear"), fields);

        double[] t = ORBIT.time().clone();
        t[7] += 1.0;
        double[] lit = ORBIT.illumination().clone();
        lit[3] = Double.NaN;
        OrbitThermalInputs in = new OrbitThermalInputs("v", t, ORBIT.sunX(), ORBIT.sunY(), ORBIT.sunZ(), lit,
                ORBIT.earthViewSolarFace(), new double[5], ORBIT.albedoFactor());
        List<String> inFields = in.validate().stream().map(ThermalFinding::field).toList();
        assertTrue(inFields.containsAll(List.of("time[7]", "earthViewRadiator")), inFields.toString());
        OrbitThermalInputs sameLength = new OrbitThermalInputs("v", ORBIT.time(), ORBIT.sunX(), ORBIT.sunY(),
                ORBIT.sunZ(), lit, ORBIT.earthViewSolarFace(), ORBIT.earthViewRadiator(), ORBIT.albedoFactor());
        assertEquals(List.of("illumination[3]"), sameLength.validate().stream().map(ThermalFinding::field).toList());
        TileThermalResult r = new PeriodicOrbitSolver().solve(TestTiles.walkerTile(), env, sameLength);
        assertEquals(4, r.findings().size(), r.findings().toString());
        assertNoNaN(r);
    }

    @Test
    void validTileHasNoFindingsAndFlagsItsAssumptions() {
        TileThermalSpec spec = TestTiles.walkerTile();
        assertTrue(spec.validate().isEmpty(), spec.validate().toString());
        List<String> assumed = spec.assumptions().stream().map(ThermalFinding::field).toList();
        assertEquals(List.of("gpus[0].junctionToCaseKPerW", "gpus[0].throttleK", "gpus[0].shutdownK", "gpus[0].idleW"),
                assumed);
        TileThermalResult r = new PeriodicOrbitSolver().solve(spec, Environment.cold().withMissionYear(10), ORBIT);
        assertTrue(r.solved());
        assertEquals(assumed, r.assumptions().stream().map(ThermalFinding::field).toList());
        assertNoNaN(r);
    }

    private static void assertNoNaN(TileThermalResult r) {
        List<IntToDoubleFunction> series = List.of(r::availableW, r::generatedW, r::computeW, r::boardHeatW,
                r::batteryChargeJ, r::solarFaceK, r::boardK, r::radiatorK, r::junctionMaxK);
        assertFalse(TestTiles.anyNaN(r.time()));
        for (IntToDoubleFunction f : series) {
            assertFalse(TestTiles.anyNaN(TestTiles.series(r, f)));
        }
        TileThermalResult.OrbitSummary s = r.summary();
        double[] summary = {s.averageAvailableW(), s.averageGeneratedW(), s.averageComputeW(), s.computeShare(),
            s.loadShare(), s.peakJunctionK(), s.junctionMarginK(), s.throttledMinutes(), s.requiredRadiatorArea(),
            s.radiatorAreaMargin(), s.unservedEnergyJ(), s.energyResidual()};
        assertFalse(TestTiles.anyNaN(summary));
    }
}
