package io.skyrack.core.power;

import io.skyrack.core.lighting.Lighting;
import io.skyrack.core.orbit.EarthConstants;
import io.skyrack.core.orbit.EphemerisGrid;
import io.skyrack.core.plan.SatelliteTemplate.AttitudeMode;

/**
 * A satellite's TILE attitude over the window: the Sun's direction in the TILE frame (+z is the normal of
 * the solar face, −z that of the radiator face), the cosine of the angle between the solar-face normal
 * and nadir, altitude, illumination and albedo factor, per grid step.
 *
 * <p>Attitude modes: {@code SUN_TRACKING} keeps +z on the Sun; {@code NADIR_POINTING} keeps +z at zenith
 * (radiator to nadir) with +x along track and +y along the orbit normal; {@code INERTIAL_FIXED} keeps +z
 * on the Sun's direction at the first step.
 *
 * @param sunX Sun unit vector, TILE x, per step
 * @param sunY Sun unit vector, TILE y, per step
 * @param sunZ Sun unit vector, TILE z, per step (cosine of the incidence on the solar face)
 * @param cosSolarFaceToNadir cosine of the angle between the solar-face normal and nadir, per step
 * @param altitude altitude above the equatorial radius, per step (m)
 * @param illumination visible fraction of the Sun, per step
 * @param albedoFactor cosine of the Sun's zenith angle at the sub-satellite point, clipped at 0, per step
 */
public record TileGeometry(double[] sunX, double[] sunY, double[] sunZ, double[] cosSolarFaceToNadir,
                           double[] altitude, double[] illumination, double[] albedoFactor) {

    /**
     * @param grid ephemeris grid
     * @param lighting lighting of the grid
     * @param satellite satellite index
     * @param attitude attitude mode
     * @return the TILE geometry of that satellite
     */
    public static TileGeometry of(EphemerisGrid grid, Lighting lighting, int satellite, AttitudeMode attitude) {
        int steps = grid.stepCount();
        double[] sx = new double[steps];
        double[] sy = new double[steps];
        double[] sz = new double[steps];
        double[] cn = new double[steps];
        double[] alt = new double[steps];
        double[] ill = new double[steps];
        double[] alb = new double[steps];
        var sun = lighting.sun();
        double[] fixedZ = null;
        for (int k = 0; k < steps; k++) {
            int j = grid.index(satellite, k);
            double rx = grid.x()[j];
            double ry = grid.y()[j];
            double rz = grid.z()[j];
            double r = Math.sqrt(rx * rx + ry * ry + rz * rz);
            double ux = rx / r;
            double uy = ry / r;
            double uz = rz / r;
            double sn = Math.sqrt(sun.x()[k] * sun.x()[k] + sun.y()[k] * sun.y()[k] + sun.z()[k] * sun.z()[k]);
            double[] s = {sun.x()[k] / sn, sun.y()[k] / sn, sun.z()[k] / sn};
            double[] z;
            double[] x;
            switch (attitude) {
                case NADIR_POINTING: {
                    z = new double[] {ux, uy, uz};
                    double[] h = normalize(cross(new double[] {rx, ry, rz},
                            new double[] {grid.vx()[j], grid.vy()[j], grid.vz()[j]}));
                    x = cross(h, z);
                    break;
                }
                case INERTIAL_FIXED: {
                    if (fixedZ == null) {
                        fixedZ = s.clone();
                    }
                    z = fixedZ;
                    x = perpendicular(z);
                    break;
                }
                default: {
                    z = s;
                    x = perpendicular(z);
                    break;
                }
            }
            double[] y = cross(z, x);
            sx[k] = dot(s, x);
            sy[k] = dot(s, y);
            sz[k] = dot(s, z);
            // nadir is -r
            cn[k] = -(z[0] * ux + z[1] * uy + z[2] * uz);
            alt[k] = r - EarthConstants.EQUATORIAL_RADIUS;
            ill[k] = lighting.illumination()[j];
            alb[k] = Math.max(0.0, s[0] * ux + s[1] * uy + s[2] * uz);
        }
        return new TileGeometry(sx, sy, sz, cn, alt, ill, alb);
    }

    private static double[] perpendicular(double[] z) {
        // any unit vector perpendicular to z, chosen continuously from the axis least aligned with it
        double[] a = Math.abs(z[2]) < 0.9 ? new double[] {0, 0, 1} : new double[] {1, 0, 0};
        return normalize(cross(a, z));
    }

    private static double[] cross(double[] a, double[] b) {
        return new double[] {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
    }

    private static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }

    private static double[] normalize(double[] v) {
        double n = Math.sqrt(dot(v, v));
        return new double[] {v[0] / n, v[1] / n, v[2] / n};
    }
}
