package io.skyrack.core.contacts;

import io.skyrack.core.orbit.EphemerisGrid;
import io.skyrack.core.plan.GroundStation;
import io.skyrack.core.progress.ProgressMonitor;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/** Finds every pass of every satellite over every ground station on an ephemeris grid. */
public final class ContactCalculator {

    /** Rise and set times are refined until the bracket is shorter than this (s). */
    static final double TIME_TOLERANCE = 1e-4;

    /**
     * @param grid ephemeris grid
     * @param stations ground stations
     * @param progress progress and cancellation
     * @return passes and visibility
     */
    public Contacts compute(EphemerisGrid grid, List<GroundStation> stations, ProgressMonitor progress) {
        List<StationGeometry> geo = stations.stream().map(StationGeometry::of).toList();
        int n = grid.satelliteCount();
        int steps = grid.stepCount();
        List<BitSet> visible = new ArrayList<>();
        for (int s = 0; s < geo.size(); s++) {
            visible.add(new BitSet(n * steps));
        }
        List<List<Contact>> perSat = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            perSat.add(List.of());
        }
        AtomicInteger done = new AtomicInteger();
        IntStream.range(0, n).parallel().forEach(i -> {
            progress.checkCancelled();
            List<Contact> found = new ArrayList<>();
            boolean[][] vis = new boolean[geo.size()][];
            for (int s = 0; s < geo.size(); s++) {
                vis[s] = new boolean[steps];
                found.addAll(passes(grid, i, s, geo.get(s), vis[s]));
            }
            synchronized (visible) {
                perSat.set(i, found);
                for (int s = 0; s < geo.size(); s++) {
                    BitSet b = visible.get(s);
                    for (int k = 0; k < steps; k++) {
                        if (vis[s][k]) {
                            b.set(grid.index(i, k));
                        }
                    }
                }
            }
            progress.progress("Ground contacts", done.incrementAndGet() / (double) n);
        });
        List<Contact> all = new ArrayList<>();
        perSat.forEach(all::addAll);
        return new Contacts(List.copyOf(all), List.copyOf(visible), geo, grid.time(steps - 1));
    }

    private static List<Contact> passes(EphemerisGrid grid, int i, int s, StationGeometry g, boolean[] vis) {
        int steps = grid.stepCount();
        double minEl = g.station().minElevation();
        double[] el = new double[steps];
        int base = grid.index(i, 0);
        for (int k = 0; k < steps; k++) {
            el[k] = g.elevation(grid.fixedX()[base + k], grid.fixedY()[base + k], grid.fixedZ()[base + k]) - minEl;
            vis[k] = el[k] >= 0;
        }
        Interpolant f = new Interpolant(grid, i, g, minEl);
        List<Contact> out = new ArrayList<>();
        double rise = el[0] >= 0 ? 0.0 : Double.NaN;
        int peakStep = el[0] >= 0 ? 0 : -1;
        for (int k = 0; k + 1 < steps; k++) {
            if (el[k] < 0 && el[k + 1] >= 0) {
                rise = k * grid.step() + bisect(f, k, 0, grid.step(), true);
                peakStep = k + 1;
            } else if (el[k] >= 0 && el[k + 1] < 0) {
                double set = k * grid.step() + bisect(f, k, 0, grid.step(), false);
                out.add(contact(grid, i, s, g, rise, set, f, peakStep));
                rise = Double.NaN;
                peakStep = -1;
            } else if (el[k] < 0 && el[k + 1] < 0 && Math.max(el[k], el[k + 1]) > -0.05) {
                // a pass shorter than a step may peak between two samples below the mask
                double tMax = maximise(f, k, 0, grid.step());
                if (f.value(k, tMax) >= 0) {
                    double r = k * grid.step() + bisectRange(f, k, 0, tMax, true);
                    double st = k * grid.step() + bisectRange(f, k, tMax, grid.step(), false);
                    out.add(contact(grid, i, s, g, r, st, f, -1));
                }
            }
            if (el[k + 1] >= 0 && peakStep >= 0 && el[k + 1] > el[peakStep]) {
                peakStep = k + 1;
            }
        }
        if (!Double.isNaN(rise)) {
            out.add(contact(grid, i, s, g, rise, grid.time(steps - 1), f, peakStep));
        }
        return out;
    }

    private static Contact contact(EphemerisGrid grid, int i, int s, StationGeometry g, double rise, double set,
                                   Interpolant f, int peakStep) {
        double maxEl;
        if (peakStep >= 0) {
            // the highest sample and its neighbours bracket the true maximum
            int k0 = Math.max(0, peakStep - 1);
            int k1 = Math.min(grid.stepCount() - 1, peakStep + 1);
            double best = Double.NEGATIVE_INFINITY;
            for (int k = k0; k < k1; k++) {
                double t = maximise(f, k, 0, grid.step());
                best = Math.max(best, f.value(k, t));
            }
            maxEl = best + g.station().minElevation();
        } else {
            int k = (int) Math.floor(rise / grid.step());
            k = Math.min(k, grid.stepCount() - 2);
            double t = maximise(f, k, rise - k * grid.step(), Math.min(grid.step(), set - k * grid.step()));
            maxEl = f.value(k, t) + g.station().minElevation();
        }
        double volume = (set - rise) * g.station().downlinkRate();
        return new Contact(i, grid.names().get(i), s, g.station().name(), grid.start().plusNanos(Math.round(rise * 1e9)),
                grid.start().plusNanos(Math.round(set * 1e9)), rise, set, maxEl, volume);
    }

    /** Root of elevation − mask within step k, rising or setting. */
    private static double bisect(Interpolant f, int k, double a, double b, boolean rising) {
        return bisectRange(f, k, a, b, rising);
    }

    private static double bisectRange(Interpolant f, int k, double a, double b, boolean rising) {
        while (b - a > TIME_TOLERANCE) {
            double c = 0.5 * (a + b);
            boolean above = f.value(k, c) >= 0;
            if (above == rising) {
                b = c;
            } else {
                a = c;
            }
        }
        return 0.5 * (a + b);
    }

    /** Golden-section search for the highest elevation within step k on [a, b]. */
    private static double maximise(Interpolant f, int k, double a, double b) {
        double r = (Math.sqrt(5) - 1) / 2;
        double c = b - r * (b - a);
        double d = a + r * (b - a);
        double fc = f.value(k, c);
        double fd = f.value(k, d);
        while (b - a > TIME_TOLERANCE) {
            if (fc > fd) {
                b = d;
                d = c;
                fd = fc;
                c = b - r * (b - a);
                fc = f.value(k, c);
            } else {
                a = c;
                c = d;
                fc = fd;
                d = a + r * (b - a);
                fd = f.value(k, d);
            }
        }
        return 0.5 * (a + b);
    }

    /** Elevation above the mask between grid steps, from a cubic Lagrange fit of the Earth-fixed position. */
    private static final class Interpolant {
        private final EphemerisGrid grid;
        private final int base;
        private final int steps;
        private final StationGeometry g;
        private final double mask;

        Interpolant(EphemerisGrid grid, int satellite, StationGeometry g, double mask) {
            this.grid = grid;
            this.base = grid.index(satellite, 0);
            this.steps = grid.stepCount();
            this.g = g;
            this.mask = mask;
        }

        double value(int k, double tau) {
            // four samples around the interval [k, k+1], shifted inwards at the ends of the grid
            int k0 = Math.max(0, Math.min(steps - 4, k - 1));
            if (steps < 4) {
                k0 = 0;
            }
            int m = Math.min(4, steps);
            double t = (k - k0) + tau / grid.step();
            double px = 0;
            double py = 0;
            double pz = 0;
            for (int a = 0; a < m; a++) {
                double w = 1;
                for (int b = 0; b < m; b++) {
                    if (b != a) {
                        w *= (t - b) / (a - b);
                    }
                }
                int j = base + k0 + a;
                px += w * grid.fixedX()[j];
                py += w * grid.fixedY()[j];
                pz += w * grid.fixedZ()[j];
            }
            return g.elevation(px, py, pz) - mask;
        }
    }
}
