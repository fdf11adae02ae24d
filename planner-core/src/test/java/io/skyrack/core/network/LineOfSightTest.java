package io.skyrack.core.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.skyrack.core.orbit.EarthConstants;
import java.time.Instant;
import java.util.SplittableRandom;
import org.hipparchus.geometry.euclidean.threed.Rotation;
import org.hipparchus.geometry.euclidean.threed.RotationConvention;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.orekit.bodies.GeodeticPoint;
import org.orekit.bodies.OneAxisEllipsoid;
import org.orekit.frames.Frame;
import org.orekit.time.AbsoluteDate;

class LineOfSightTest {

    private static final Frame ITRF = TestGrids.OREKIT.itrf();
    private static final OneAxisEllipsoid EARTH =
            new OneAxisEllipsoid(EarthConstants.EQUATORIAL_RADIUS, EarthConstants.FLATTENING, ITRF);
    private static final AbsoluteDate DATE = TestGrids.OREKIT.date(Instant.parse("2026-03-20T00:00:00Z"));

    private static Vector3D randomPoint(SplittableRandom r, double minAltitude, double maxAltitude) {
        double lat = Math.asin(r.nextDouble(-1, 1));
        double lon = r.nextDouble(-Math.PI, Math.PI);
        double alt = r.nextDouble(minAltitude, maxAltitude);
        return EARTH.transform(new GeodeticPoint(lat, lon, alt));
    }

    @Test
    void geodeticAltitudeMatchesOrekit() {
        SplittableRandom r = new SplittableRandom(11);
        for (int i = 0; i < 20_000; i++) {
            Vector3D p = randomPoint(r, -100_000, 40_000_000);
            double rho = Math.hypot(p.getX(), p.getY());
            double expected = EARTH.transform(p, ITRF, DATE).getAltitude();
            assertEquals(expected, LineOfSight.geodeticAltitude(rho, p.getZ()), 1e-6, p.toString());
        }
    }

    @Test
    void lowestAltitudeOfAnEquatorialChordIsItsMidpointRadiusLessTheEquatorialRadius() {
        double r = EarthConstants.EQUATORIAL_RADIUS + 550_000;
        double half = Math.toRadians(20);
        double alt = LineOfSight.lowestAltitude(r * Math.cos(half), -r * Math.sin(half), 0,
                r * Math.cos(half), r * Math.sin(half), 0, 0, 0, 1);
        assertEquals(r * Math.cos(half) - EarthConstants.EQUATORIAL_RADIUS, alt, 1e-6);
    }

    @ParameterizedTest(name = "altitudes {0} m")
    @ValueSource(doubles = {300_000, 550_000, 1_200_000, 8_000_000})
    void lowestAltitudeMatchesOrekitOnRandomSegments(double altitude) {
        SplittableRandom r = new SplittableRandom(Double.doubleToLongBits(altitude));
        for (int i = 0; i < 5_000; i++) {
            Vector3D a = randomPoint(r, altitude - 50_000, altitude + 50_000);
            Vector3D b = randomPoint(r, altitude - 50_000, altitude + 50_000);
            double expected = EARTH.lowestAltitudeIntermediate(a, b).getAltitude();
            double actual = LineOfSight.lowestAltitude(a.getX(), a.getY(), a.getZ(), b.getX(), b.getY(), b.getZ(),
                    0, 0, 1);
            if (expected < 0) {
                // through the Earth: only the sign matters, and deep inside both are approximate
                assertTrue(actual < 0, a + " " + b);
            } else {
                assertEquals(expected, actual, 1e-4, a + " " + b);
            }
        }
    }

    @Test
    void onlyThePoleDirectionMatters() {
        SplittableRandom r = new SplittableRandom(5);
        Rotation tilt = new Rotation(new Vector3D(0.3, -0.8, 0.2), 0.7, RotationConvention.VECTOR_OPERATOR);
        Vector3D pole = tilt.applyTo(Vector3D.PLUS_K);
        for (int i = 0; i < 2_000; i++) {
            Vector3D a = randomPoint(r, 400_000, 700_000);
            Vector3D b = randomPoint(r, 400_000, 700_000);
            double upright = LineOfSight.lowestAltitude(a.getX(), a.getY(), a.getZ(), b.getX(), b.getY(), b.getZ(),
                    0, 0, 1);
            Vector3D ta = tilt.applyTo(a);
            Vector3D tb = tilt.applyTo(b);
            double tilted = LineOfSight.lowestAltitude(ta.getX(), ta.getY(), ta.getZ(), tb.getX(), tb.getY(),
                    tb.getZ(), pole.getX(), pole.getY(), pole.getZ());
            assertEquals(upright, tilted, 1e-6);
        }
    }

    @Test
    void fastClearanceTestAgreesWithTheExactAltitude() {
        SplittableRandom r = new SplittableRandom(9);
        int nearThreshold = 0;
        for (int i = 0; i < 50_000; i++) {
            Vector3D a = randomPoint(r, 300_000, 1_500_000);
            Vector3D b = randomPoint(r, 300_000, 1_500_000);
            double lowest = LineOfSight.lowestAltitude(a.getX(), a.getY(), a.getZ(), b.getX(), b.getY(), b.getZ(),
                    0, 0, 1);
            // margins on both sides of the segment's lowest altitude, some within the approximation's band
            double margin = lowest + r.nextDouble(-2_000, 2_000);
            boolean clear = LineOfSight.isClear(a.getX(), a.getY(), a.getZ(), b.getX(), b.getY(), b.getZ(),
                    0, 0, 1, margin);
            assertEquals(lowest >= margin, clear, "lowest " + lowest + " margin " + margin);
            if (Math.abs(lowest - margin) < 300) {
                nearThreshold++;
            }
        }
        // the band of the fast test was exercised
        assertTrue(nearThreshold > 1_000, "near-threshold cases: " + nearThreshold);
    }
}
