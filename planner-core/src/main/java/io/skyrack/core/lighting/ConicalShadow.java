package io.skyrack.core.lighting;

/**
 * Conical shadow of the oblate Earth: apparent radii of the Earth and the Sun seen from a satellite,
 * their separation, the umbra and penumbra functions and the visible fraction of the solar disk.
 *
 * <p>The oblate Earth is handled by stretching space along the Earth's pole by a/b, which turns the
 * WGS-84 ellipsoid into a sphere of the equatorial radius; the Sun's position is stretched the same way.
 * The Sun's disk is shadowed by the Earth's disk as two flat circles (both are small or the geometry is
 * far from grazing when they are not); the visible fraction is one minus their overlap over the solar
 * disk area.
 *
 * <p>Sign conventions follow Orekit's {@code EclipseDetector}: {@link #penumbraG} is negative while any
 * part of the Sun is hidden, {@link #umbraG} is negative while all of it is.
 */
public final class ConicalShadow {

    private final double px;
    private final double py;
    private final double pz;
    private final double stretch;
    private final double earthRadius;
    private final double sunRadius;

    /**
     * @param pole unit vector of the Earth's rotation axis in the inertial frame {x, y, z}
     * @param equatorialRadius equatorial radius (m)
     * @param flattening flattening (–)
     * @param sunRadius radius of the Sun (m)
     */
    public ConicalShadow(double[] pole, double equatorialRadius, double flattening, double sunRadius) {
        this.px = pole[0];
        this.py = pole[1];
        this.pz = pole[2];
        this.stretch = 1.0 / (1.0 - flattening) - 1.0;
        this.earthRadius = equatorialRadius;
        this.sunRadius = sunRadius;
    }

    /** Shadow-function value used for samples far from any shadow (rad): larger than any grazing window. */
    public static final double FAR = 0.1;
    /** FAR plus room for the Sun's apparent radius (≤ 0.0047 rad) and its parallax (rad). */
    private static final double MARGIN = FAR + 0.01;
    private static final double COS_MARGIN = Math.cos(MARGIN);
    private static final double SIN_MARGIN = Math.sin(MARGIN);

    /** Result of the cheap classification of a sample. */
    public enum Zone {
        /** Both shadow functions exceed {@link #FAR}: full Sun. */
        CLEAR,
        /** Both shadow functions are below −{@link #FAR}: deep umbra. */
        DEEP_UMBRA,
        /** Close to the shadow boundary: compute exactly with {@link #geometry}. */
        NEAR
    }

    /**
     * Classifies a sample with square roots only, so that the exact angles are computed only near the
     * shadow boundary.
     *
     * <p>With the Sun far away the separation is π minus the angle between r and s, to within |r|/|s|
     * (5e-5 rad). Clear of the shadow means sep > earth + MARGIN, deep umbra sep < earth − MARGIN, where
     * MARGIN covers the Sun's radius, that parallax and FAR; with sin(earth) = ρ both become comparisons of
     * cos(r, s) with −cos(earth ± MARGIN).
     *
     * @param rx satellite x (m)
     * @param ry satellite y (m)
     * @param rz satellite z (m)
     * @param sx Sun x (m)
     * @param sy Sun y (m)
     * @param sz Sun z (m)
     * @return the zone
     */
    public Zone classify(double rx, double ry, double rz, double sx, double sy, double sz) {
        // stretch as in geometry(), so that the test sees the same sphere
        double rp = (rx * px + ry * py + rz * pz) * stretch;
        double ax = rx + rp * px;
        double ay = ry + rp * py;
        double az = rz + rp * pz;
        double r2 = ax * ax + ay * ay + az * az;
        double s2 = sx * sx + sy * sy + sz * sz;
        double cosRs = (ax * sx + ay * sy + az * sz) / Math.sqrt(r2 * s2);
        double rho = Math.min(1.0, earthRadius / Math.sqrt(r2));
        double cosEarth = Math.sqrt(1.0 - rho * rho);
        // sep > earth + M  <=>  -cosRs < cos(earth + M)
        if (-cosRs < cosEarth * COS_MARGIN - rho * SIN_MARGIN) {
            return Zone.CLEAR;
        }
        // sep < earth - M  <=>  -cosRs > cos(earth - M), when earth > M
        if (rho > SIN_MARGIN && -cosRs > cosEarth * COS_MARGIN + rho * SIN_MARGIN) {
            return Zone.DEEP_UMBRA;
        }
        return Zone.NEAR;
    }

