package io.skyrack.thermal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The orbit solver's temperatures against a fine-step explicit reference (classic RK4 at 0.05 s) that replays
 * the same power decisions and the same linearly interpolated environment.
 */
class TransientReferenceTest {

    private static final double FINE_STEP = 0.05;

    /**
     * β = 0 (longest eclipse) and 60°; the nominal network (Crank–Nicolson) and a heat-pipe one (TR-BDF2);
     * 10 s steps within 0.1 K, and 30 s steps (the analysis default) within 0.25 K: second order, ×9.
     */
    @ParameterizedTest
    @CsvSource({"0, 30, 574, 0.1", "60, 30, 574, 0.1", "0, 3000, 574, 0.1", "30, 30, 192, 0.25"})
    void matchesFineStepRk4(double betaDeg, double boardToRadiator, int samples, double tolerance) {
        TileThermalSpec spec = withBoardToRadiator(TestTiles.walkerTile(), boardToRadiator);
        OrbitThermalInputs in = TestTiles.circularOrbit("t", 550e3, betaDeg, samples);
        TileThermalResult r = new PeriodicOrbitSolver().solve(spec, Environment.nominal(), in);
        assertTrue(r.summary().converged());
        double[][] ref = rk4(spec, Environment.nominal(), in, r);
        double worst = 0.0;
        double[][] ours = TestTiles.temperatures(r);
        for (int node = 0; node < 3; node++) {
            for (int k = 0; k < in.size(); k++) {
                worst = Math.max(worst, Math.abs(ours[node][k] - ref[node][k]));
            }
        }
        System.out.printf("RK4 reference β=%.0f° G2=%.0f W/K dt=%.1f s: max |ΔT| %.4f K, swing %.1f–%.1f K%n", betaDeg,
                boardToRadiator, in.step(), worst, min(ours[0]), max(ours[0]));
        assertEquals(0.0, worst, tolerance);
    }

    /**
     * The Dormand–Prince reference agrees with RK4: both replay the same network. Restarted at each sample it
     * integrates smooth pieces (1e-5 K); in one call its error control crosses the held powers' jumps at the
     * samples and lets a few millikelvin through.
     */
    @ParameterizedTest
    @CsvSource({"RESTART_EACH_STEP, 1e-5", "SINGLE_CALL, 1e-2"})
    void dormandPrinceReferenceAgreesWithRk4(DormandPrinceReference.Mode mode, double tolerance) {
        TileThermalSpec spec = TestTiles.walkerTile();
        OrbitThermalInputs in = TestTiles.circularOrbit("t", 550e3, 0.0, 574);
        TileThermalResult r = new PeriodicOrbitSolver().solve(spec, Environment.nominal(), in);
        double[][] rk = rk4(spec, Environment.nominal(), in, r);
        double[][] dp = new DormandPrinceReference(1e-8, 1e-8).integrate(spec, Environment.nominal(), in, r,
                r.initialState(), 1, mode);
        double worst = 0.0;
        for (int node = 0; node < 3; node++) {
            for (int k = 0; k <= in.size(); k++) {
                worst = Math.max(worst, Math.abs(rk[node][k] - dp[node][k]));
            }
        }
        System.out.printf("Dormand-Prince %s vs RK4: max |ΔT| %.2e K%n", mode, worst);
        assertEquals(0.0, worst, tolerance);
    }

    static TileThermalSpec withBoardToRadiator(TileThermalSpec s, double g2) {
        return new TileThermalSpec(s.faceArea(), s.radiatorArea(), s.solarFace(), s.radiatorFace(), s.capacities(),
                new TileThermalSpec.Conductances(s.conductances().solarFaceToBoard(), g2), s.cells(),
                s.mpptEfficiency(), s.distributionEfficiency(), s.housekeepingW(), s.gpus(), s.battery());
    }

    /** Classic RK4 over each step at {@link #FINE_STEP}, with the step's electrical powers held. */
    static double[][] rk4(TileThermalSpec spec, Environment env, OrbitThermalInputs in, TileThermalResult r) {
        EnvironmentLoads loads = EnvironmentLoads.of(spec, env, in);
        int n = in.size();
        double dt = in.step();
        int sub = (int) Math.ceil(dt / FINE_STEP);
        double h = dt / sub;
        double[][] out = new double[3][n + 1];
        ThermalState start = r.initialState();
        double[] y = {start.solarFaceK(), start.boardK(), start.radiatorK()};
        double[] k1 = new double[3];
        double[] k2 = new double[3];
        double[] k3 = new double[3];
        double[] k4 = new double[3];
        double[] tmp = new double[3];
        for (int k = 0; k <= n; k++) {
            for (int i = 0; i < 3; i++) {
                out[i][k] = y[i];
            }
            if (k == n) {
                break;
            }
            double qs0 = loads.solarFaceW()[k];
            double qs1 = loads.solarFaceW()[(k + 1) % n];
            double qr0 = loads.radiatorW()[k];
            double qr1 = loads.radiatorW()[(k + 1) % n];
            double pExt = r.generatedW(k);
            double pBoard = r.boardHeatW(k);
            for (int j = 0; j < sub; j++) {
                double w = (double) j / sub;
                double wh = (j + 0.5) / sub;
                double w1 = (j + 1.0) / sub;
                rhs(spec, y, lerp(qs0, qs1, w), lerp(qr0, qr1, w), pExt, pBoard, k1);
                axpy(y, k1, h / 2, tmp);
                rhs(spec, tmp, lerp(qs0, qs1, wh), lerp(qr0, qr1, wh), pExt, pBoard, k2);
                axpy(y, k2, h / 2, tmp);
                rhs(spec, tmp, lerp(qs0, qs1, wh), lerp(qr0, qr1, wh), pExt, pBoard, k3);
                axpy(y, k3, h, tmp);
                rhs(spec, tmp, lerp(qs0, qs1, w1), lerp(qr0, qr1, w1), pExt, pBoard, k4);
                for (int i = 0; i < 3; i++) {
                    y[i] += h / 6 * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]);
                }
            }
        }
        return out;
    }

    private static void rhs(TileThermalSpec s, double[] y, double qs, double qr, double pExt, double pBoard,
                            double[] out) {
        double sigma = TestTiles.SIGMA;
        double es = s.solarFace().emissivity() * sigma * s.faceArea();
        double er = s.radiatorFace().emissivity() * sigma * s.radiatorArea();
        double toBoard = s.conductances().solarFaceToBoard() * (y[0] - y[1]);
        double toRadiator = s.conductances().boardToRadiator() * (y[1] - y[2]);
        out[0] = (qs - es * Math.pow(y[0], 4) - pExt - toBoard) / s.capacities().solarFace();
        out[1] = (pBoard + toBoard - toRadiator) / s.capacities().board();
        out[2] = (qr - er * Math.pow(y[2], 4) + toRadiator) / s.capacities().radiator();
    }

    private static double lerp(double a, double b, double w) {
        return a + (b - a) * w;
    }

    private static void axpy(double[] y, double[] k, double h, double[] out) {
        for (int i = 0; i < 3; i++) {
            out[i] = y[i] + h * k[i];
        }
    }

    private static double min(double[] a) {
        double m = Double.POSITIVE_INFINITY;
        for (double v : a) {
            m = Math.min(m, v);
        }
        return m;
    }

    private static double max(double[] a) {
        double m = Double.NEGATIVE_INFINITY;
        for (double v : a) {
            m = Math.max(m, v);
        }
        return m;
    }
}
