package io.skyrack.bench;

import io.skyrack.core.placement.FirstFitDecreasingSolver;
import io.skyrack.core.placement.GpuSlot;
import io.skyrack.core.placement.MatrixNetworkView;
import io.skyrack.core.placement.NetworkLink;
import io.skyrack.core.placement.PlacementProblem;
import io.skyrack.core.placement.PlacementResult;
import io.skyrack.core.placement.PlacementSettings;
import io.skyrack.core.placement.PlacementWorkload;
import io.skyrack.core.placement.SatelliteBudget;
import io.skyrack.core.placement.TimefoldPlacementSolver;
import io.skyrack.core.plan.Workload.DataSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

/**
 * Workload placement at constellation scale, on generated instances (seeded, so every run sees the same).
 *
 * <p>Feasibility: 1,000 GPUs of four Jetson classes on 100 satellites (a 10 × 10 torus of 2.5 Gbit/s
 * crosslinks, power budgets below the sum of their GPUs) and 10,000 workloads of mixed sizes, replicas,
 * data sources, SLOs, rates, priorities, pinning and anti-affinity; the time to a feasible placement is
 * problem compilation plus the construction heuristic plus Timefold's full score calculation that confirms
 * the hard score is 0.
 *
 * <p>Gap: 1,000 identical GPUs of which 900 are filled completely, in memory and in compute, by workloads
 * cut from them (2 to 20 per GPU, compute shares correlated with memory shares), shuffled. The optimum is
 * then 900 active GPUs, which the memory bound proves; first-fit decreasing and the optimizer after its time
 * limit are measured against it in the same run.
 */
public final class PlacementBench implements BenchGroup {

    /** Wall-time limit of the optimizer on the gap instance (s). */
    static final long GAP_SECONDS = Long.getLong("skyrack.bench.placementSeconds", 60);

    private static final long GIB = 1L << 30;
    private static final long MIB = 1L << 20;
    private static final double TOPS = 1e12;
    private static final int FILLED = 900;
    private static final int GPUS = 1000;

    @Override
    public String group() {
        return "placement";
    }

    @Override
    public void run(BenchReporter out) throws Exception {
        PlacementProblem mixed = mixedInstance(new Random(42));
        PlacementResult[] ffd = new PlacementResult[1];
        double feasible = Timing.median(1, 3, () -> ffd[0] = new FirstFitDecreasingSolver().solve(mixed));
        if (!ffd[0].objective().feasible()) {
            throw new IllegalStateException("construction left hard violations: " + ffd[0].objective());
        }
        int replicas = mixed.workloads().stream().mapToInt(PlacementWorkload::replicas).sum();
        out.bench("placement_feasible_s", feasible, "s");
        out.bench("placement_feasible_placed_pct", 100.0 * ffd[0].assignments().size() / replicas, "%");
        out.note(String.format(Locale.ROOT, "mixed: %d GPUs, %d workloads, %d replicas, %d placed, %d active GPUs,"
                + " bound %d", mixed.gpus().size(), mixed.workloads().size(), replicas, ffd[0].assignments().size(),
                ffd[0].activeGpus(), ffd[0].bound().value()));

        PlacementProblem cut = cutInstance(new Random(7));
        PlacementResult first = new FirstFitDecreasingSolver().solve(cut);
        PlacementResult best = new TimefoldPlacementSolver(PlacementSettings.timed(1, Duration.ofSeconds(GAP_SECONDS),
                Duration.ZERO)).solve(cut);
        if (!best.unplaced().isEmpty() || !best.objective().feasible()) {
            throw new IllegalStateException("optimizer left " + best.unplaced().size() + " unplaced: "
                    + best.objective());
        }
        out.note(String.format(Locale.ROOT, "cut: %d GPUs, %d workloads, optimum %d, bound %d, FFD %d, optimizer %d"
                + " after %d s", cut.gpus().size(), cut.workloads().size(), FILLED, best.bound().value(),
                first.activeGpus(), best.activeGpus(), GAP_SECONDS));
        out.bench("placement_gap_pct", 100.0 * (best.activeGpus() - FILLED) / FILLED, "%");
        out.bench("placement_ffd_gap_pct", 100.0 * (first.activeGpus() - FILLED) / FILLED, "%");
    }