    /**
     * Computes the shadow geometry.
     *
     * @param rx satellite x (m)
     * @param ry satellite y (m)
     * @param rz satellite z (m)
     * @param sx Sun x (m)
     * @param sy Sun y (m)
     * @param sz Sun z (m)
     * @param out receives {separation, Earth apparent radius, Sun apparent radius} (rad)
     */
    public void geometry(double rx, double ry, double rz, double sx, double sy, double sz, double[] out) {
        // stretch along the pole so that the ellipsoid becomes a sphere of the equatorial radius
        double rp = (rx * px + ry * py + rz * pz) * stretch;
        double ax = rx + rp * px;
        double ay = ry + rp * py;
        double az = rz + rp * pz;
        double sp = (sx * px + sy * py + sz * pz) * stretch;
        double bx = sx + sp * px - ax;
        double by = sy + sp * py - ay;
        double bz = sz + sp * pz - az;
        double rn = Math.sqrt(ax * ax + ay * ay + az * az);
        double bn = Math.sqrt(bx * bx + by * by + bz * bz);
        // angle between the direction to the Earth's centre (-a) and to the Sun (b)
        double cos = -(ax * bx + ay * by + az * bz) / (rn * bn);
        double sin = Math.sqrt(Math.max(0.0, 1.0 - cos * cos));
        out[0] = Math.atan2(sin, cos);
        out[1] = Math.asin(Math.min(1.0, earthRadius / rn));
        out[2] = Math.asin(Math.min(1.0, sunRadius / bn));
    }

    /**
     * The shadow functions without inverse trigonometry: {@code cos(earth ± sun) − cos(separation)}, which
     * have the signs and roots of {@link #penumbraG} and {@link #umbraG} (the cosine decreases on [0, π]) and
     * are nearly proportional to them near a boundary.
     *
     * @param rx satellite x (m)
     * @param ry satellite y (m)
     * @param rz satellite z (m)
     * @param sx Sun x (m)
     * @param sy Sun y (m)
     * @param sz Sun z (m)
     * @param out receives {penumbra function, umbra function}
     */
    public void functions(double rx, double ry, double rz, double sx, double sy, double sz, double[] out) {
        double rp = (rx * px + ry * py + rz * pz) * stretch;
        double ax = rx + rp * px;
        double ay = ry + rp * py;
        double az = rz + rp * pz;
        double sp = (sx * px + sy * py + sz * pz) * stretch;
        double bx = sx + sp * px - ax;
        double by = sy + sp * py - ay;
        double bz = sz + sp * pz - az;
        double rn = Math.sqrt(ax * ax + ay * ay + az * az);
        double bn = Math.sqrt(bx * bx + by * by + bz * bz);
        double cosSep = -(ax * bx + ay * by + az * bz) / (rn * bn);
        double sinE = Math.min(1.0, earthRadius / rn);
        double cosE = Math.sqrt(1.0 - sinE * sinE);
        double sinS = Math.min(1.0, sunRadius / bn);
        double cosS = Math.sqrt(1.0 - sinS * sinS);
        out[0] = (cosE * cosS - sinE * sinS) - cosSep;
        out[1] = (cosE * cosS + sinE * sinS) - cosSep;
    }

    /**
     * @param g {separation, Earth radius, Sun radius} from {@link #geometry}
     * @return negative while any of the Sun is hidden (rad)
     */
    public static double penumbraG(double[] g) {
        return g[0] - (g[1] + g[2]);
    }

    /**
     * @param g {separation, Earth radius, Sun radius} from {@link #geometry}
     * @return negative while all of the Sun is hidden (rad)
     */
    public static double umbraG(double[] g) {
        return g[0] - (g[1] - g[2]);
    }

    /**
     * @param g {separation, Earth radius, Sun radius} from {@link #geometry}
     * @return visible fraction of the solar disk, 0 (umbra) to 1 (full Sun)
     */
    public static double illumination(double[] g) {
        double d = g[0];
        double re = g[1];
        double rs = g[2];
        if (d >= re + rs) {
            return 1.0;
        }
        if (d <= re - rs) {
            return 0.0;
        }
        if (d <= rs - re) {
            // annular: the Earth's disk lies inside the Sun's (only far from the Earth)
            return 1.0 - (re * re) / (rs * rs);
        }
        double a1 = rs * rs * Math.acos(clamp((d * d + rs * rs - re * re) / (2 * d * rs)));
        double a2 = re * re * Math.acos(clamp((d * d + re * re - rs * rs) / (2 * d * re)));
        double a3 = 0.5 * Math.sqrt(Math.max(0.0, (-d + rs + re) * (d + rs - re) * (d - rs + re) * (d + rs + re)));
        double overlap = a1 + a2 - a3;
        return Math.max(0.0, Math.min(1.0, 1.0 - overlap / (Math.PI * rs * rs)));
    }

    private static double clamp(double c) {
        return Math.max(-1.0, Math.min(1.0, c));
    }
}
