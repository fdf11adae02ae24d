package io.skyrack.core.orbit;

import java.util.Locale;
import java.util.Optional;

/**
 * The Eckstein-Hechler analytical theory (zonal harmonics J2 to J6, near-circular orbits) evaluated in
 * plain doubles over a regular time grid, with the velocity taken as the exact time derivative of the
 * position, as Orekit's {@code EcksteinHechlerPropagator} does.
 *
 * <p>The theory and its coefficients are those of Orekit's implementation (EIGEN-5C zonal coefficients,
 * circular parameters a, ex, ey, i, Ω, α), so the two agree to rounding; what differs is the evaluation:
 * no automatic-differentiation objects, no frames and no per-call allocation, and the angles that grow
 * linearly with time (mean argument of latitude, node, perigee rotation) advance by a fixed rotation per
 * step instead of a sine and cosine each. Short-periodic corrections of node, inclination and argument
 * of latitude are small angles, whose sine and cosine come from a short series. Instances are immutable
 * and thread-safe.
 */
final class FastEcksteinHechler {

    /** Orekit's limit on the mean eccentricity (the theory's accuracy degrades above 0.005). */
    static final double MAX_ECCENTRICITY = 0.1;
    /** Steps between re-seeding the angle recurrences with a direct sine and cosine. */
    private static final int RESEED = 64;
    /** Convergence threshold on the eccentric argument of latitude (rad). */
    private static final double KEPLER_TOLERANCE = 1.0e-14;
    /** Iteration limit of the Kepler solver; Newton converges in three steps for e ≤ 0.1. */
    private static final int KEPLER_ITERATIONS = 20;
    /** Largest angle whose sine and cosine come from the Taylor series below (rad). */
    private static final double SMALL_ANGLE = 0.2;
    /** Largest angle for the shorter Taylor series (rad). */
    private static final double TINY_ANGLE = 0.01;
    // Taylor coefficients of sine and cosine: (−1)^k / n!
    private static final double S3 = -1.0 / 6.0;
    private static final double S5 = 1.0 / 120.0;
    private static final double S7 = -1.0 / 5040.0;
    private static final double S9 = 1.0 / 362880.0;
    private static final double S11 = -1.0 / 39916800.0;
    private static final double C2 = -1.0 / 2.0;
    private static final double C4 = 1.0 / 24.0;
    private static final double C6 = -1.0 / 720.0;
    private static final double C8 = 1.0 / 40320.0;
    private static final double C10 = -1.0 / 3628800.0;
    private static final double C12 = 1.0 / 479001600.0;

    private final MeanCircularElements mean;
    private final double cosI0;
    private final double sinI0;

    // secular rates (rad/s) and the constant terms of the eccentricity vector's rotation
    private final double perigeeRate;
    private final double raanRate;
    private final double alphaRate;
    private final double eps2;
    private final double exCos;
    private final double exSin;
    private final double eyCos;
    private final double eySin;

    // short-periodic amplitudes (named after the harmonic of the argument of latitude they multiply)
    private final double kh;
    private final double kl;
    private final double ax1;
    private final double ay1;
    private final double as1;
    private final double ac2;
    private final double axy3;
    private final double as3;
    private final double ac4;
    private final double as5;
    private final double ac6;
    private final double ex1;
    private final double exx2;
    private final double exy2;
    private final double ex3;
    private final double ex4;
    private final double ey1;
    private final double eyx2;
    private final double eyy2;
    private final double ey3;
    private final double ey4;
    private final double rx1;
    private final double ry1;
    private final double r2;
    private final double r3;
    private final double rl;
    private final double iy1;
    private final double ix1;
    private final double i2;
    private final double i3;
    private final double ih;
    private final double lx1;
    private final double ly1;
    private final double l2;
    private final double l3;
    private final double ll;

