package io.skyrack.core.orbit;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Positions and velocities of every satellite of a plan at every step of the analysis window, in
 * structure-of-arrays form: one {@code double[]} per quantity, indexed {@code satellite * stepCount + step}.
 *
 * <p>Inertial quantities are in EME2000 (m, m/s); Earth-fixed positions are in ITRF (m) with the same
 * index. The arrays are shared, not copied: callers must not modify them. The grid is the one result of
 * the orbit engine that the lighting, contact, crosslink, thermal and 3D code all read.
 */
public final class EphemerisGrid {

    private final List<String> names;
    private final Instant start;
    private final double step;
    private final int stepCount;
    private final double[] x;
    private final double[] y;
    private final double[] z;
    private final double[] vx;
    private final double[] vy;
    private final double[] vz;
    private final double[] fx;
    private final double[] fy;
    private final double[] fz;

    /**
     * @param names satellite names, in roster order
     * @param start time of step 0 (UTC)
     * @param step time between steps (s)
     * @param stepCount number of steps
     * @param inertial {x, y, z, vx, vy, vz} in EME2000 (m, m/s), each of length names × stepCount
     * @param fixed {x, y, z} in ITRF (m), each of length names × stepCount
     */
    public EphemerisGrid(List<String> names, Instant start, double step, int stepCount, double[][] inertial,
                         double[][] fixed) {
        this.names = List.copyOf(names);
        this.start = Objects.requireNonNull(start, "start");
        this.step = step;
        this.stepCount = stepCount;
        int n = this.names.size() * stepCount;
        if (inertial.length != 6 || fixed.length != 3) {
            throw new IllegalArgumentException("need 6 inertial and 3 Earth-fixed arrays");
        }
        for (double[] a : inertial) {
            check(a, n);
        }
        for (double[] a : fixed) {
            check(a, n);
        }
        this.x = inertial[0];
        this.y = inertial[1];
        this.z = inertial[2];
        this.vx = inertial[3];
        this.vy = inertial[4];
        this.vz = inertial[5];
        this.fx = fixed[0];
        this.fy = fixed[1];
        this.fz = fixed[2];
    }

    private static void check(double[] a, int n) {
        if (a.length != n) {
            throw new IllegalArgumentException("array of length " + a.length + ", expected " + n);
        }
    }

    /** @return satellite names, in roster order */
    public List<String> names() {
        return names;
    }

    /** @return number of satellites */
    public int satelliteCount() {
        return names.size();
    }

    /** @return number of time steps */
    public int stepCount() {
        return stepCount;
    }

    /** @return time between steps (s) */
    public double step() {
        return step;
    }

    /** @return time of step 0 (UTC) */
    public Instant start() {
        return start;
    }

    /**
     * @param k step index
     * @return seconds from {@link #start()} to step {@code k}
     */
    public double time(int k) {
        return k * step;
    }

    /**
     * @param k step index
     * @return the UTC instant of step {@code k}, rounded to the nanosecond
     */
    public Instant instant(int k) {
        return start.plusNanos(Math.round(k * step * 1e9));
    }

    /**
     * @param satellite satellite index
     * @param k step index
     * @return the flat index into the arrays
     */
    public int index(int satellite, int k) {
        return satellite * stepCount + k;
    }

    /** @return EME2000 x (m); do not modify */
    public double[] x() {
        return x;
    }

    /** @return EME2000 y (m); do not modify */
    public double[] y() {
        return y;
    }

    /** @return EME2000 z (m); do not modify */
    public double[] z() {
        return z;
    }

    /** @return EME2000 x velocity (m/s); do not modify */
    public double[] vx() {
        return vx;
    }

    /** @return EME2000 y velocity (m/s); do not modify */
    public double[] vy() {
        return vy;
    }

    /** @return EME2000 z velocity (m/s); do not modify */
    public double[] vz() {
        return vz;
    }

    /** @return ITRF x (m); do not modify */
    public double[] fixedX() {
        return fx;
    }

    /** @return ITRF y (m); do not modify */
    public double[] fixedY() {
        return fy;
    }

    /** @return ITRF z (m); do not modify */
    public double[] fixedZ() {
        return fz;
    }
}
