package io.skyrack.thermal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The linearised pass takes the common steps in its inner loop and every other step by {@code slowStep}: both
 * must give the same results bit for bit, whichever steps each takes. Here every step taken by
 * {@code slowStep} is compared with the usual split, on passes that go through each of its cases: the common
 * decision, the controller's full decision (power and thermal throttling) and Newton's method (large steps).
 * Doubles and packed floats are compared as their bits.
 */
class KernelPathsTest {

    private static final OrbitThermalInputs ORBIT = TestTiles.circularOrbit("k", 550e3, 0.0, 574);

    /**
     * Runs {@code passes} passes, each from where the last ended, the last one recorded (as the solver's orbits),
     * and tallies and packs the last.
     *
     * @param counts receives the last pass's decided samples and iterated steps
     * @return everything the last pass and its tally leave, as bits
     */
    private static long[] pass(TileThermalSpec spec, Environment env, OrbitThermalInputs in, double[] start,
                               double charge, boolean periodic, int passes, boolean slowOnly, float[] packed,
                               int[] counts) {
        OrbitSimulation sim = new OrbitSimulation(spec, env, in, SolverSettings.DEFAULT, true);
        sim.slowStepsOnly = slowOnly;
        double[] end = {start[0], start[1], start[2], charge};
        List<Double> out = new ArrayList<>();
        for (int i = 1; i <= passes; i++) {
            sim.run(new double[] {end[0], end[1], end[2]}, end[3], periodic, end, i == passes);
        }
        counts[0] = sim.decidedCount;
        counts[1] = sim.iteratedSteps;
        for (int slot : new int[] {OrbitSimulation.R_AVAILABLE, OrbitSimulation.R_GENERATED, OrbitSimulation.R_HEAT,
            OrbitSimulation.R_CHARGE, OrbitSimulation.R_SOLAR_FACE, OrbitSimulation.R_BOARD,
            OrbitSimulation.R_RADIATOR}) {
            for (double v : sim.series(slot)) {
                out.add(v);
            }
        }
        sim.tally();
        sim.pack(packed, 0);
        for (double v : end) {
            out.add(v);
        }
        out.addAll(List.of(sim.unservedJ, sim.servedJ, sim.minCharge, sim.maxCharge, sim.peakJunctionK,
                sim.availableJ, sim.generatedJ, sim.computeJ, sim.emittedJ, sim.absorbedJ, sim.throttledS,
                sim.batteryBound ? 1.0 : 0.0, (double) sim.maxNewton, (double) sim.iteratedSteps,
                (double) sim.decidedCount, (double) sim.events.size()));
        TileThermalResult.Levels levels = sim.levelsOfPass();
        for (int level : levels.decidedLevels()) {
            out.add((double) level);
        }
        for (double v : levels.decidedComputeW()) {
            out.add(v);
        }
        for (double v : levels.decidedRiseK()) {
            out.add(v);
        }
        return out.stream().mapToLong(Double::doubleToRawLongBits).toArray();
    }

    /** @return the counts of the last pass: decided samples, iterated steps */
    private static int[] assertSame(TileThermalSpec spec, Environment env, OrbitThermalInputs in, double[] start,
                                    double charge, boolean periodic, int passes) {
        int n = in.size();
        float[] loopPacked = new float[TileThermalResult.SLOTS * n];
        float[] slowPacked = new float[TileThermalResult.SLOTS * n];
        int[] counts = new int[2];
        long[] loop = pass(spec, env, in, start, charge, periodic, passes, false, loopPacked, counts);
        long[] slow = pass(spec, env, in, start, charge, periodic, passes, true, slowPacked, new int[2]);
        assertArrayEquals(loop, slow);
        assertArrayEquals(bits(loopPacked), bits(slowPacked));
        return counts;
    }

    private static int[] bits(float[] v) {
        int[] out = new int[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = Float.floatToRawIntBits(v[i]);
        }
        return out;
    }

    @Test
    void commonStepsAgree() {
        TileThermalSpec spec = TestTiles.walkerTile();
        int[] counts = assertSame(spec, Environment.nominal(), ORBIT, new double[] {330.0, 320.0, 310.0},
                spec.battery().capacityJ(), true, 2);
        assertEquals(0, counts[0], "every step at the commanded modes");
    }

    @Test
    void thermalThrottlingAgrees() {
        TileThermalSpec spec = TestTiles.walkerTile().withRadiatorArea(0.25);
        int[] counts = assertSame(spec, Environment.hot(), ORBIT, new double[] {360.0, 368.0, 360.0},
                spec.battery().capacityJ(), true, 2);
        assertTrue(counts[0] > 0, "some steps decided in full");
    }

    @Test
    void powerThrottlingAgrees() {
        TileThermalSpec spec = TestTiles.walkerTile().withBattery(Battery.ofWattHours(40.0, 0.3, 0.95, 0.95));
        int[] counts = assertSame(spec, Environment.nominal(), ORBIT, new double[] {330.0, 320.0, 310.0},
                spec.battery().capacityJ(), true, 2);
        assertTrue(counts[0] > 0, "some steps decided in full");
    }

    /** A window from far below equilibrium: its first steps are too large for the linearised iteration. */
    @Test
    void iteratedStepsAgreeInAWindow() {
        TileThermalSpec spec = TestTiles.walkerTile();
        OrbitThermalInputs window = TestTiles.circularOrbit("cold", 550e3, 70.0, 193);
        int[] counts = assertSame(spec, Environment.nominal(), window, new double[] {150.0, 150.0, 150.0},
                spec.battery().capacityJ(), false, 1);
        assertTrue(counts[1] > 0, "some steps iterated");
    }

    /** A batch (an odd number of TILEs, one chunk and a part) gives each TILE what solving it alone does. */
    @Test
    void batchAgreesWithSingleSolves() {
        TileThermalSpec spec = TestTiles.walkerTile().withRadiatorArea(0.25);
        List<OrbitThermalInputs> tiles = new ArrayList<>();
        for (int i = 0; i < PeriodicOrbitSolver.CHUNK + 5; i++) {
            tiles.add(TestTiles.circularOrbit("t" + i, 550e3, 2.0 * i, 191));
        }
        PeriodicOrbitSolver solver = new PeriodicOrbitSolver();
        List<TileThermalResult> batch = solver.solveAll(spec, Environment.hot(), tiles);
        boolean throttled = false;
        for (int i = 0; i < tiles.size(); i++) {
            TileThermalResult one = solver.solve(spec, Environment.hot(), tiles.get(i));
            TileThermalResult r = batch.get(i);
            assertArrayEquals(bits(one), bits(r), "TILE " + i);
            assertEquals(one.summary(), r.summary());
            assertEquals(one.events(), r.events());
            throttled |= r.summary().throttledMinutes() > 0.0;
        }
        assertTrue(throttled, "some TILE throttles");
    }

    private static long[] bits(TileThermalResult r) {
        int n = r.samples();
        long[] out = new long[9 * n];
        for (int k = 0; k < n; k++) {
            double[] v = {r.availableW(k), r.generatedW(k), r.boardHeatW(k), r.batteryChargeJ(k), r.solarFaceK(k),
                r.boardK(k), r.radiatorK(k), r.computeW(k), r.junctionMaxK(k)};
            for (int j = 0; j < v.length; j++) {
                out[9 * k + j] = Double.doubleToRawLongBits(v[j]);
            }
        }
        return out;
    }
}
