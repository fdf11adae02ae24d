package io.skyrack.app.globe;

/**
 * Position between two ephemeris samples by cubic Hermite interpolation of positions and velocities.
 *
 * <p>Why not linear: over a 30 s step a satellite at 550 km turns by 0.033 rad, and the chord then sags
 * {@code r θ² / 8 ≈ 0.9 km} inside the orbit at mid-step — still below a pixel, but the grid has the velocities,
 * and with them the cubic's error is {@code r θ⁴ / 384 ≈ 0.02 m}, so the drawn satellite is where the engines
 * put it at any time, not only at the samples.
 */
final class OrbitInterpolation {

    private OrbitInterpolation() {
    }

    /**
     * @param p0 position at the first sample (any length unit)
     * @param v0 velocity at the first sample (that unit per second)
     * @param p1 position at the second sample
     * @param v1 velocity at the second sample
     * @param h time between the samples (s)
     * @param f fraction of the step elapsed, 0 at the first sample and 1 at the second
     * @return the interpolated position
     */
    static double hermite(double p0, double v0, double p1, double v1, double h, double f) {
        double f2 = f * f;
        double f3 = f2 * f;
        double h00 = 2 * f3 - 3 * f2 + 1;
        double h10 = f3 - 2 * f2 + f;
        double h01 = -2 * f3 + 3 * f2;
        double h11 = f3 - f2;
        return h00 * p0 + h10 * h * v0 + h01 * p1 + h11 * h * v1;
    }

    /**
     * @param a value at the first sample
     * @param b value at the second sample
     * @param f fraction of the step elapsed
     * @return the linear interpolation
     */
    static double linear(double a, double b, double f) {
        return a + (b - a) * f;
    }
}
