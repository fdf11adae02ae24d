package io.skyrack.core.orbit;

import org.orekit.orbits.KeplerianOrbit;
import org.orekit.orbits.Orbit;
import org.orekit.orbits.OrbitType;

/**
 * Two-body motion of an elliptic orbit in closed form, evaluated over a regular time grid: the mean
 * anomaly advances at the Keplerian mean motion and Kepler's equation is solved by Newton's method.
 * Equivalent to Orekit's {@code KeplerianPropagator} to rounding. Instances are immutable.
 */
final class KeplerianMotion {

    /** Convergence threshold on the eccentric anomaly (rad). */
    private static final double KEPLER_TOLERANCE = 1.0e-14;
    /** Iteration limit of the Kepler solver. */
    private static final int KEPLER_ITERATIONS = 50;

    private final double a;
    private final double e;
    private final double meanMotion;
    private final double meanAnomaly0;
    private final double rootOneMinusE2;
    private final double[] p;
    private final double[] q;

    /**
     * @param orbit an elliptic orbit; its frame is the frame of the output
     * @throws IllegalArgumentException when the orbit is not elliptic
     */
    KeplerianMotion(Orbit orbit) {
        KeplerianOrbit k = (KeplerianOrbit) OrbitType.KEPLERIAN.convertType(orbit);
        if (!(k.getE() < 1.0) || !(k.getA() > 0)) {
            throw new IllegalArgumentException("orbit is not elliptic: a = " + k.getA() + " m, e = " + k.getE());
        }
        a = k.getA();
        e = k.getE();
        meanMotion = Math.sqrt(orbit.getMu() / a) / a;
        meanAnomaly0 = k.getMeanAnomaly();
        rootOneMinusE2 = Math.sqrt((1.0 - e) * (1.0 + e));
        double cw = Math.cos(k.getPerigeeArgument());
        double sw = Math.sin(k.getPerigeeArgument());
        double cO = Math.cos(k.getRightAscensionOfAscendingNode());
        double sO = Math.sin(k.getRightAscensionOfAscendingNode());
        double ci = Math.cos(k.getI());
        double si = Math.sin(k.getI());
        // unit vectors towards the perigee (p) and 90° ahead of it in the orbit plane (q)
        p = new double[] {cO * cw - sO * sw * ci, sO * cw + cO * sw * ci, sw * si};
        q = new double[] {-cO * sw - sO * cw * ci, -sO * sw + cO * cw * ci, cw * si};
    }

    /**
     * Writes positions and velocities at {@code count} regular steps into the arrays.
     *
     * @param t0 time of the first step from the orbit's epoch (s)
     * @param step time between steps (s)
     * @param count number of steps
     * @param out {x, y, z, vx, vy, vz} in the orbit's frame (m, m/s)
     * @param offset index of the first step in the arrays
     */
    void propagate(double t0, double step, int count, double[][] out, int offset) {
        for (int k = 0; k < count; k++) {
            double m = meanAnomaly0 + meanMotion * (t0 + k * step);
            m = Math.IEEEremainder(m, 2 * Math.PI);
            double ea = eccentricAnomaly(m);
            double cE = Math.cos(ea);
            double sE = Math.sin(ea);
            double xp = a * (cE - e);
            double yp = a * rootOneMinusE2 * sE;
            double f = meanMotion * a / (1.0 - e * cE);
            double vxp = -f * sE;
            double vyp = f * rootOneMinusE2 * cE;
            int idx = offset + k;
            out[0][idx] = xp * p[0] + yp * q[0];
            out[1][idx] = xp * p[1] + yp * q[1];
            out[2][idx] = xp * p[2] + yp * q[2];
            out[3][idx] = vxp * p[0] + vyp * q[0];
            out[4][idx] = vxp * p[1] + vyp * q[1];
            out[5][idx] = vxp * p[2] + vyp * q[2];
        }
    }

    /** Solves E − e sin E = M for M in [−π, π]. */
    private double eccentricAnomaly(double m) {
        double ea = e < 0.8 ? m + e * Math.sin(m) : Math.copySign(Math.PI, m);
        for (int it = 0; it < KEPLER_ITERATIONS; it++) {
            double shift = (ea - e * Math.sin(ea) - m) / (1.0 - e * Math.cos(ea));
            ea -= shift;
            if (Math.abs(shift) < KEPLER_TOLERANCE) {
                break;
            }
        }
        return ea;
    }
}
