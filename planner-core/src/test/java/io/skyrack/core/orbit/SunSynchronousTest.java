package io.skyrack.core.orbit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.skyrack.core.orekit.OrekitContext;
import java.time.Instant;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.orekit.bodies.AnalyticalSolarPositionProvider;
import org.orekit.orbits.KeplerianOrbit;
import org.orekit.orbits.PositionAngleType;
import org.orekit.time.AbsoluteDate;

class SunSynchronousTest {

    private static final OrekitContext OREKIT = OrekitContext.bundled();

    /** Published sun-synchronous inclinations (Wertz, Space Mission Engineering, table of SSO orbits). */
    @ParameterizedTest
    @CsvSource({"500, 97.40", "600, 97.79", "700, 98.19", "800, 98.60"})
    void inclinationMatchesPublishedValues(double altitudeKm, double expectedDeg) {
        assertEquals(expectedDeg, Math.toDegrees(SunSynchronous.inclination(altitudeKm * 1000)), 0.03);
    }

    @Test
    void noSunSynchronousOrbitAboveAbout6000Km() {
        assertTrue(Double.isNaN(SunSynchronous.inclination(6_500_000)));
    }

    /** A 06:00 node puts the orbit plane on the terminator: its normal points at (or away from) the Sun. */
    @ParameterizedTest
    @CsvSource({"2026-03-20T00:00:00Z", "2026-06-21T07:30:00Z", "2026-12-21T18:00:00Z"})
    void dawnDuskPlaneIsPerpendicularToTheSun(String when) {
        Instant t = Instant.parse(when);
        AbsoluteDate date = OREKIT.date(t);
        double a = EarthConstants.EQUATORIAL_RADIUS + 650_000;
        KeplerianOrbit o = new KeplerianOrbit(a, 0, SunSynchronous.inclination(650_000), 0,
                SunSynchronous.raan(t, 6.0), 0, PositionAngleType.MEAN, OREKIT.eme2000(), date, EarthConstants.MU);
        Vector3D normal = o.getPVCoordinates().getMomentum().normalize();
        Vector3D sun = new AnalyticalSolarPositionProvider(OREKIT.dataContext()).getPosition(date, OREKIT.eme2000())
                .normalize();
        // the Sun is off the terminator plane normal by up to its declination (23.4 deg) plus i - 90 deg (8 deg)
        double angle = Math.toDegrees(Vector3D.angle(normal, sun));
        assertTrue(angle < 32 || angle > 148, "angle between orbit normal and Sun " + angle);
    }

    /** At 12:00 LTAN the ascending node points at the mean Sun: right ascension within the equation of time. */
    @Test
    void noonNodeFacesTheSun() {
        Instant t = Instant.parse("2026-03-20T00:00:00Z");
        AbsoluteDate date = OREKIT.date(t);
        double raan = SunSynchronous.raan(t, 12.0);
        Vector3D sun = new AnalyticalSolarPositionProvider(OREKIT.dataContext()).getPosition(date, OREKIT.eme2000());
        double sunRa = Math.atan2(sun.getY(), sun.getX());
        double diff = Math.toDegrees(Math.IEEEremainder(raan - sunRa, 2 * Math.PI));
        // equation of time on 20 March is about -7.5 min = 1.9 deg
        assertEquals(0.0, diff, 4.5);
    }
}