    /** The mixed instance of the feasibility benchmark. */
    static PlacementProblem mixedInstance(Random rnd) {
        int side = 10;
        List<String> names = new ArrayList<>();
        for (int i = 0; i < side * side; i++) {
            names.add(String.format(Locale.ROOT, "sat-%03d", i));
        }
        List<NetworkLink> links = new ArrayList<>();
        for (int i = 0; i < side * side; i++) {
            int r = i / side;
            int c = i % side;
            int right = r * side + (c + 1) % side;
            int down = ((r + 1) % side) * side + c;
            links.add(new NetworkLink(names.get(i) + "~" + names.get(right), names.get(i), names.get(right),
                    0.004 + 0.008 * rnd.nextDouble(), 2.5e9));
            links.add(new NetworkLink(names.get(i) + "~" + names.get(down), names.get(i), names.get(down),
                    0.004 + 0.008 * rnd.nextDouble(), 2.5e9));
        }
        double[] uplink = new double[names.size()];
        for (int i = 0; i < uplink.length; i++) {
            uplink[i] = rnd.nextDouble() < 0.3 ? Double.POSITIVE_INFINITY : 0.015 + 0.045 * rnd.nextDouble();
        }
        MatrixNetworkView network = new MatrixNetworkView(names, links, uplink);

        // Jetson classes at a sustained mode: memory (GiB), TOPS, W, idle W
        double[][] classes = {{64, 200, 50, 5}, {32, 150, 40, 4}, {16, 100, 25, 3}, {8, 70, 20, 3}};
        double[] share = {0.4, 0.3, 0.2, 0.1};
        List<GpuSlot> gpus = new ArrayList<>();
        List<SatelliteBudget> sats = new ArrayList<>();
        for (int s = 0; s < names.size(); s++) {
            double power = 0;
            for (int t = 0; t < 5; t++) {
                for (int g = 0; g < 2; g++) {
                    double[] k = classes[pick(rnd, share)];
                    gpus.add(new GpuSlot(names.get(s) + "/t" + t + "/g" + g, s, t, g, "class-" + (int) k[0],
                            (long) (k[0] * GIB), k[1] * TOPS, k[2], k[3], 5 + 25 * rnd.nextDouble()));
                    power += k[2];
                }
            }
            sats.add(new SatelliteBudget(names.get(s), 0.85 * power));
        }

        List<PlacementWorkload> workloads = new ArrayList<>();
        for (int w = 0; w < 10_000; w++) {
            double u = rnd.nextDouble();
            double memory;
            double tops;
            if (u < 0.6) {
                memory = 0.25 + 1.25 * rnd.nextDouble();
                tops = 1 + 4 * rnd.nextDouble();
            } else if (u < 0.9) {
                memory = 1.5 + 2.5 * rnd.nextDouble();
                tops = 5 + 10 * rnd.nextDouble();
            } else {
                memory = 4 + 12 * rnd.nextDouble();
                tops = 15 + 25 * rnd.nextDouble();
            }
            double r = rnd.nextDouble();
            int replicas = r < 0.85 ? 1 : r < 0.95 ? 2 : 3;
            double k = rnd.nextDouble();
            DataSource source;
            double slo;
            double rate;
            if (k < 0.5) {
                source = DataSource.anySatellite();
                slo = Double.POSITIVE_INFINITY;
                rate = 0;
            } else if (k < 0.8) {
                source = DataSource.satellite(names.get(rnd.nextInt(names.size())));
                slo = 0.030 + 0.070 * rnd.nextDouble();
                rate = 1e6 + 19e6 * rnd.nextDouble();
            } else {
                source = DataSource.ground();
                slo = 0.100 + 0.100 * rnd.nextDouble();
                rate = 1e6 + 19e6 * rnd.nextDouble();
            }
            Optional<String> pinned = replicas == 1 && rnd.nextDouble() < 0.01
                    ? Optional.of(names.get(rnd.nextInt(names.size()))) : Optional.empty();
            List<String> anti = w > 0 && rnd.nextDouble() < 0.02 ? List.of("w" + rnd.nextInt(w)) : List.of();
            workloads.add(new PlacementWorkload("w" + w, (long) (memory * GIB), tops * TOPS, replicas, slo, source,
                    rate, 1 + rnd.nextInt(5), pinned, anti));
        }
        return PlacementProblem.of(gpus, sats, workloads, network);
    }

