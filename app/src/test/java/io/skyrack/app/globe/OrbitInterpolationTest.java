package io.skyrack.app.globe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrbitInterpolationTest {

    /** Largest distance from the true circular orbit of positions interpolated between samples {@code h} apart. */
    private static double worstError(double radius, double period, double h, boolean hermite) {
        double w = 2 * Math.PI / period;
        double worst = 0;
        for (int k = 0; k < 40; k++) {
            double t0 = k * h;
            for (double f = 0; f <= 1.0; f += 0.05) {
                double t = t0 + f * h;
                double x;
                double y;
                if (hermite) {
                    x = OrbitInterpolation.hermite(radius * Math.cos(w * t0), -radius * w * Math.sin(w * t0),
                            radius * Math.cos(w * (t0 + h)), -radius * w * Math.sin(w * (t0 + h)), h, f);
                    y = OrbitInterpolation.hermite(radius * Math.sin(w * t0), radius * w * Math.cos(w * t0),
                            radius * Math.sin(w * (t0 + h)), radius * w * Math.cos(w * (t0 + h)), h, f);
                } else {
                    x = OrbitInterpolation.linear(radius * Math.cos(w * t0), radius * Math.cos(w * (t0 + h)), f);
                    y = OrbitInterpolation.linear(radius * Math.sin(w * t0), radius * Math.sin(w * (t0 + h)), f);
                }
                worst = Math.max(worst, Math.hypot(x - radius * Math.cos(w * t), y - radius * Math.sin(w * t)));
            }
        }
        return worst;
    }

    /** At 550 km and a 30 s grid: the chord sags r θ² / 8 ≈ 0.94 km; the cubic stays within centimetres. */
    @ParameterizedTest
    @CsvSource({"6928137, 5736, 30", "6928137, 5736, 60", "7078137, 5923, 30"})
    void hermiteFollowsTheOrbitWhereTheChordSags(double radius, double period, double step) {
        double theta = 2 * Math.PI / period * step;
        double sag = radius * theta * theta / 8;
        assertEquals(sag, worstError(radius, period, step, false), 0.02 * sag);
        double cubic = worstError(radius, period, step, true);
        assertTrue(cubic < radius * Math.pow(theta, 4) / 300 + 1e-6, "Hermite error " + cubic + " m");
        assertTrue(cubic < 1.0, "Hermite error " + cubic + " m");
    }

    @ParameterizedTest
    @CsvSource({"0, 1.0", "1, 3.0"})
    void bothInterpolationsHitTheSamples(double f, double expected) {
        assertEquals(expected, OrbitInterpolation.linear(1.0, 3.0, f), 1e-12);
        assertEquals(expected, OrbitInterpolation.hermite(1.0, 5.0, 3.0, -7.0, 30, f), 1e-12);
    }
}
