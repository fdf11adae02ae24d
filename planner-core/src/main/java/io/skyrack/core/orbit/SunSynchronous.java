package io.skyrack.core.orbit;

import java.time.Instant;

/** Closed-form relations of circular sun-synchronous orbits. */
public final class SunSynchronous {

    /** Julian date of J2000.0 (2000-01-01T12:00:00 UT). */
    private static final double JD_J2000 = 2_451_545.0;
    /** Julian date of the Unix epoch. */
    private static final double JD_UNIX = 2_440_587.5;

    private SunSynchronous() {
    }

    /**
     * Inclination at which J2 turns the node at the Sun's mean motion:
     * {@code cos i = −2 n☉ a^{7/2} / (3 J2 Re² √μ)} for a circular orbit (Vallado, Fundamentals of
     * Astrodynamics and Applications, 4th ed., §9.6).
     *
     * @param altitude altitude above the equatorial radius (m)
     * @return inclination (rad), or NaN when no sun-synchronous orbit exists at that altitude
     */
    public static double inclination(double altitude) {
        double a = EarthConstants.EQUATORIAL_RADIUS + altitude;
        double cos = -2.0 * EarthConstants.SUN_MEAN_MOTION * Math.pow(a, 3.5)
                / (3.0 * EarthConstants.J2 * EarthConstants.EQUATORIAL_RADIUS * EarthConstants.EQUATORIAL_RADIUS
                * Math.sqrt(EarthConstants.MU));
        return cos < -1 ? Double.NaN : Math.acos(cos);
    }

    /**
     * Right ascension of the ascending node that puts the node at a given mean local solar time:
     * {@code Ω = GMST + 15°/h · (LTAN − UT)}, with GMST from the IAU 1982 expression (good to well under
     * a second of time, which is 0.004° of node).
     *
     * @param epoch instant (UTC, used as UT1)
     * @param ltanHours mean local time of the ascending node (h)
     * @return RAAN in [0, 2π) (rad)
     */
    public static double raan(Instant epoch, double ltanHours) {
        double jd = JD_UNIX + (epoch.getEpochSecond() + epoch.getNano() * 1e-9) / 86_400.0;
        double d = jd - JD_J2000;
        double gmstDeg = 280.46061837 + 360.98564736629 * d;
        double utHours = ((epoch.getEpochSecond() % 86_400 + 86_400) % 86_400 + epoch.getNano() * 1e-9) / 3600.0;
        double raanDeg = gmstDeg + 15.0 * (ltanHours - utHours);
        double r = Math.toRadians(raanDeg) % (2 * Math.PI);
        return r < 0 ? r + 2 * Math.PI : r;
    }
}
