package io.skyrack.thermal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The GPU power-mode controller: power limits in eclipse and in weak sunlight, junction limits in the hot case. */
class PowerControllerTest {

    private static final OrbitThermalInputs ORBIT = TestTiles.circularOrbit("tile-7", 550e3, 0.0, 574);

    private static TileThermalResult solve(TileThermalSpec spec, Environment env) {
        TileThermalResult r = new PeriodicOrbitSolver().solve(spec, env, ORBIT);
        assertTrue(r.solved(), r.findings().toString());
        assertTrue(r.summary().converged(), "not periodic after " + r.summary().orbits() + " orbits");
        return r;
    }

    private static int firstDark() {
        for (int k = 1; k < ORBIT.size(); k++) {
            if (ORBIT.illumination()[k] == 0.0 && ORBIT.illumination()[k - 1] > 0.0) {
                return k;
            }
        }
        throw new AssertionError("no eclipse");
    }

    private static double eclipseMinutes() {
        double dark = 0;
        for (double v : ORBIT.illumination()) {
            dark += v == 0.0 ? ORBIT.step() : 0.0;
        }
        return dark / 60.0;
    }

    @Test
    void withoutBatteryEclipseSwitchesGpusOffForPower() {
        TileThermalResult r = solve(TestTiles.walkerTile().withBattery(Battery.NONE), Environment.nominal());
        for (int k = 0; k < ORBIT.size(); k++) {
            boolean dark = ORBIT.illumination()[k] == 0.0 && ORBIT.illumination()[(k + 1) % ORBIT.size()] == 0.0;
            if (dark) {
                assertEquals(GpuGroup.MODE_OFF, r.powerMode(0, k), "idle power unknown: off, step " + k);
                assertEquals(0.0, r.computeW(k), 0.0);
            }
        }
        List<ThrottleEvent> down = r.events().stream().filter(e -> e.reason() == ThrottleEvent.Reason.POWER).toList();
        assertEquals(1, down.size(), r.events().toString());
        assertEquals(2, down.get(0).fromMode());
        assertEquals(GpuGroup.MODE_OFF, down.get(0).toMode());
        assertEquals("tile-7", down.get(0).tileId());
        // the first step wholly in shadow (the step into it still averages half the sunlight)
        assertEquals(ORBIT.time()[firstDark()], down.get(0).time(), 1e-9);
        assertTrue(r.events().stream().anyMatch(e -> e.reason() == ThrottleEvent.Reason.RECOVERY && e.toMode() == 2));
        assertEquals(eclipseMinutes(), r.summary().throttledMinutes(), 2 * ORBIT.step() / 60.0);
        System.out.printf("no battery: %d events, throttled %.1f min of %.1f min eclipse, compute share %.3f%n",
                r.events().size(), r.summary().throttledMinutes(), eclipseMinutes(), r.summary().computeShare());
    }

    @Test
    void batteryCarriesEclipseAndStaysAboveItsFloor() {
        TileThermalSpec spec = TestTiles.walkerTile();
        TileThermalResult r = solve(spec, Environment.nominal());
        assertTrue(r.events().isEmpty(), r.events().toString());
        assertEquals(0.0, r.summary().throttledMinutes(), 0.0);
        double floor = spec.battery().floorJ();
        double min = Double.POSITIVE_INFINITY;
        for (int k = 0; k < ORBIT.size(); k++) {
            min = Math.min(min, r.batteryChargeJ(k));
            assertEquals(50.0, r.computeW(k), 1e-9);
        }
        assertTrue(min >= floor);
        assertTrue(min < spec.battery().capacityJ() - 30 * 3600, "the eclipse draws more than 30 Wh: " + min);
        System.out.printf("2000 Wh battery: lowest charge %.1f Wh, compute share %.3f, load share %.3f%n", min / 3600,
                r.summary().computeShare(), r.summary().loadShare());
    }

    @Test
    void smallBatteryCarriesPartOfTheEclipseThenPowerThrottles() {
        TileThermalSpec spec = TestTiles.walkerTile().withBattery(Battery.ofWattHours(40.0, 0.5, 0.95, 0.95));
        TileThermalResult r = solve(spec, Environment.nominal());
        double floor = spec.battery().floorJ();
        for (int k = 0; k < ORBIT.size(); k++) {
            assertTrue(r.batteryChargeJ(k) >= floor - 1e-6, "charge below floor at " + k);
        }
        List<ThrottleEvent> down = r.events().stream().filter(e -> e.reason() == ThrottleEvent.Reason.POWER).toList();
        assertFalse(down.isEmpty(), r.events().toString());
        double entry = ORBIT.time()[firstDark()];
        // 20 Wh usable at ~64 W carries about 19 minutes of the ~36 minute eclipse
        assertTrue(down.get(0).time() > entry + 15 * 60 && down.get(0).time() < entry + 22 * 60,
                "throttled at " + (down.get(0).time() - entry) / 60 + " min into eclipse");
        assertTrue(r.summary().throttledMinutes() > 10 && r.summary().throttledMinutes() < eclipseMinutes() - 10);
        System.out.printf("40 Wh battery: first power throttle %.1f min into eclipse, %s%n",
                (down.get(0).time() - entry) / 60, r.events());
    }