    /**
     * @param mean mean elements at the reference epoch
     * @throws IllegalArgumentException when the theory refuses the orbit; see {@link #refusal}
     */
    FastEcksteinHechler(MeanCircularElements mean) {
        Optional<String> refused = refusal(mean);
        if (refused.isPresent()) {
            throw new IllegalArgumentException(refused.get());
        }
        this.mean = mean;
        double mu = EarthConstants.MU;

        // zonal coefficients scaled by (Re/a)^n
        double q = EarthConstants.GRAVITY_FIELD_RADIUS / mean.a();
        double g2 = EarthConstants.C20 * q * q;
        double g3 = EarthConstants.C30 * q * q * q;
        double g4 = EarthConstants.C40 * q * q * q * q;
        double g5 = EarthConstants.C50 * q * q * q * q * q;
        double g6 = EarthConstants.C60 * q * q * q * q * q * q;

        cosI0 = Math.cos(mean.i());
        sinI0 = Math.sin(mean.i());
        double s2 = sinI0 * sinI0;
        double s4 = s2 * s2;
        double s6 = s2 * s4;
        double n0 = Math.sqrt(mu / mean.a()) / mean.a();

        // secular terms: rotation of the eccentricity vector about its frozen point, node and latitude rates
        double rdpom = -0.75 * g2 * (4.0 - 5.0 * s2);
        double rdpomp = 7.5 * g4 * (1.0 - 31.0 / 8.0 * s2 + 49.0 / 16.0 * s4)
                - 13.125 * g6 * (1.0 - 8.0 * s2 + 129.0 / 8.0 * s4 - 297.0 / 32.0 * s6);
        double qe = 3.0 / (32.0 * rdpom);
        double eps1 = qe * g4 * s2 * (30.0 - 35.0 * s2) - 175.0 * qe * g6 * s2 * (1.0 - 3.0 * s2 + 2.0625 * s4);
        qe = 3.0 * sinI0 / (8.0 * rdpom);
        eps2 = qe * g3 * (4.0 - 5.0 * s2) - qe * g5 * (10.0 - 35.0 * s2 + 26.25 * s4);
        double ommD = cosI0 * (1.5 * g2 - 2.25 * g2 * g2 * (2.5 - 19.0 / 6.0 * s2)
                + 0.9375 * g4 * (7.0 * s2 - 4.0) + 3.28125 * g6 * (2.0 - 9.0 * s2 + 8.25 * s4));
        double rdl = 1.0 - 1.5 * g2 * (3.0 - 4.0 * s2);
        double aMD = rdl + 2.25 * g2 * g2 * (9.0 - 263.0 / 12.0 * s2 + 341.0 / 24.0 * s4)
                + 15.0 / 16.0 * g4 * (8.0 - 31.0 * s2 + 24.5 * s4)
                + 105.0 / 32.0 * g6 * (-10.0 / 3.0 + 25.0 * s2 - 48.75 * s4 + 27.5 * s6);
        perigeeRate = n0 * (rdpom + rdpomp);
        raanRate = n0 * ommD;
        alphaRate = n0 * aMD;
        exCos = mean.ex();
        exSin = eps2 - (1.0 - eps1) * mean.ey();
        eyCos = mean.ey() - eps2;
        eySin = (1.0 + eps1) * mean.ex();

        // short-periodic amplitudes
        double qq = -1.5 * g2 / rdl;
        double qA = 0.75 * g2 * g2 * s2;
        double qB = 0.25 * g4 * s2;
        double qC = 105.0 / 16.0 * g6 * s2;
        double qD = -0.75 * g3 * sinI0;
        double qE = 3.75 * g5 * sinI0;
        kh = 0.375 / rdpom;
        kl = kh / sinI0;

        ax1 = qq * (2.0 - 3.5 * s2);
        ay1 = qq * (2.0 - 2.5 * s2);
        as1 = qD * (4.0 - 5.0 * s2) + qE * (2.625 * s4 - 3.5 * s2 + 1.0);
        ac2 = qq * s2 + qA * 7.0 * (2.0 - 3.0 * s2) + qB * (15.0 - 17.5 * s2)
                + qC * (3.0 * s2 - 1.0 - 33.0 / 16.0 * s4);
        axy3 = qq * 3.5 * s2;
        as3 = qD * 5.0 / 3.0 * s2 + qE * 7.0 / 6.0 * s2 * (1.0 - 1.125 * s2);
        ac4 = qA * s2 + qB * 4.375 * s2 + qC * 0.75 * (1.1 * s4 - s2);
        as5 = qE * 21.0 / 80.0 * s4;
        ac6 = qC * -11.0 / 80.0 * s4;

        ex1 = qq * (1.0 - 1.25 * s2);
        exx2 = qq * 0.5 * (3.0 - 5.0 * s2);
        exy2 = qq * (2.0 - 1.5 * s2);
        ex3 = qq * 7.0 / 12.0 * s2;
        ex4 = qq * 17.0 / 8.0 * s2;
        ey1 = qq * (1.0 - 1.75 * s2);
        eyx2 = qq * (1.0 - 3.0 * s2);
        eyy2 = qq * (2.0 * s2 - 1.5);
        ey3 = qq * 7.0 / 12.0 * s2;
        ey4 = qq * 17.0 / 8.0 * s2;

        double qr = -qq * cosI0;
        rx1 = 3.5 * qr;
        ry1 = -2.5 * qr;
        r2 = -0.5 * qr;
        r3 = 7.0 / 6.0 * qr;
        rl = g3 * cosI0 * (4.0 - 15.0 * s2) - 2.5 * g5 * cosI0 * (4.0 - 42.0 * s2 + 52.5 * s4);

        double qi = 0.5 * qq * sinI0 * cosI0;
        iy1 = qi;
        ix1 = -qi;
        i2 = qi;
        i3 = qi * 7.0 / 3.0;
        ih = -g3 * cosI0 * (4.0 - 5.0 * s2) + 2.5 * g5 * cosI0 * (4.0 - 14.0 * s2 + 10.5 * s4);

        lx1 = qq * (7.0 - 77.0 / 8.0 * s2);
        ly1 = qq * (55.0 / 8.0 * s2 - 7.5);
        l2 = qq * (1.25 * s2 - 0.5);
        l3 = qq * (77.0 / 24.0 * s2 - 7.0 / 6.0);
        ll = g3 * (53.0 * s2 - 4.0 - 57.5 * s4) + 2.5 * g5 * (4.0 - 96.0 * s2 + 269.5 * s4 - 183.75 * s6);
    }

