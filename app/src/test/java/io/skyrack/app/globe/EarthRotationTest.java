package io.skyrack.app.globe;

import static io.skyrack.app.globe.GlobeFixtures.KEPLER_ANALYSIS;
import static io.skyrack.app.globe.GlobeFixtures.KEPLER_GEOMETRY;
import static io.skyrack.app.globe.GlobeFixtures.OREKIT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.skyrack.core.orbit.EphemerisGrid;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.orekit.frames.Transform;
import org.orekit.time.AbsoluteDate;

class EarthRotationTest {

    private static final EarthRotation EARTH = EarthRotation.fit(KEPLER_GEOMETRY.earthRotation(),
            KEPLER_ANALYSIS.grid());

    /** Orekit's ITRF → EME2000 at a time, in scene axes. */
    private static double[] orekit(double t) {
        AbsoluteDate date = OREKIT.date(KEPLER_ANALYSIS.grid().start()).shiftedBy(t);
        Transform tr = OREKIT.itrf().getTransformTo(OREKIT.eme2000(), date);
        Vector3D ex = tr.transformVector(Vector3D.PLUS_I);
        Vector3D ey = tr.transformVector(Vector3D.PLUS_J);
        Vector3D ez = tr.transformVector(Vector3D.PLUS_K);
        return SceneUnits.rotationToScene(new double[][] {
            {ex.getX(), ey.getX(), ez.getX()}, {ex.getY(), ey.getY(), ez.getY()}, {ex.getZ(), ey.getZ(), ez.getZ()}});
    }

    /** Largest angle (deg) between the images of the three axes under two rotations. */
    private static double angleDeg(double[] a, double[] b) {
        double worst = 0;
        for (int col = 0; col < 3; col++) {
            Vector3D u = new Vector3D(a[col], a[3 + col], a[6 + col]);
            Vector3D v = new Vector3D(b[col], b[3 + col], b[6 + col]);
            worst = Math.max(worst, Math.toDegrees(Vector3D.angle(u, v)));
        }
        return worst;
    }

    /** Over the whole day the turned Earth stays within a thousandth of a degree (0.1 km) of Orekit's frames. */
    @ParameterizedTest
    @ValueSource(doubles = {0, 1234.5, 21_600, 43_200, 86_400})
    void followsOrekitOverTheWindow(double t) {
        double[] r = new double[9];
        EARTH.rotationAt(t, r);
        assertEquals(0, angleDeg(r, orekit(t)), 1e-3, "at t = " + t + " s");
    }

    /** The Earth-fixed position of a satellite, turned by the rotation, is its inertial position on the grid. */
    @Test
    void turnsGridPointsFromEarthFixedToInertial() {
        EphemerisGrid g = KEPLER_ANALYSIS.grid();
        double[] r = new double[9];
        float[] f = new float[3];
        float[] in = new float[3];
        for (int k = 0; k < g.stepCount(); k += 97) {
            EARTH.rotationAt(g.time(k), r);
            for (int s = 0; s < g.satelliteCount(); s++) {
                int i = g.index(s, k);
                SceneUnits.toScene(g.fixedX()[i], g.fixedY()[i], g.fixedZ()[i], f, 0);
                SceneUnits.toScene(g.x()[i], g.y()[i], g.z()[i], in, 0);
                for (int row = 0; row < 3; row++) {
                    double turned = r[3 * row] * f[0] + r[3 * row + 1] * f[1] + r[3 * row + 2] * f[2];
                    // 0.002 scene units = 13 m
                    assertEquals(in[row], turned, 2e-3, "step " + k + " satellite " + s);
                }
            }
        }
    }

    @Test
    void spinsOnceASiderealDay() {
        double sidereal = 2 * Math.PI / EarthRotation.SIDEREAL_RATE;
        assertEquals(86_164.09, sidereal, 0.01);
        assertEquals(EARTH.spin(0) + 2 * Math.PI, EARTH.spin(sidereal), 1e-9);
    }

    @Test
    void composeTurnsAboutTheSceneAxisOfTheEarth() {
        double[] identity = {1, 0, 0, 0, 1, 0, 0, 0, 1};
        double[] s = new double[9];
        EarthRotation.compose(identity, Math.PI / 2, s);
        // a quarter turn east takes the Earth-fixed x axis (scene x) to the y axis (scene z); the pole stays
        assertEquals(0, s[0], 1e-12);
        assertEquals(1, s[6], 1e-12);
        assertEquals(1, s[4], 1e-12);
    }
}
