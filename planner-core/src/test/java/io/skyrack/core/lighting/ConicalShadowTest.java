package io.skyrack.core.lighting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.skyrack.core.orbit.EarthConstants;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ConicalShadowTest {

    private static final double AU = 1.496e11;

    /** The cheap classification never calls a sample clear or deep umbra within FAR of a shadow boundary. */
    @Test
    void cheapTestIsConservative() {
        ConicalShadow cs = new ConicalShadow(new double[] {0, 0, 1}, EarthConstants.EQUATORIAL_RADIUS,
                EarthConstants.FLATTENING, SunEphemeris.SUN_RADIUS);
        SplittableRandom rnd = new SplittableRandom(42);
        double[] g = new double[3];
        int clear = 0;
        int deep = 0;
        for (int i = 0; i < 200_000; i++) {
            double r = EarthConstants.EQUATORIAL_RADIUS + 150_000 + rnd.nextDouble() * 40_000_000;
            double[] u = unit(rnd);
            double[] s = unit(rnd);
            double rx = r * u[0];
            double ry = r * u[1];
            double rz = r * u[2];
            cs.geometry(rx, ry, rz, AU * s[0], AU * s[1], AU * s[2], g);
            ConicalShadow.Zone zone = cs.classify(rx, ry, rz, AU * s[0], AU * s[1], AU * s[2]);
            if (zone == ConicalShadow.Zone.CLEAR) {
                clear++;
                assertTrue(ConicalShadow.penumbraG(g) > ConicalShadow.FAR, "sample " + i);
            } else if (zone == ConicalShadow.Zone.DEEP_UMBRA) {
                deep++;
                assertTrue(ConicalShadow.umbraG(g) < -ConicalShadow.FAR, "sample " + i);
            }
        }
        // and it is not vacuous: most random samples are clear
        assertTrue(clear > 50_000 && deep > 2_000, "clear " + clear + ", deep umbra " + deep);
    }

    @Test
    void illuminationOfHalfCoveredSunIsAboutOneHalf() {
        // Earth's limb through the Sun's centre: the visible part is a little more than half, since the
        // Earth's edge curves away from the Sun's centre
        double[] g = {0.5, 0.5, 0.0046};
        assertEquals(0.5, ConicalShadow.illumination(g), 0.01);
        assertEquals(1.0, ConicalShadow.illumination(new double[] {0.6, 0.5, 0.0046}), 0.0);
        assertEquals(0.0, ConicalShadow.illumination(new double[] {0.4, 0.5, 0.0046}), 0.0);
    }

    private static double[] unit(SplittableRandom rnd) {
        double z = 2 * rnd.nextDouble() - 1;
        double phi = 2 * Math.PI * rnd.nextDouble();
        double s = Math.sqrt(1 - z * z);
        return new double[] {s * Math.cos(phi), s * Math.sin(phi), z};
    }
}
