package io.skyrack.core.lighting;

import io.skyrack.core.orbit.EarthConstants;
import io.skyrack.core.orbit.EphemerisGrid;
import io.skyrack.core.progress.ProgressMonitor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * Computes {@link Lighting} from an ephemeris grid and the Sun: shadow functions at every step, then each
 * umbra and penumbra boundary root-found between steps on cubic Hermite interpolation of the satellite's
 * position (from the grid's positions and velocities) and linear interpolation of the Sun's.
 */
public final class LightingCalculator {

    /** Boundaries are refined until the bracket is shorter than this (s). */
    static final double TIME_TOLERANCE = 1e-4;
    /** Below this value of a shadow function (rad), a dip between two positive samples is searched for. */
    static final double GRAZING_WINDOW = 0.05;
    /** The beta angle is computed exactly every this many steps and interpolated in between. */
    static final int BETA_STRIDE = 8;

    private final ConicalShadow shadow;

    /**
     * @param pole unit vector of the Earth's axis in EME2000 {x, y, z}
     */
    public LightingCalculator(double[] pole) {
        this(pole, EarthConstants.FLATTENING);
    }

    /**
     * @param pole unit vector of the Earth's axis in EME2000 {x, y, z}
     * @param flattening Earth flattening (0 for a spherical Earth, as closed-form checks assume)
     */
    public LightingCalculator(double[] pole, double flattening) {
        this.shadow = new ConicalShadow(pole, EarthConstants.EQUATORIAL_RADIUS, flattening, SunEphemeris.SUN_RADIUS);
    }

    /**
     * @param grid ephemeris grid
     * @param sun the Sun at each grid step
     * @param progress progress and cancellation
     * @return the lighting
     */
    public Lighting compute(EphemerisGrid grid, SunEphemeris sun, ProgressMonitor progress) {
        int n = grid.satelliteCount();
        int steps = grid.stepCount();
        float[] illum = new float[n * steps];
        float[] beta = new float[n * steps];
        List<List<EclipseInterval>> perSat = new ArrayList<>(n);
        double[] periods = new double[n];
        List<double[]> fractions = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            perSat.add(List.of());
            fractions.add(new double[0]);
        }
        AtomicInteger done = new AtomicInteger();
        double[] sunNorm = sunNorms(sun);
        IntStream.range(0, n).parallel().forEach(i -> {
            progress.checkCancelled();
            List<EclipseInterval> list = satellite(grid, sun, sunNorm, i, illum, beta);
            periods[i] = period(grid, i);
            synchronized (perSat) {
                perSat.set(i, list);
                fractions.set(i, fractions(list, periods[i], grid.time(steps - 1)));
            }
            progress.progress("Lighting", done.incrementAndGet() / (double) n);
        });
        List<EclipseInterval> all = new ArrayList<>();
        perSat.forEach(all::addAll);
        return new Lighting(illum, beta, List.copyOf(all), List.copyOf(fractions), periods, sun);
    }

    private List<EclipseInterval> satellite(EphemerisGrid grid, SunEphemeris sun, double[] sunNorm, int i,
                                            float[] illum, float[] beta) {
        int steps = grid.stepCount();
        double[] x = grid.x();
        double[] y = grid.y();
        double[] z = grid.z();
        double[] gp = new double[steps];
        double[] gu = new double[steps];
        double[] g = new double[3];
        double[] h = new double[2];
        int base = grid.index(i, 0);
        for (int k = 0; k < steps; k++) {
            int j = base + k;
            // the exact angles (atan2, asin) only near the shadow; elsewhere the cheap cosine test decides
            ConicalShadow.Zone zone = shadow.classify(x[j], y[j], z[j], sun.x()[k], sun.y()[k], sun.z()[k]);
            if (zone == ConicalShadow.Zone.CLEAR) {
                gp[k] = ConicalShadow.FAR;
                gu[k] = ConicalShadow.FAR;
                illum[j] = 1f;
            } else if (zone == ConicalShadow.Zone.DEEP_UMBRA) {
                gp[k] = -ConicalShadow.FAR;
                gu[k] = -ConicalShadow.FAR;
                illum[j] = 0f;
            } else {
                shadow.functions(x[j], y[j], z[j], sun.x()[k], sun.y()[k], sun.z()[k], h);
                gp[k] = h[0];
                gu[k] = h[1];
                if (h[0] >= 0) {
                    illum[j] = 1f;
                } else if (h[1] < 0) {
                    illum[j] = 0f;
                } else {
                    // partial shadow: the exact angles give the visible share of the solar disk
                    shadow.geometry(x[j], y[j], z[j], sun.x()[k], sun.y()[k], sun.z()[k], g);
                    illum[j] = (float) ConicalShadow.illumination(g);
                }
            }
        }
        betas(grid, sun, sunNorm, base, beta);
        List<double[]> events = new ArrayList<>();
        Interpolant f = new Interpolant(grid, sun, i);
        for (int k = 0; k + 1 < steps; k++) {
            roots(f, k, gp[k], gp[k + 1], true, events);
            roots(f, k, gu[k], gu[k + 1], false, events);
        }
        events.sort(Comparator.comparingDouble(e -> e[0]));
        return intervals(grid, i, events, gp[0] < 0, gu[0] < 0, grid.time(steps - 1));
    }

    /**
     * Beta angle exactly at every {@link #BETA_STRIDE}-th step and at the last, linearly interpolated in
     * between: it moves with the Sun (1°/day) and the node (a few degrees a day) plus a J2 ripple of about
     * 0.01°, so the interpolation error stays below 0.005°.
     */
    private static void betas(EphemerisGrid grid, SunEphemeris sun, double[] sunNorm, int base, float[] beta) {
        int steps = grid.stepCount();
        double previous = Double.NaN;
        int previousStep = -1;
        for (int k = 0; k < steps; k = (k == steps - 1) ? steps : Math.min(steps - 1, k + BETA_STRIDE)) {
            double b = beta(grid, sun, sunNorm, base + k, k);
            beta[base + k] = (float) b;
            for (int m = previousStep + 1; m < k && previousStep >= 0; m++) {
                double w = (m - previousStep) / (double) (k - previousStep);
                beta[base + m] = (float) (previous + w * (b - previous));
            }
            previous = b;
            previousStep = k;
        }
    }

    private static double beta(EphemerisGrid grid, SunEphemeris sun, double[] sunNorm, int j, int k) {
        double[] x = grid.x();
        double[] y = grid.y();
        double[] z = grid.z();
        double[] vx = grid.vx();
        double[] vy = grid.vy();
        double[] vz = grid.vz();
        double hx = y[j] * vz[j] - z[j] * vy[j];
        double hy = z[j] * vx[j] - x[j] * vz[j];
        double hz = x[j] * vy[j] - y[j] * vx[j];
        double hn = Math.sqrt(hx * hx + hy * hy + hz * hz);
        double s = (hx * sun.x()[k] + hy * sun.y()[k] + hz * sun.z()[k]) / (hn * sunNorm[k]);
        return Math.asin(Math.max(-1, Math.min(1, s)));
    }

    private static double[] sunNorms(SunEphemeris sun) {
        double[] n = new double[sun.x().length];
        for (int k = 0; k < n.length; k++) {
            n[k] = Math.sqrt(sun.x()[k] * sun.x()[k] + sun.y()[k] * sun.y()[k] + sun.z()[k] * sun.z()[k]);
        }
        return n;
    }

    /** Adds {time, isPenumbraFunction, entering} for each root of one shadow function in step k. */
    private void roots(Interpolant f, int k, double g0, double g1, boolean penumbra, List<double[]> events) {
        double h = f.step;
        if ((g0 < 0) != (g1 < 0)) {
            double t = refine(f, k, penumbra, 0, h, g0, g1);
            events.add(new double[] {k * h + t, penumbra ? 1 : 0, g0 >= 0 ? 1 : 0});
        } else if (g0 >= 0 && Math.min(g0, g1) < GRAZING_WINDOW) {
            // a short shadow passage may fall between two sunlit samples: look for a dip below zero
            double mid = f.value(k, h / 2, penumbra);
            if (mid < Math.min(g0, g1)) {
                double tMin = minimise(f, k, penumbra, 0, h);
                double gMin = f.value(k, tMin, penumbra);
                if (gMin < 0) {
                    double t1 = refine(f, k, penumbra, 0, tMin, g0, gMin);
                    double t2 = refine(f, k, penumbra, tMin, h, gMin, g1);
                    events.add(new double[] {k * h + t1, penumbra ? 1 : 0, 1});
                    events.add(new double[] {k * h + t2, penumbra ? 1 : 0, 0});
                }
            }
        }
    }

    /**
     * Root of a shadow function on a bracket [a, b] whose ends have values of opposite sign: regula falsi
     * with the Illinois modification (the functions are nearly linear within a step, so a few iterations
     * suffice), falling back to bisection if the bracket stops shrinking.
     */
    private static double refine(Interpolant f, int k, boolean penumbra, double a, double b, double ga, double gb) {
        int side = 0;
        double c = 0.5 * (a + b);
        for (int it = 0; it < 60 && b - a > TIME_TOLERANCE; it++) {
            double next = (a * gb - b * ga) / (gb - ga);
            if (!(next > a && next < b) || it % 8 == 7) {
                next = 0.5 * (a + b);
            }
            boolean converged = Math.abs(next - c) < TIME_TOLERANCE;
            c = next;
            double gc = f.value(k, c, penumbra);
            if (gc == 0 || converged) {
                return c;
            }
            if ((gc < 0) == (ga < 0)) {
                a = c;
                ga = gc;
                if (side == -1) {
                    gb *= 0.5;
                }
                side = -1;
            } else {
                b = c;
                gb = gc;
                if (side == 1) {
                    ga *= 0.5;
                }
                side = 1;
            }
        }
        return c;
    }

    /** Golden-section search for the minimum of a shadow function within step k. */
    private static double minimise(Interpolant f, int k, boolean penumbra, double a, double b) {
        double r = (Math.sqrt(5) - 1) / 2;
        double c = b - r * (b - a);
        double d = a + r * (b - a);
        double fc = f.value(k, c, penumbra);
        double fd = f.value(k, d, penumbra);
        while (b - a > TIME_TOLERANCE) {
            if (fc < fd) {
                b = d;
                d = c;
                fd = fc;
                c = b - r * (b - a);
                fc = f.value(k, c, penumbra);
            } else {
                a = c;
                c = d;
                fc = fd;
                d = a + r * (b - a);
                fd = f.value(k, d, penumbra);
            }
        }
        return 0.5 * (a + b);
    }

    private static List<EclipseInterval> intervals(EphemerisGrid grid, int i, List<double[]> events,
                                                   boolean inPen, boolean inUmb, double end) {
        List<EclipseInterval> out = new ArrayList<>();
        String name = grid.names().get(i);
        double penStart = inPen && !inUmb ? 0.0 : Double.NaN;
        double umbStart = inUmb ? 0.0 : Double.NaN;
        for (double[] e : events) {
            double t = e[0];
            boolean pen = e[1] == 1;
            boolean entering = e[2] == 1;
            if (pen && entering) {
                penStart = t;
            } else if (!pen && entering) {
                if (!Double.isNaN(penStart)) {
                    out.add(interval(grid, i, name, penStart, t, EclipseInterval.Kind.PENUMBRA));
                }
                penStart = Double.NaN;
                umbStart = t;
            } else if (!pen) {
                if (!Double.isNaN(umbStart)) {
                    out.add(interval(grid, i, name, umbStart, t, EclipseInterval.Kind.UMBRA));
                }
                umbStart = Double.NaN;
                penStart = t;
            } else {
                if (!Double.isNaN(penStart)) {
                    out.add(interval(grid, i, name, penStart, t, EclipseInterval.Kind.PENUMBRA));
                }
                penStart = Double.NaN;
            }
        }
        if (!Double.isNaN(umbStart)) {
            out.add(interval(grid, i, name, umbStart, end, EclipseInterval.Kind.UMBRA));
        } else if (!Double.isNaN(penStart)) {
            out.add(interval(grid, i, name, penStart, end, EclipseInterval.Kind.PENUMBRA));
        }
        out.removeIf(iv -> iv.endSeconds() <= iv.startSeconds());
        return out;
    }

    private static EclipseInterval interval(EphemerisGrid grid, int i, String name, double t0, double t1,
                                            EclipseInterval.Kind kind) {
        return new EclipseInterval(i, name, grid.start().plusNanos(Math.round(t0 * 1e9)),
                grid.start().plusNanos(Math.round(t1 * 1e9)), t0, t1, kind);
    }

    private static double period(EphemerisGrid grid, int i) {
        return io.skyrack.core.orbit.OrbitPeriods.best(grid, i);
    }

    /** Eclipse fraction of each complete orbit in [0, end]: (umbra + ½ penumbra) / period. */
    static double[] fractions(List<EclipseInterval> list, double period, double end) {
        if (!(period > 0)) {
            return new double[0];
        }
        int orbits = (int) Math.floor(end / period + 1e-9);
        double span = orbits == 0 ? end : period;
        int count = Math.max(1, orbits);
        double[] out = new double[count];
        for (int m = 0; m < count; m++) {
            double a = m * span;
            double b = a + span;
            double shadowed = 0;
            for (EclipseInterval iv : list) {
                double overlap = Math.max(0, Math.min(b, iv.endSeconds()) - Math.max(a, iv.startSeconds()));
                shadowed += iv.kind() == EclipseInterval.Kind.UMBRA ? overlap : 0.5 * overlap;
            }
            out[m] = span > 0 ? shadowed / span : 0;
        }
        return out;
    }

    /** Shadow functions between grid steps, from cubic Hermite positions and linear Sun positions. */
    private final class Interpolant {
        final double step;
        private final EphemerisGrid grid;
        private final SunEphemeris sun;
        private final int base;
        private final double[] g = new double[2];

        Interpolant(EphemerisGrid grid, SunEphemeris sun, int satellite) {
            this.grid = grid;
            this.sun = sun;
            this.step = grid.step();
            this.base = grid.index(satellite, 0);
        }

        double value(int k, double tau, boolean penumbra) {
            double h = step;
            double s = tau / h;
            double s2 = s * s;
            double s3 = s2 * s;
            double h00 = 2 * s3 - 3 * s2 + 1;
            double h10 = (s3 - 2 * s2 + s) * h;
            double h01 = -2 * s3 + 3 * s2;
            double h11 = (s3 - s2) * h;
            int a = base + k;
            int b = a + 1;
            double px = h00 * grid.x()[a] + h10 * grid.vx()[a] + h01 * grid.x()[b] + h11 * grid.vx()[b];
            double py = h00 * grid.y()[a] + h10 * grid.vy()[a] + h01 * grid.y()[b] + h11 * grid.vy()[b];
            double pz = h00 * grid.z()[a] + h10 * grid.vz()[a] + h01 * grid.z()[b] + h11 * grid.vz()[b];
            double sx = sun.x()[k] + s * (sun.x()[k + 1] - sun.x()[k]);
            double sy = sun.y()[k] + s * (sun.y()[k + 1] - sun.y()[k]);
            double sz = sun.z()[k] + s * (sun.z()[k + 1] - sun.z()[k]);
            shadow.functions(px, py, pz, sx, sy, sz, g);
            return penumbra ? g[0] : g[1];
        }
    }

}