    /** The instance with a known optimum: {@value #FILLED} of {@value #GPUS} identical GPUs cut into workloads. */
    static PlacementProblem cutInstance(Random rnd) {
        long memory = 64 * GIB;
        double compute = 200 * TOPS;
        long computeMops = (long) (compute / 1e6);
        int perSat = 10;
        List<String> names = new ArrayList<>();
        List<SatelliteBudget> sats = new ArrayList<>();
        for (int s = 0; s < GPUS / perSat; s++) {
            names.add(String.format(Locale.ROOT, "sat-%03d", s));
            sats.add(new SatelliteBudget(names.get(s), perSat * 50.0));
        }
        List<GpuSlot> gpus = new ArrayList<>();
        for (int i = 0; i < GPUS; i++) {
            gpus.add(new GpuSlot("g" + i, i / perSat, (i % perSat) / 2, i % 2, "orin-64", memory, compute, 50, 5, 20));
        }
        List<PlacementWorkload> workloads = new ArrayList<>();
        long memoryMib = memory / MIB;
        for (int b = 0; b < FILLED; b++) {
            int n = 2 + rnd.nextInt(19);
            long[] mem = cut(rnd, memoryMib, n, null, 0);
            long[] cmp = cut(rnd, computeMops, n, mem, memoryMib);
            for (int i = 0; i < n; i++) {
                workloads.add(PlacementWorkload.simple("c" + b + "." + i, mem[i] * MIB, cmp[i] * 1e6));
            }
        }
        // shuffle so that no order gives the answer away
        for (int i = workloads.size() - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            PlacementWorkload t = workloads.get(i);
            workloads.set(i, workloads.get(j));
            workloads.set(j, t);
        }
        return PlacementProblem.of(gpus, sats, workloads, MatrixNetworkView.ring(names, 0.005, 2.5e9, 0.02));
    }

    /**
     * Cuts {@code total} into {@code n} positive integer pieces at random points; when {@code like} is given,
     * the cut points follow its shares, each moved by up to ±40 % of a mean piece.
     */
    private static long[] cut(Random rnd, long total, int n, long[] like, long likeTotal) {
        long[] points = new long[n + 1];
        points[n] = total;
        long acc = 0;
        for (int i = 1; i < n; i++) {
            double at;
            if (like == null) {
                at = rnd.nextDouble();
            } else {
                acc += like[i - 1];
                at = (double) acc / likeTotal + (rnd.nextDouble() - 0.5) * 0.8 / n;
            }
            points[i] = Math.max(1, Math.min(total - 1, Math.round(at * total)));
        }
        Arrays.sort(points, 1, n);
        long[] pieces = new long[n];
        for (int i = 0; i < n; i++) {
            pieces[i] = points[i + 1] - points[i];
        }
        // no empty piece: take one unit from the largest for each
        for (int i = 0; i < n; i++) {
            if (pieces[i] == 0) {
                int big = 0;
                for (int j = 1; j < n; j++) {
                    big = pieces[j] > pieces[big] ? j : big;
                }
                pieces[big]--;
                pieces[i]++;
            }
        }
        return pieces;
    }

    private static int pick(Random rnd, double[] share) {
        double u = rnd.nextDouble();
        for (int i = 0; i < share.length; i++) {
            u -= share[i];
            if (u < 0) {
                return i;
            }
        }
        return share.length - 1;
    }

    /**
     * Runs this benchmark alone.
     *
     * @param args unused
     * @throws Exception when it fails
     */
    public static void main(String[] args) throws Exception {
        new PlacementBench().run(new BenchReporter(System.out));
    }
}