    /**
     * Why the theory cannot propagate an orbit, with the same limits as Orekit: almost equatorial
     * (sin²i &lt; 1e-10), almost critically inclined (|sin²i − 4/5| &lt; 1e-3, i near 63.4° or 116.6°), or a
     * mean eccentricity above 0.1.
     *
     * @param mean mean elements
     * @return the reason, or empty when the theory applies
     */
    static Optional<String> refusal(MeanCircularElements mean) {
        double s = Math.sin(mean.i());
        double s2 = s * s;
        if (s2 < 1.0e-10) {
            return Optional.of(String.format(Locale.ROOT, "almost equatorial orbit (i = %.6f°)",
                    Math.toDegrees(mean.i())));
        }
        if (Math.abs(s2 - 0.8) < 1.0e-3) {
            return Optional.of(String.format(Locale.ROOT, "almost critically inclined orbit (i = %.4f°)",
                    Math.toDegrees(mean.i())));
        }
        if (mean.eccentricity() > MAX_ECCENTRICITY) {
            return Optional.of(String.format(Locale.ROOT, "mean eccentricity %.4f above the limit of %.1f",
                    mean.eccentricity(), MAX_ECCENTRICITY));
        }
        return Optional.empty();
    }

    /** @return the mean elements at the reference epoch */
    MeanCircularElements mean() {
        return mean;
    }

