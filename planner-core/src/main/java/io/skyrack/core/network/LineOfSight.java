package io.skyrack.core.network;

import io.skyrack.core.orbit.EarthConstants;

/**
 * Whether the straight line between two satellites clears the Earth: the lowest WGS-84 geodetic altitude
 * along the segment, compared with a grazing-altitude margin.
 *
 * <p>The ellipsoid is rotationally symmetric about the Earth's pole, so the computation needs the pole's
 * direction in the frame of the positions (the ITRF +Z axis; in EME2000 it is about 0.36° from +Z in 2026,
 * through precession, which would move the altitude of a grazing point by up to ~130 m if ignored).
 *
 * <ol>
 * <li>Scaling the polar component by {@code a/b} maps the ellipsoid onto a sphere of radius {@code a}; the
 *     point of the segment closest to the centre in the scaled space is found in closed form. Inside that
 *     sphere means inside the ellipsoid, exactly.</li>
 * <li>The surfaces of constant altitude are not exactly scaled ellipsoids, so that point is not exactly the
 *     lowest point: at 100 km the true lowest point lies a few hundred metres along the segment from it, and
 *     as the altitude is stationary there the error is second order, a few millimetres.</li>
 * <li>The geodetic altitude of that point is computed exactly (Bowring's iteration, see
 *     {@link #geodeticAltitude}).</li>
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
        double x = ax + t * (bx - ax);
        double y = ay + t * (by - ay);
        double z = az + t * (bz - az);
        double polar = x * px + y * py + z * pz;
        double equatorial = Math.sqrt(Math.max(0, x * x + y * y + z * z - polar * polar));
        return geodeticAltitude(equatorial, polar);
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
        double equatorial = Math.sqrt(Math.max(0, x * x + y * y + z * z - polar * polar));
        return geodeticAltitude(equatorial, polar) >= margin;
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
        double p = equatorial;
        double z = polar;
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
        return p * cp + z * sp - A * Math.sqrt(1 - E2 * sp * sp);
    }
}
