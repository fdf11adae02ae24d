package io.skyrack.thermal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The usual case's single linearised Crank–Nicolson iteration per step, against Newton's method iterated to
 * 10⁻⁷ K on every step (the solver's other path), and the shortcuts that come with it: the inputs checked while
 * the loads are computed, and a first orbit whose samples are not kept.
 */
class LinearisedStepTest {

    /** Over a whole periodic orbit the two schemes agree to a few millikelvin; both close the energy balance. */
    @ParameterizedTest
    @CsvSource({"0, 574", "60, 574", "30, 192"})
    void matchesNewtonIteratedCrankNicolson(double betaDeg, int samples) {
        TileThermalSpec spec = TestTiles.walkerTile();
        OrbitThermalInputs in = TestTiles.circularOrbit("l", 550e3, betaDeg, samples);
        TileThermalResult linear = new PeriodicOrbitSolver().solve(spec, Environment.nominal(), in);
        TileThermalResult newton = new PeriodicOrbitSolver(SolverSettings.DEFAULT, false)
                .solve(spec, Environment.nominal(), in);
        assertTrue(linear.summary().converged());
        assertTrue(newton.summary().converged());
        double worst = maxDifference(linear, newton);
        System.out.printf("linearised vs iterated Crank-Nicolson β=%.0f° dt=%.1f s: max |ΔT| %.2e K, orbits %d/%d, "
                + "energy residual %.1e / %.1e%n", betaDeg, in.step(), worst, linear.summary().orbits(),
                newton.summary().orbits(), linear.summary().energyResidual(), newton.summary().energyResidual());
        // second order in the step: 10 s steps within 2 mK, 30 s steps within 20 mK; the energy balance closes
        // to 1e-6 at 10 s (EnergyClosureTest) and 1e-5 at 30 s
        boolean fine = in.step() < 20.0;
        assertEquals(0.0, worst, fine ? 0.002 : 0.02);
        assertEquals(0.0, linear.summary().energyResidual(), fine ? 1e-6 : 1e-5);
        assertEquals(newton.summary().averageGeneratedW(), linear.summary().averageGeneratedW(), 1e-3);
        assertEquals(newton.summary().peakJunctionK(), linear.summary().peakJunctionK(), 0.002);
    }

    /**
     * Far from equilibrium (a window started at 150 K in full Sun, 30 s steps) the first steps change the solar
     * face by more than 5 K: they are solved by Newton's method instead, and the window still matches the
     * iterated one.
     */
    @Test
    void largeStepsAreIterated() {
        TileThermalSpec spec = TestTiles.walkerTile();
        OrbitThermalInputs in = TestTiles.circularOrbit("cold", 550e3, 70.0, 192);
        double[] start = {150.0, 150.0, 150.0};
        // the samples are the thread's workspace: copied before the next simulation is built
        OrbitSimulation linear = new OrbitSimulation(spec, Environment.nominal(), in, SolverSettings.DEFAULT, true);
        linear.run(start, 3.6e6, false, new double[4], true);
        assertTrue(linear.iteratedSteps > 0, "some steps were iterated");
        assertTrue(linear.iteratedSteps < 20, "only the first ones");
        assertTrue(linear.maxNewton <= TileNetwork.MAX_NEWTON);
        double[][] fast = {linear.series(OrbitSimulation.R_SOLAR_FACE), linear.series(OrbitSimulation.R_BOARD),
            linear.series(OrbitSimulation.R_RADIATOR)};
        OrbitSimulation newton = new OrbitSimulation(spec, Environment.nominal(), in, SolverSettings.DEFAULT, false);
        newton.run(start, 3.6e6, false, new double[4], true);
        double[][] iterated = {newton.series(OrbitSimulation.R_SOLAR_FACE), newton.series(OrbitSimulation.R_BOARD),
            newton.series(OrbitSimulation.R_RADIATOR)};
        double worst = 0.0;
        double firstStep = Math.abs(fast[0][1] - fast[0][0]);
        for (int k = 0; k < in.size(); k++) {
            for (int node = 0; node < 3; node++) {
                worst = Math.max(worst, Math.abs(fast[node][k] - iterated[node][k]));
            }
        }
        System.out.printf("window from 150 K: first step %.1f K, %d steps iterated, max |ΔT| vs iterated %.2e K%n",
                firstStep, linear.iteratedSteps, worst);
        assertTrue(firstStep > OrbitSimulation.LINEARISED_MAX_STEP_K);
        assertEquals(0.0, worst, 0.002);
    }

    /** The check made while the loads are computed accepts exactly what {@link OrbitThermalInputs#validate()} does. */
    @Test
    void inputCheckAgreesWithValidate() {
        OrbitThermalInputs good = TestTiles.circularOrbit("v", 550e3, 20.0, 300);
        List<OrbitThermalInputs> cases = new ArrayList<>();
        cases.add(good);
        cases.add(with(good, 3, 0, Double.NaN));
        cases.add(with(good, 3, 299, 1.0 + 1e-9));
        cases.add(with(good, 3, 17, -0.0));
        cases.add(with(good, 4, 5, -1e-12));
        cases.add(with(good, 4, 5, 1.0));
        cases.add(with(good, 5, 150, Double.POSITIVE_INFINITY));
        cases.add(with(good, 6, 42, Double.NaN));
        cases.add(with(good, 6, 42, 0.0));
        cases.add(with(good, 0, 10, 0.5));
        cases.add(with(good, 2, 10, Double.NaN));
        cases.add(with(good, 1, 299, 1e-3));
        cases.add(timeWith(good, t -> {
            t[150] += 1e-3;
            return t;
        }));
        cases.add(timeWith(good, t -> {
            t[150] += 1e-9;
            return t;
        }));
        cases.add(timeWith(good, t -> {
            t[1] = t[0];
            return t;
        }));
        cases.add(timeWith(good, t -> {
            t[0] = Double.NaN;
            return t;
        }));
        cases.add(new OrbitThermalInputs("short", Arrays.copyOf(good.time(), 299), good.sunX(), good.sunY(),
                good.sunZ(), good.illumination(), good.earthViewSolarFace(), good.earthViewRadiator(),
                good.albedoFactor()));
        cases.add(new OrbitThermalInputs("long", good.time(), good.sunX(), good.sunY(), good.sunZ(),
                Arrays.copyOf(good.illumination(), 301), good.earthViewSolarFace(), good.earthViewRadiator(),
                good.albedoFactor()));
        cases.add(OrbitThermalInputs.constant("one", 1, 30.0, SteadyCondition.sunOnSolarFace(0.0, 0.0, 0.0)));
        int valid = 0;
        for (OrbitThermalInputs in : cases) {
            boolean expected = in.validate().isEmpty();
            OrbitSimulation sim = new OrbitSimulation(TestTiles.walkerTile(), Environment.nominal(), in,
                    SolverSettings.DEFAULT);
            assertEquals(expected, sim.inputsValid, in.tileId() + " " + in.validate());
            TileThermalResult r = new PeriodicOrbitSolver().solve(TestTiles.walkerTile(), Environment.nominal(), in);
            assertEquals(expected, r.solved());
            assertEquals(in.validate(), r.findings());
            valid += expected ? 1 : 0;
        }
        assertEquals(6, valid);
    }

    /**
     * The first orbit's samples are not kept. When it already closes (constant inputs, where the initial guess
     * is the steady state), the next orbit, as periodic, is the result.
     */
    @Test
    void firstOrbitThatClosesIsFollowedByARecordedOne() {
        OrbitThermalInputs in = OrbitThermalInputs.constant("c", 200, 30.0,
                SteadyCondition.sunOnSolarFace(0.0, 0.0, 0.0));
        TileThermalSpec spec = TestTiles.walkerTile();
        TileThermalResult r = new PeriodicOrbitSolver().solve(spec, Environment.nominal(), in);
        SteadyState steady = new SteadyStateSolver().solve(spec, Environment.nominal(), in.at(0));
        assertTrue(r.summary().converged());
        assertEquals(2, r.summary().orbits());
        for (int k = 0; k < in.size(); k++) {
            assertEquals(steady.solarFaceK(), r.solarFaceK(k), 1e-3);
            assertEquals(steady.boardK(), r.boardK(k), 1e-3);
            assertEquals(steady.radiatorK(), r.radiatorK(k), 1e-3);
            assertEquals(2, r.powerMode(0, k));
            assertEquals(50.0, r.computeW(k), 0.0);
        }
        assertEquals(0.0, r.summary().energyResidual(), 1e-9);
        PeriodicOrbitSolver once = new PeriodicOrbitSolver(new SolverSettings(1, 0.01, 1e-6, 1e-7, 2.0));
        TileThermalResult single = once.solve(spec, Environment.nominal(), in);
        assertTrue(single.summary().converged());
        assertEquals(1, single.summary().orbits());
        assertEquals(r.boardK(7), single.boardK(7), 1e-6);
    }

    private static double maxDifference(TileThermalResult a, TileThermalResult b) {
        double worst = 0.0;
        double[][] x = TestTiles.temperatures(a);
        double[][] y = TestTiles.temperatures(b);
        for (int node = 0; node < 3; node++) {
            for (int k = 0; k < x[node].length; k++) {
                worst = Math.max(worst, Math.abs(x[node][k] - y[node][k]));
            }
        }
        return worst;
    }

    /** Inputs with one value replaced: arrays 0–2 Sun x/y/z, 3 illumination, 4–5 view factors, 6 albedo factor. */
    private static OrbitThermalInputs with(OrbitThermalInputs in, int array, int k, double value) {
        double[][] a = {in.sunX().clone(), in.sunY().clone(), in.sunZ().clone(), in.illumination().clone(),
            in.earthViewSolarFace().clone(), in.earthViewRadiator().clone(), in.albedoFactor().clone()};
        a[array][k] = value;
        return new OrbitThermalInputs(in.tileId() + "-" + array + "[" + k + "]=" + value, in.time(), a[0], a[1], a[2],
                a[3], a[4], a[5], a[6]);
    }

    private static OrbitThermalInputs timeWith(OrbitThermalInputs in, UnaryOperator<double[]> change) {
        return new OrbitThermalInputs(in.tileId() + "-time", change.apply(in.time().clone()), in.sunX(), in.sunY(),
                in.sunZ(), in.illumination(), in.earthViewSolarFace(), in.earthViewRadiator(), in.albedoFactor());
    }
}