    /**
     * Writes positions and velocities at {@code count} regular steps into the arrays.
     *
     * @param t0 time of the first step from the reference epoch of the mean elements (s)
     * @param step time between steps (s)
     * @param count number of steps
     * @param out {x, y, z, vx, vy, vz} in the frame of the mean elements (m, m/s)
     * @param offset index of the first step in the arrays
     */
    void propagate(double t0, double step, int count, double[][] out, int offset) {
        double[] px = out[0];
        double[] py = out[1];
        double[] pz = out[2];
        double[] pvx = out[3];
        double[] pvy = out[4];
        double[] pvz = out[5];
        double ex0 = mean.ex();
        double ey0 = mean.ey();

        // per-step rotations of the three linearly growing angles
        double cosDx = Math.cos(perigeeRate * step);
        double sinDx = Math.sin(perigeeRate * step);
        double cosDl = Math.cos(alphaRate * step);
        double sinDl = Math.sin(alphaRate * step);
        double cosDo = Math.cos(raanRate * step);
        double sinDo = Math.sin(raanRate * step);
        double cx = 0;
        double sx = 0;
        double c1 = 0;
        double s1 = 0;
        double co = 0;
        double so = 0;
        double lr = alphaRate;

        for (int k = 0; k < count; k++) {
            // secular angles: seeded directly, then rotated step by step
            if (k % RESEED == 0) {
                double t = t0 + k * step;
                double x = perigeeRate * t;
                cx = Math.cos(x);
                sx = Math.sin(x);
                double l = mean.alphaM() + alphaRate * t;
                c1 = Math.cos(l);
                s1 = Math.sin(l);
                double o = mean.raan() + raanRate * t;
                co = Math.cos(o);
                so = Math.sin(o);
            } else {
                double tmp = cx * cosDx - sx * sinDx;
                sx = sx * cosDx + cx * sinDx;
                cx = tmp;
                tmp = c1 * cosDl - s1 * sinDl;
                s1 = s1 * cosDl + c1 * sinDl;
                c1 = tmp;
                tmp = co * cosDo - so * sinDo;
                so = so * cosDo + co * sinDo;
                co = tmp;
            }

            // mean eccentricity vector (A, B) and its rate
            double ea = cx * exCos + sx * exSin;
            double eb = sx * eySin + cx * eyCos + eps2;
            double ead = perigeeRate * (cx * exSin - sx * exCos);
            double ebd = perigeeRate * (cx * eySin - sx * eyCos);

            // harmonics of the mean argument of latitude
            double c2 = c1 * c1 - s1 * s1;
            double s2 = 2.0 * c1 * s1;
            double c3 = c2 * c1 - s2 * s1;
            double s3 = c2 * s1 + s2 * c1;
            double c4 = c3 * c1 - s3 * s1;
            double s4 = c3 * s1 + s3 * c1;
            double c5 = c4 * c1 - s4 * s1;
            double s5 = c4 * s1 + s4 * c1;
            double c6 = c5 * c1 - s5 * s1;
            double s6 = c5 * s1 + s5 * c1;

            // products of the eccentricity vector with the harmonics, and their rates
            double aC1 = ea * c1;
            double aS1 = ea * s1;
            double bC1 = eb * c1;
            double bS1 = eb * s1;
            double aC1d = ead * c1 - lr * aS1;
            double aS1d = ead * s1 + lr * aC1;
            double bC1d = ebd * c1 - lr * bS1;
            double bS1d = ebd * s1 + lr * bC1;
            double aC2 = ea * c2;
            double aS2 = ea * s2;
            double bC2 = eb * c2;
            double bS2 = eb * s2;
            double aC2d = ead * c2 - 2 * lr * aS2;
            double aS2d = ead * s2 + 2 * lr * aC2;
            double bC2d = ebd * c2 - 2 * lr * bS2;
            double bS2d = ebd * s2 + 2 * lr * bC2;
            double aC3 = ea * c3;
            double aS3 = ea * s3;
            double bC3 = eb * c3;
            double bS3 = eb * s3;
            double aC3d = ead * c3 - 3 * lr * aS3;
            double aS3d = ead * s3 + 3 * lr * aC3;
            double bC3d = ebd * c3 - 3 * lr * bS3;
            double bS3d = ebd * s3 + 3 * lr * bC3;
            double aC4 = ea * c4;
            double aS4 = ea * s4;
            double bC4 = eb * c4;
            double bS4 = eb * s4;
            double aC4d = ead * c4 - 4 * lr * aS4;
            double aS4d = ead * s4 + 4 * lr * aC4;
            double bC4d = ebd * c4 - 4 * lr * bS4;
            double bS4d = ebd * s4 + 4 * lr * bC4;

            double qh = (eb - eps2) * kh;
            double qhd = ebd * kh;
            double ql = ea * kl;
            double qld = ead * kl;

            // short-periodic corrections and their rates
            double rda = ax1 * aC1 + ay1 * bS1 + as1 * s1 + ac2 * c2 + axy3 * (aC3 + bS3) + as3 * s3 + ac4 * c4
                    + as5 * s5 + ac6 * c6;
            double rdad = ax1 * aC1d + ay1 * bS1d + lr * (as1 * c1 - 2 * ac2 * s2 + 3 * as3 * c3 - 4 * ac4 * s4
                    + 5 * as5 * c5 - 6 * ac6 * s6) + axy3 * (aC3d + bS3d);
            double rdex = ex1 * c1 + exx2 * aC2 + exy2 * bS2 + ex3 * c3 + ex4 * (aC4 + bS4);
            double rdexd = lr * (-ex1 * s1 - 3 * ex3 * s3) + exx2 * aC2d + exy2 * bS2d + ex4 * (aC4d + bS4d);
            double rdey = ey1 * s1 + eyx2 * aS2 + eyy2 * bC2 + ey3 * s3 + ey4 * (aS4 - bC4);
            double rdeyd = lr * (ey1 * c1 + 3 * ey3 * c3) + eyx2 * aS2d + eyy2 * bC2d + ey4 * (aS4d - bC4d);
            double rdom = rx1 * aS1 + ry1 * bC1 + r2 * s2 + r3 * (bC3 - aS3) + rl * ql;
            double rdomd = rx1 * aS1d + ry1 * bC1d + 2 * lr * r2 * c2 + r3 * (bC3d - aS3d) + rl * qld;
            double rdxi = iy1 * bS1 + ix1 * aC1 + i2 * c2 + i3 * (aC3 + bS3) + ih * qh;
            double rdxid = iy1 * bS1d + ix1 * aC1d - 2 * lr * i2 * s2 + i3 * (aC3d + bS3d) + ih * qhd;
            double rdxl = lx1 * aS1 + ly1 * bC1 + l2 * s2 + l3 * (aS3 - bC3) + ll * ql;
            double rdxld = lx1 * aS1d + ly1 * bC1d + 2 * lr * l2 * c2 + l3 * (aS3d - bC3d) + ll * qld;

            // osculating circular parameters and their rates
            double a = mean.a() * (1.0 + rda);
            double ad = mean.a() * rdad;
            double ex = ea + rdex;
            double exd = ead + rdexd;
            double ey = eb + rdey;
            double eyd = ebd + rdeyd;
            double cdi = cosSmall(rdxi);
            double sdi = sinSmall(rdxi);
            double ci = cosI0 * cdi - sinI0 * sdi;
            double si = sinI0 * cdi + cosI0 * sdi;
            double id = rdxid;
            double cdo = cosSmall(rdom);
            double sdo = sinSmall(rdom);
            double cO = co * cdo - so * sdo;
            double sO = so * cdo + co * sdo;
            double od = raanRate + rdomd;
            double cdl = cosSmall(rdxl);
            double sdl = sinSmall(rdxl);
            double cAlpha = c1 * cdl - s1 * sdl;
            double sAlpha = s1 * cdl + c1 * sdl;
            double alphad = alphaRate + rdxld;

            // eccentric argument of latitude: αE − ex sin αE + ey cos αE = α, solved for δ = αE − α
            double d = ex * sAlpha - ey * cAlpha;
            double cE = cAlpha;
            double sE = sAlpha;
            for (int it = 0; it < KEPLER_ITERATIONS; it++) {
                double cd = cosSmall(d);
                double sd = sinSmall(d);
                cE = cAlpha * cd - sAlpha * sd;
                sE = sAlpha * cd + cAlpha * sd;
                double shift = (d - ex * sE + ey * cE) / (1.0 - ex * cE - ey * sE);
                d -= shift;
                if (Math.abs(shift) < KEPLER_TOLERANCE) {
                    // the last correction is below 1e-14 rad: rotate by it to first order
                    double tmp = cE + sE * shift;
                    sE -= cE * shift;
                    cE = tmp;
                    break;
                }
            }
            double den = 1.0 - ex * cE - ey * sE;
            double aed = (alphad + exd * sE - eyd * cE) / den;

            // position in the orbital plane (ascending node along x) and its rate
            double e2 = ex * ex + ey * ey;
            double e2d = 2.0 * (ex * exd + ey * eyd);
            double qe = Math.sqrt(1.0 - e2);
            double qed = -0.5 * e2d / qe;
            double beta = 1.0 / (1.0 + qe);
            double betad = -qed * beta * beta;
            double bx2 = beta * ex * ex;
            double by2 = beta * ey * ey;
            double bxy = beta * ex * ey;
            double bx2d = betad * ex * ex + 2.0 * beta * ex * exd;
            double by2d = betad * ey * ey + 2.0 * beta * ey * eyd;
            double bxyd = betad * ex * ey + beta * (exd * ey + ex * eyd);
            double u = bxy * sE - ex - (by2 - 1.0) * cE;
            double v = bxy * cE - ey - (bx2 - 1.0) * sE;
            double ud = bxyd * sE + bxy * cE * aed - exd - by2d * cE + (by2 - 1.0) * sE * aed;
            double vd = bxyd * cE - bxy * sE * aed - eyd - bx2d * sE - (bx2 - 1.0) * cE * aed;
            double xp = a * u;
            double yp = a * v;
            double xpd = ad * u + a * ud;
            double ypd = ad * v + a * vd;

            // rotate by inclination and node
            int idx = offset + k;
            double yci = yp * ci;
            px[idx] = xp * cO - yci * sO;
            py[idx] = xp * sO + yci * cO;
            pz[idx] = yp * si;
            double ycid = ypd * ci - yp * si * id;
            pvx[idx] = xpd * cO - xp * sO * od - ycid * sO - yci * cO * od;
            pvy[idx] = xpd * sO + xp * cO * od + ycid * cO - yci * sO * od;
            pvz[idx] = ypd * si + yp * ci * id;
        }
    }