    /** Weak cells (5 %) cannot carry 2 × 25 W plus housekeeping: the controller picks the 15 W mode. */
    @Test
    void weakSunlightSelectsAnIntermediateMode() {
        TileThermalSpec s = TestTiles.walkerTile().withBattery(Battery.NONE);
        TileThermalSpec weak = new TileThermalSpec(s.faceArea(), s.radiatorArea(), s.solarFace(), s.radiatorFace(),
                s.capacities(), s.conductances(), new TileThermalSpec.SolarCells(0.05, -0.0022, 0.03, 0.9),
                s.mpptEfficiency(), s.distributionEfficiency(), s.housekeepingW(), s.gpus(), s.battery());
        OrbitThermalInputs sun = OrbitThermalInputs.constant("w", 100, 30.0, SteadyCondition.sunOnSolarFace(0, 0, 0));
        TileThermalResult r = new PeriodicOrbitSolver().solve(weak, Environment.nominal(), sun);
        for (int k = 0; k < sun.size(); k++) {
            assertEquals(1, r.powerMode(0, k));
            assertEquals(30.0, r.computeW(k), 1e-9);
            assertTrue(r.generatedW(k) <= r.availableW(k) + 1e-9);
        }
    }

    /**
     * Weak cells leave a little less surplus in sunlight than the eclipse takes: the charge sinks a few Wh an
     * orbit, from full to its floor, where power throttling closes the budget. The solver skips the drift.
     */
    @Test
    void slowlyDrainingBatteryReachesItsFloorAndThrottles() {
        TileThermalSpec s = TestTiles.walkerTile();
        TileThermalSpec weak = new TileThermalSpec(s.faceArea(), s.radiatorArea(), s.solarFace(), s.radiatorFace(),
                s.capacities(), s.conductances(), new TileThermalSpec.SolarCells(0.085, -0.0022, 0.03, 0.9),
                s.mpptEfficiency(), s.distributionEfficiency(), s.housekeepingW(), s.gpus(), s.battery());
        TileThermalResult r = solve(weak, Environment.nominal());
        double floor = weak.battery().floorJ();
        double lowest = Double.POSITIVE_INFINITY;
        for (double c : TestTiles.series(r, r::batteryChargeJ)) {
            lowest = Math.min(lowest, c);
        }
        assertEquals(floor, lowest, 1.0);
        assertTrue(r.events().stream().anyMatch(e -> e.reason() == ThrottleEvent.Reason.POWER), r.events().toString());
        assertTrue(r.summary().orbits() < 20, "orbits " + r.summary().orbits());
        System.out.printf("draining battery: periodic after %d orbits, %d events, throttled %.1f min%n",
                r.summary().orbits(), r.events().size(), r.summary().throttledMinutes());
    }

    @Test
    void junctionLimitThrottlesWithASmallRadiatorInTheHotCase() {
        TileThermalSpec spec = TestTiles.walkerTile().withRadiatorArea(0.25);
        TileThermalResult r = solve(spec, Environment.hot());
        double limit = GpuGroup.DEFAULT_THROTTLE_K;
        List<ThrottleEvent> thermal = r.events().stream()
                .filter(e -> e.reason() == ThrottleEvent.Reason.THERMAL).toList();
        assertFalse(thermal.isEmpty(), r.events().toString());
        assertTrue(thermal.stream().allMatch(e -> e.toMode() < e.fromMode()));
        assertTrue(r.summary().throttledMinutes() > 0.0);
        // the predictive controller keeps the junction at its limit (within the step's prediction error)
        assertTrue(r.summary().peakJunctionK() <= limit + 0.5, "peak " + r.summary().peakJunctionK());
        assertTrue(r.summary().radiatorAreaMargin() < 0.0, "a 0.25 m² radiator is undersized");
        // unthrottled, the same TILE would run well over the limit
        SteadyState hot = new SteadyStateSolver().solve(spec, Environment.hot(), SteadyCondition.sunOnSolarFace(0, 0, 0));
        assertTrue(hot.maxJunctionK() > limit + 2.0, "unthrottled junction " + hot.maxJunctionK());
        System.out.printf("hot case, 0.25 m² radiator: %d events (%d thermal), peak junction %.2f K (limit %.2f), "
                + "throttled %.1f min, required radiator %.3f m²%n", r.events().size(), thermal.size(),
                r.summary().peakJunctionK(), limit, r.summary().throttledMinutes(), r.summary().requiredRadiatorArea());
    }
}
