package io.skyrack.core.network;

import io.skyrack.core.orbit.EphemerisGrid;
import io.skyrack.core.plan.SatelliteTemplate.AttitudeMode;

/**
 * Body axes of a satellite in EME2000 for each attitude mode, for pointing the optical terminals.
 *
 * <p>+Z is the radiator-face normal and −Z the solar-face normal in every mode:
 * <ul>
 * <li>{@link AttitudeMode#NADIR_POINTING}: local vertical, local horizontal (CCSDS LVLH): +Z towards nadir
 *     ({@code −r}), +Y along the negative orbit normal ({@code −r × v}), +X = Y × Z, along the velocity for a
 *     circular orbit.</li>
 * <li>{@link AttitudeMode#SUN_TRACKING}: −Z towards the Sun; +X along the part of the velocity normal to Z
 *     (the orbit normal when the velocity is within 10⁻⁶ rad of the Sun line); +Y = Z × X.</li>
 * <li>{@link AttitudeMode#INERTIAL_FIXED}: the sun-tracking axes at the first step of the grid (the start of
 *     the analysis), held fixed in EME2000.</li>
 * </ul>
 */
public final class BodyFrames {

    private BodyFrames() {
    }

    /**
     * @param mode attitude mode
     * @param grid the ephemeris
     * @param satellite satellite index in the grid
     * @param k step index (ignored for the position of the Sun when inertially fixed: step 0 is used)
     * @param sun the Sun per step in EME2000 {x[], y[], z[]}, any length (normalized here), or null when no
     *            Sun-dependent mode is used
     * @param out receives {Xx, Xy, Xz, Yx, Yy, Yz, Zx, Zy, Zz}
     * @throws IllegalArgumentException when the mode needs the Sun and {@code sun} is null
     */
    public static void axes(AttitudeMode mode, EphemerisGrid grid, int satellite, int k, double[][] sun, double[] out) {
        int step = mode == AttitudeMode.INERTIAL_FIXED ? 0 : k;
        int i = grid.index(satellite, step);
        double rx = grid.x()[i];
        double ry = grid.y()[i];
        double rz = grid.z()[i];
        double vx = grid.vx()[i];
        double vy = grid.vy()[i];
        double vz = grid.vz()[i];
        if (mode == AttitudeMode.NADIR_POINTING) {
            double r = Math.sqrt(rx * rx + ry * ry + rz * rz);
            double zx = -rx / r;
            double zy = -ry / r;
            double zz = -rz / r;
            double hx = ry * vz - rz * vy;
            double hy = rz * vx - rx * vz;
            double hz = rx * vy - ry * vx;
            double h = Math.sqrt(hx * hx + hy * hy + hz * hz);
            double yx = -hx / h;
            double yy = -hy / h;
            double yz = -hz / h;
            set(out, yy * zz - yz * zy, yz * zx - yx * zz, yx * zy - yy * zx, yx, yy, yz, zx, zy, zz);
            return;
        }
        if (sun == null) {
            throw new IllegalArgumentException("the " + mode + " attitude needs the Sun direction per step");
        }
        double zx = -sun[0][step];
        double zy = -sun[1][step];
        double zz = -sun[2][step];
        double zn = Math.sqrt(zx * zx + zy * zy + zz * zz);
        zx /= zn;
        zy /= zn;
        zz /= zn;
        double along = vx * zx + vy * zy + vz * zz;
        double xx = vx - along * zx;
        double xy = vy - along * zy;
        double xz = vz - along * zz;
        double xn = Math.sqrt(xx * xx + xy * xy + xz * xz);
        double v = Math.sqrt(vx * vx + vy * vy + vz * vz);
        if (!(xn > 1e-6 * v)) {
            // velocity along the Sun line: take the orbit normal, projected normal to Z
            double hx = ry * vz - rz * vy;
            double hy = rz * vx - rx * vz;
            double hz = rx * vy - ry * vx;
            double hz0 = hx * zx + hy * zy + hz * zz;
            xx = hx - hz0 * zx;
            xy = hy - hz0 * zy;
            xz = hz - hz0 * zz;
            xn = Math.sqrt(xx * xx + xy * xy + xz * xz);
        }
        xx /= xn;
        xy /= xn;
        xz /= xn;
        set(out, xx, xy, xz, zy * xz - zz * xy, zz * xx - zx * xz, zx * xy - zy * xx, zx, zy, zz);
    }

    private static void set(double[] out, double... v) {
        System.arraycopy(v, 0, out, 0, 9);
    }

    /**
     * @param axes body axes {X, Y, Z} in EME2000
     * @param dx direction to the target, x (any length)
     * @param dy direction y
     * @param dz direction z
     * @param out receives {azimuth, elevation} (rad)
     */
    static void angles(double[] axes, double dx, double dy, double dz, double[] out) {
        double n = Math.sqrt(dx * dx + dy * dy + dz * dz);
        double bx = (axes[0] * dx + axes[1] * dy + axes[2] * dz) / n;
        double by = (axes[3] * dx + axes[4] * dy + axes[5] * dz) / n;
        double bz = (axes[6] * dx + axes[7] * dy + axes[8] * dz) / n;
        out[0] = Math.atan2(by, bx);
        out[1] = Math.asin(Math.max(-1, Math.min(1, -bz)));
    }
}