    /**
     * @param d angle (rad)
     * @return sin d, from its Taylor series when |d| ≤ 0.2 (to d⁷ below 0.01 rad, to d¹¹ above; error
     *         below 1e-20 rad)
     */
    static double sinSmall(double d) {
        double d2 = d * d;
        if (d2 <= TINY_ANGLE * TINY_ANGLE) {
            return d * (1.0 + d2 * (S3 + d2 * (S5 + d2 * S7)));
        }
        if (d2 <= SMALL_ANGLE * SMALL_ANGLE) {
            return d * (1.0 + d2 * (S3 + d2 * (S5 + d2 * (S7 + d2 * (S9 + d2 * S11)))));
        }
        return Math.sin(d);
    }

    /**
     * @param d angle (rad)
     * @return cos d, from its Taylor series when |d| ≤ 0.2 (to d⁸ below 0.01 rad, to d¹² above; error
     *         below 1e-20)
     */
    static double cosSmall(double d) {
        double d2 = d * d;
        if (d2 <= TINY_ANGLE * TINY_ANGLE) {
            return 1.0 + d2 * (C2 + d2 * (C4 + d2 * (C6 + d2 * C8)));
        }
        if (d2 <= SMALL_ANGLE * SMALL_ANGLE) {
            return 1.0 + d2 * (C2 + d2 * (C4 + d2 * (C6 + d2 * (C8 + d2 * (C10 + d2 * C12)))));
        }
        return Math.cos(d);
    }
}
