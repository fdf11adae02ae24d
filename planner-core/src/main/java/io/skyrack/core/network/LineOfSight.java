package io.skyrack.core.network;

import io.skyrack.core.orbit.EarthConstants;

/**
 * Whether the straight line between two satellites clears the Earth: the lowest WGS-84 geodetic altitude
 * along the segment, compared with a grazing-altitude margin.
 *
 * <p>The ellipsoid is rotationally symmetric about the Earth's pole, so the computation needs the pole's
 * direction in the frame of the positions (the ITRF +Z axis; in EME2000 it is about 0.15° from +Z in 2026,
 * through precession, which would move the altitude of a grazing point by up to ~55 m if ignored).
 *
 * <ol>
 * <li>Scaling the polar component by {@code a/b} maps the ellipsoid onto a sphere of radius {@code a}; the
 *     point of the segment closest to the centre in the scaled space is found in closed form. Inside that
 *     sphere means inside the ellipsoid, exactly.</li>
 * <li>The surfaces of constant altitude are not exactly scaled ellipsoids, so that point is not exactly the
 *     lowest point: at 100 km altitude the true lowest point lies about 300 m along the segment from it (1 km
 *     at 300 km), which overstates the lowest altitude by about 1 cm (8 cm). Two Newton steps on the exact
 *     altitude along the segment (slope from the ellipsoid normal, curvature from the Earth's radius) brings
 *     the point to the true minimum.</li>
 * <li>Altitudes are computed exactly (Bowring's iteration, see {@link #geodeticAltitude}).</li>
 * </ol>
 *
 * <p>A first, cheaper test ({@link #isClear}) uses the scaled radius alone: the scaled height
 * {@code H = |S p| − a} equals the geodetic altitude {@code h} at the equator and {@code h·a/b} at the poles, so
 * {@code |h − H| ≤ f·|H|} (f the flattening: 0.34 % of the height, 270 m at an 80 km margin); the exact altitude
 * is computed only when {@code H} is within that band (plus a metre) of the margin.
 */
public final class LineOfSight {

    /** WGS-84 equatorial radius a (m). */
    static final double A = EarthConstants.EQUATORIAL_RADIUS;
    /** WGS-84 polar radius b (m). */
    static final double B = A * (1 - EarthConstants.FLATTENING);
    /** First eccentricity squared. */
    private static final double E2 = EarthConstants.FLATTENING * (2 - EarthConstants.FLATTENING);
    /** Second eccentricity squared. */
    private static final double EP2 = E2 / (1 - E2);
    /** Scale of the polar component that maps the ellipsoid onto a sphere of radius a, minus one. */
    private static final double STRETCH = A / B - 1;

    private LineOfSight() {
    }

    /**
     * Lowest geodetic altitude above the WGS-84 ellipsoid of the segment between two points.
     *
     * @param ax first point x (m)
     * @param ay first point y (m)
     * @param az first point z (m)
     * @param bx second point x (m)
     * @param by second point y (m)
     * @param bz second point z (m)
     * @param px pole (ITRF +Z) x component in the frame of the points, unit vector
     * @param py pole y component
     * @param pz pole z component
     * @return the lowest altitude (m), negative when the segment passes through the Earth
     */
    public static double lowestAltitude(double ax, double ay, double az, double bx, double by, double bz,
                                        double px, double py, double pz) {
        double t = closestInScaledSpace(ax, ay, az, bx, by, bz, px, py, pz);
        double[] hp = new double[2];
        altitudeAt(ax, ay, az, bx, by, bz, px, py, pz, t, hp);
        double lowest = hp[0];
        // Newton steps on the altitude along the segment: h' = n·d, h'' ≈ |d − (n·d) n|² / (a + h)
        double dx = bx - ax;
        double dy = by - ay;
        double dz = bz - az;
        double[] n = new double[3];
        for (int i = 0; i < 2; i++) {
            normal(ax + t * dx, ay + t * dy, az + t * dz, px, py, pz, hp[1], n);
            double slope = n[0] * dx + n[1] * dy + n[2] * dz;
            double curvature = (dx * dx + dy * dy + dz * dz - slope * slope) / (A + hp[0]);
            if (!(curvature > 0)) {
                break;
            }
            double next = Math.max(0, Math.min(1, t - slope / curvature));
            if (next == t) {
                break;
            }
            t = next;
            altitudeAt(ax, ay, az, bx, by, bz, px, py, pz, t, hp);
            lowest = Math.min(lowest, hp[0]);
        }
        return lowest;
    }

    /** Altitude and geodetic latitude {h, φ} of the point at parameter t of the segment. */
    private static void altitudeAt(double ax, double ay, double az, double bx, double by, double bz,
                                   double px, double py, double pz, double t, double[] out) {
        double x = ax + t * (bx - ax);
        double y = ay + t * (by - ay);
        double z = az + t * (bz - az);
        double polar = x * px + y * py + z * pz;
        double equatorial = Math.sqrt(Math.max(0, x * x + y * y + z * z - polar * polar));
        geodetic(equatorial, polar, out);
    }

