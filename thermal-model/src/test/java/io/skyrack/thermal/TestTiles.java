package io.skyrack.thermal;

import java.util.List;
import java.util.function.IntToDoubleFunction;

/** TILE specifications and synthetic orbits shared by the tests. */
final class TestTiles {

    /** Earth's gravitational parameter (m³/s²). */
    static final double MU = 3.986004418e14;
    /** Equatorial radius (m). */
    static final double EARTH_RADIUS = 6_378_137.0;
    static final double SIGMA = 5.670374e-8;

    private TestTiles() {
    }

    /** Jetson Orin NX 16GB: 10/15/25 W, nothing thermal published. */
    static GpuGroup orinNx(int count, int commandedMode) {
        return new GpuGroup(count, new double[] {10.0, 15.0, 25.0}, commandedMode, Double.NaN, Double.NaN,
                Double.NaN, Double.NaN);
    }

    /** The walker-1584 TILE: 1 m², GaAs / white paint, 2 × Orin NX at 25 W, 2000 Wh battery. */
    static TileThermalSpec walkerTile() {
        return new TileThermalSpec(1.0, 1.0, new TileThermalSpec.FaceOptics(0.88, 0.80),
                new TileThermalSpec.FaceOptics(0.12, 0.90), new TileThermalSpec.HeatCapacities(2700, 5400, 3600),
                new TileThermalSpec.Conductances(8.0, 30.0),
                new TileThermalSpec.SolarCells(0.30, -0.0022, 0.03, 0.9), 0.97, 0.95, 8.0,
                List.of(orinNx(2, 2)), Battery.ofWattHours(2000.0, 0.3, 0.95, 0.95));
    }

    /** @return period of a circular orbit at this altitude (s) */
    static double period(double altitude) {
        double a = EARTH_RADIUS + altitude;
        return 2.0 * Math.PI * Math.sqrt(a * a * a / MU);
    }

    /**
     * A circular orbit with the Sun along +x at the given beta angle, sun-tracking TILE, cylindrical shadow.
     *
     * @param samples samples over one period
     */
    static OrbitThermalInputs circularOrbit(String id, double altitude, double betaDeg, int samples) {
        double a = EARTH_RADIUS + altitude;
        double dt = period(altitude) / samples;
        double beta = Math.toRadians(betaDeg);
        // orbit normal at beta from the orbit plane's Sun angle: h = (sin β, 0, cos β), P ⟂ h, Q = h × P
        double[] p = {Math.cos(beta), 0.0, -Math.sin(beta)};
        double[] q = {0.0, 1.0, 0.0};
        double[] t = new double[samples];
        double[] x = new double[samples];
        double[] y = new double[samples];
        double[] z = new double[samples];
        double[] sx = new double[samples];
        double[] sy = new double[samples];
        double[] sz = new double[samples];
        for (int k = 0; k < samples; k++) {
            t[k] = k * dt;
            double u = 2.0 * Math.PI * k / samples;
            x[k] = a * (Math.cos(u) * p[0] + Math.sin(u) * q[0]);
            y[k] = a * (Math.cos(u) * p[1] + Math.sin(u) * q[1]);
            z[k] = a * (Math.cos(u) * p[2] + Math.sin(u) * q[2]);
            sx[k] = 1.0;
        }
        double[] lit = SunTrackingGeometry.cylindricalShadow(x, y, z, sx, sy, sz, EARTH_RADIUS);
        return SunTrackingGeometry.inputs(id, t, x, y, z, sx, sy, sz, lit, EARTH_RADIUS);
    }

    /** @return whether any value is NaN */
    /**
     * @param r a result
     * @param series one of its per-sample accessors
     * @return that series at every sample
     */
    static double[] series(TileThermalResult r, IntToDoubleFunction series) {
        double[] out = new double[r.samples()];
        for (int k = 0; k < out.length; k++) {
            out[k] = series.applyAsDouble(k);
        }
        return out;
    }

    /**
     * @param r a result
     * @return its node temperatures at every sample, indexed {@code [node][sample]} (K)
     */
    static double[][] temperatures(TileThermalResult r) {
        return new double[][] {series(r, r::solarFaceK), series(r, r::boardK), series(r, r::radiatorK)};
    }

    static boolean anyNaN(double[]... arrays) {
        for (double[] a : arrays) {
            for (double v : a) {
                if (Double.isNaN(v)) {
                    return true;
                }
            }
        }
        return false;
    }
}
