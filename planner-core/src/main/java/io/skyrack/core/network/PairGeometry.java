package io.skyrack.core.network;

import io.skyrack.core.orbit.EphemerisGrid;

/**
 * Geometry of satellite pairs from an ephemeris grid, at grid steps and between them.
 *
 * <p>Between steps, positions are interpolated with cubic Hermite polynomials through the positions and
 * velocities of the two bracketing steps: for a low Earth orbit the error is of order
 * {@code h⁴ ω⁴ r / 384}, 2 cm at 30 s steps and 0.3 m at 60 s steps. A link boundary is the root of the
 * availability function {@code g(t) = min(lowest altitude of the line of sight − grazing margin,
 * maximum range − range)} (both in metres), found by bisection.
 */
final class PairGeometry {

    /** Bisection halvings of a step: 2⁻²⁴ of a 60 s step is 4 µs. */
    private static final int HALVINGS = 24;

    private final EphemerisGrid grid;
    private final EarthPole pole;
    private final double margin;
    private final double[] px;
    private final double[] py;
    private final double[] pz;

    /**
     * @param grid the ephemeris
     * @param pole the pole over the grid's span
     * @param margin grazing-altitude margin (m)
     */
    PairGeometry(EphemerisGrid grid, EarthPole pole, double margin) {
        this.grid = grid;
        this.pole = pole;
        this.margin = margin;
        int n = grid.stepCount();
        px = new double[n];
        py = new double[n];
        pz = new double[n];
        double[] p = new double[3];
        for (int k = 0; k < n; k++) {
            pole.at(grid.time(k), p);
            px[k] = p[0];
            py[k] = p[1];
            pz[k] = p[2];
        }
    }

    /** @return the grazing-altitude margin (m) */
    double margin() {
        return margin;
    }

    /**
     * @param a first satellite
     * @param b second satellite
     * @param k step
     * @return true when the line of sight clears the grazing margin at the step
     */
    boolean isClear(int a, int b, int k) {
        int i = grid.index(a, k);
        int j = grid.index(b, k);
        double[] x = grid.x();
        double[] y = grid.y();
        double[] z = grid.z();
        return LineOfSight.isClear(x[i], y[i], z[i], x[j], y[j], z[j], px[k], py[k], pz[k], margin);
    }

    /**
     * @param a first satellite
     * @param b second satellite
     * @param t time from the grid start (s), within the grid
     * @param maxRange largest range of the link (m)
     * @return the availability function {@code g(t)} (m), not negative while the link is available
     */
    double availability(int a, int b, double t, double maxRange) {
        double[] pa = new double[3];
        double[] pb = new double[3];
        position(a, t, pa);
        position(b, t, pb);
        double[] p = new double[3];
        pole.at(t, p);
        double los = LineOfSight.lowestAltitude(pa[0], pa[1], pa[2], pb[0], pb[1], pb[2], p[0], p[1], p[2]) - margin;
        double dx = pb[0] - pa[0];
        double dy = pb[1] - pa[1];
        double dz = pb[2] - pa[2];
        return Math.min(los, maxRange - Math.sqrt(dx * dx + dy * dy + dz * dz));
    }

    /**
     * @param a first satellite
     * @param b second satellite
     * @param k step
     * @return the distance between the two at the step (m)
     */
    double rangeAtStep(int a, int b, int k) {
        int i = grid.index(a, k);
        int j = grid.index(b, k);
        double dx = grid.x()[j] - grid.x()[i];
        double dy = grid.y()[j] - grid.y()[i];
        double dz = grid.z()[j] - grid.z()[i];
        return Math.sqrt(dx * dx + dy * dy + dz * dz);
    }

    /**
     * @param a first satellite
     * @param b second satellite
     * @param t time from the grid start (s), within the grid
     * @return the distance between the two (m)
     */
    double range(int a, int b, double t) {
        double[] pa = new double[3];
        double[] pb = new double[3];
        position(a, t, pa);
        position(b, t, pb);
        double dx = pb[0] - pa[0];
        double dy = pb[1] - pa[1];
        double dz = pb[2] - pa[2];
        return Math.sqrt(dx * dx + dy * dy + dz * dz);
    }

    /**
     * The time in {@code [t(k), t(k+1)]} at which the availability changes sign, by bisection; when it has
     * the same sign at both steps (a change of selection rather than of geometry), the midpoint.
     *
     * @param a first satellite
     * @param b second satellite
     * @param k step before the change
     * @param maxRange largest range of the link (m)
     * @return the boundary (s from the grid start)
     */
    double boundary(int a, int b, int k, double maxRange) {
        double lo = grid.time(k);
        double hi = grid.time(k + 1);
        boolean availableLo = availability(a, b, lo, maxRange) >= 0;
        boolean availableHi = availability(a, b, hi, maxRange) >= 0;
        if (availableLo == availableHi) {
            return 0.5 * (lo + hi);
        }
        for (int i = 0; i < HALVINGS; i++) {
            double mid = 0.5 * (lo + hi);
            if ((availability(a, b, mid, maxRange) >= 0) == availableLo) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    /**
     * @param satellite satellite index
     * @param t time from the grid start (s), clamped to the grid
     * @param out receives the EME2000 position (m)
     */
    void position(int satellite, double t, double[] out) {
        int last = grid.stepCount() - 1;
        double h = grid.step();
        double u = last > 0 ? Math.max(0, Math.min(last, t / h)) : 0;
        int k = Math.min(Math.max(0, last - 1), (int) Math.floor(u));
        int i = grid.index(satellite, k);
        if (last == 0 || u == k) {
            out[0] = grid.x()[i];
            out[1] = grid.y()[i];
            out[2] = grid.z()[i];
            return;
        }
        double s = u - k;
        double s2 = s * s;
        double s3 = s2 * s;
        double h00 = 2 * s3 - 3 * s2 + 1;
        double h10 = (s3 - 2 * s2 + s) * h;
        double h01 = -2 * s3 + 3 * s2;
        double h11 = (s3 - s2) * h;
        int j = i + 1;
        out[0] = h00 * grid.x()[i] + h10 * grid.vx()[i] + h01 * grid.x()[j] + h11 * grid.vx()[j];
        out[1] = h00 * grid.y()[i] + h10 * grid.vy()[i] + h01 * grid.y()[j] + h11 * grid.vy()[j];
        out[2] = h00 * grid.z()[i] + h10 * grid.vz()[i] + h01 * grid.z()[j] + h11 * grid.vz()[j];
    }
}