    /** Unit ellipsoid normal at geodetic latitude φ, in the meridian plane of the point (x, y, z). */
    private static void normal(double x, double y, double z, double px, double py, double pz, double phi,
                               double[] out) {
        double polar = x * px + y * py + z * pz;
        double ex = x - polar * px;
        double ey = y - polar * py;
        double ez = z - polar * pz;
        double e = Math.sqrt(ex * ex + ey * ey + ez * ez);
        double c = Math.cos(phi);
        double s = Math.sin(phi);
        if (e > 0) {
            out[0] = c * ex / e + s * px;
            out[1] = c * ey / e + s * py;
            out[2] = c * ez / e + s * pz;
        } else {
            out[0] = Math.signum(polar) * px;
            out[1] = Math.signum(polar) * py;
            out[2] = Math.signum(polar) * pz;
        }
    }

    /**
     * Whether the segment stays at or above a grazing altitude; the same answer as
     * {@code lowestAltitude(...) >= margin}, faster for segments well clear of (or well into) the margin.
     *
     * @param ax first point x (m)
     * @param ay first point y (m)
     * @param az first point z (m)
     * @param bx second point x (m)
     * @param by second point y (m)
     * @param bz second point z (m)
     * @param px pole x component in the frame of the points, unit vector
     * @param py pole y component
     * @param pz pole z component
     * @param margin lowest altitude the segment may pass at (m)
     * @return true when the line of sight clears the margin
     */
    public static boolean isClear(double ax, double ay, double az, double bx, double by, double bz,
                                  double px, double py, double pz, double margin) {
        double t = closestInScaledSpace(ax, ay, az, bx, by, bz, px, py, pz);
        double x = ax + t * (bx - ax);
        double y = ay + t * (by - ay);
        double z = az + t * (bz - az);
        double polar = x * px + y * py + z * pz;
        double s = polar * STRETCH;
        double sx = x + s * px;
        double sy = y + s * py;
        double sz = z + s * pz;
        double scaledHeight = Math.sqrt(sx * sx + sy * sy + sz * sz) - A;
        double band = EarthConstants.FLATTENING * Math.abs(scaledHeight) + 1.0;
        if (scaledHeight - margin > band) {
            return true;
        }
        if (scaledHeight - margin < -band) {
            return false;
        }
        return lowestAltitude(ax, ay, az, bx, by, bz, px, py, pz) >= margin;
    }

    /** @return the segment parameter in [0, 1] of the point closest to the centre after scaling the pole */
    private static double closestInScaledSpace(double ax, double ay, double az, double bx, double by, double bz,
                                               double px, double py, double pz) {
        double sa = (ax * px + ay * py + az * pz) * STRETCH;
        double sb = (bx * px + by * py + bz * pz) * STRETCH;
        double ux = ax + sa * px;
        double uy = ay + sa * py;
        double uz = az + sa * pz;
        double dx = bx + sb * px - ux;
        double dy = by + sb * py - uy;
        double dz = bz + sb * pz - uz;
        double dd = dx * dx + dy * dy + dz * dz;
        if (!(dd > 0)) {
            return 0;
        }
        double t = -(ux * dx + uy * dy + uz * dz) / dd;
        return Math.max(0, Math.min(1, t));
    }

    /**
     * Geodetic altitude above the WGS-84 ellipsoid of a point given by its distance from the polar axis and
     * its component along it, by Bowring's method iterated to convergence (three passes: better than a
     * micrometre from the centre's neighbourhood out to geostationary distance).
     *
     * @param equatorial distance from the polar axis (m, ≥ 0)
     * @param polar component along the pole (m)
     * @return the altitude (m)
     */
    public static double geodeticAltitude(double equatorial, double polar) {
        double[] out = new double[2];
        geodetic(equatorial, polar, out);
        return out[0];
    }

    /** {altitude (m), geodetic latitude (rad)} of a point given in the meridian plane. */
    private static void geodetic(double p, double z, double[] out) {
        // parametric latitude first guess, then Bowring's update of the geodetic latitude
        double beta = Math.atan2(A * z, B * p);
        double phi = 0;
        for (int i = 0; i < 3; i++) {
            double sb = Math.sin(beta);
            double cb = Math.cos(beta);
            phi = Math.atan2(z + EP2 * B * sb * sb * sb, p - E2 * A * cb * cb * cb);
            beta = Math.atan2((1 - EarthConstants.FLATTENING) * Math.sin(phi), Math.cos(phi));
        }
        double sp = Math.sin(phi);
        double cp = Math.cos(phi);
        out[0] = p * cp + z * sp - A * Math.sqrt(1 - E2 * sp * sp);
        out[1] = phi;
    }
}
