package io.skyrack.thermal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EarthViewFactorTest {

    private static final double R = TestTiles.EARTH_RADIUS;

    @ParameterizedTest
    @CsvSource({"200e3", "550e3", "1200e3", "35786e3"})
    void nadirFacingPlateMatchesClosedForm(double altitude) {
        double expected = Math.pow(R / (R + altitude), 2);
        assertEquals(expected, EarthViewFactor.ofAngle(0.0, altitude, R), 1e-12);
    }

    @Test
    void zenithFacingPlateSeesNoEarth() {
        assertEquals(0.0, EarthViewFactor.ofAngle(Math.PI, 550e3, R), 0.0);
    }

    /** Tilts in the fully visible, partly visible and hidden ranges (boundaries at 23.1° and 156.9° at 550 km). */
    @ParameterizedTest
    @CsvSource({"550e3, 15", "550e3, 40", "550e3, 70", "550e3, 90", "550e3, 110", "550e3, 140", "550e3, 155",
        "550e3, 160", "200e3, 95", "5000e3, 60"})
    void tiltedPlateMatchesNumericalIntegration(double altitude, double tiltDeg) {
        double tilt = Math.toRadians(tiltDeg);
        assertEquals(numerical(tilt, altitude), EarthViewFactor.ofAngle(tilt, altitude, R), 2e-6);
    }

    @Test
    void piecesJoinContinuously() {
        double altitude = 550e3;
        double h = (R + altitude) / R;
        double[] boundaries = {Math.acos(1.0 / h), Math.PI / 2 + Math.asin(1.0 / h)};
        for (double b : boundaries) {
            double below = EarthViewFactor.ofAngle(b - 1e-9, altitude, R);
            double above = EarthViewFactor.ofAngle(b + 1e-9, altitude, R);
            assertEquals(below, above, 1e-7);
        }
    }

    @Test
    void rejectsBadArguments() {
        assertThrows(IllegalArgumentException.class, () -> EarthViewFactor.ofAngle(0.0, 0.0, R));
        assertThrows(IllegalArgumentException.class, () -> EarthViewFactor.ofAngle(0.0, 550e3, -1.0));
        assertThrows(IllegalArgumentException.class, () -> EarthViewFactor.ofAngle(Double.NaN, 550e3, R));
        assertThrows(IllegalArgumentException.class, () -> EarthViewFactor.ofCosine(0.5, Double.NaN, R));
    }

    /**
     * F = (1/π) ∫ max(0, cos θ) dΩ over the directions that hit the sphere, by the midpoint rule over the
     * sphere's cone (polar angle ψ from the centre direction, azimuth χ).
     */
    private static double numerical(double tilt, double altitude) {
        double rho = Math.asin(R / (R + altitude));
        // plate normal n = (sin tilt, 0, cos tilt); sphere centre along +z
        double nx = Math.sin(tilt);
        double nz = Math.cos(tilt);
        int m = 1500;
        double dPsi = rho / m;
        double dChi = 2 * Math.PI / m;
        double sum = 0;
        for (int i = 0; i < m; i++) {
            double psi = (i + 0.5) * dPsi;
            double sinPsi = Math.sin(psi);
            double cosPsi = Math.cos(psi);
            for (int j = 0; j < m; j++) {
                double chi = (j + 0.5) * dChi;
                double cos = nx * sinPsi * Math.cos(chi) + nz * cosPsi;
                if (cos > 0) {
                    sum += cos * sinPsi;
                }
            }
        }
        return sum * dPsi * dChi / Math.PI;
    }
}
