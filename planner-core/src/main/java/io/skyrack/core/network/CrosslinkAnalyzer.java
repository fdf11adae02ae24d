package io.skyrack.core.network;

import io.skyrack.core.network.SatellitePair.Origin;
import io.skyrack.core.orbit.EphemerisGrid;
import io.skyrack.core.orekit.OrekitContext;
import io.skyrack.core.plan.CrosslinkPolicy;
import io.skyrack.core.plan.CrosslinkPolicy.TopologyRule;
import io.skyrack.core.plan.Plan;
import io.skyrack.core.plan.SatelliteTemplate.AttitudeMode;
import io.skyrack.core.progress.ProgressMonitor;
import io.skyrack.core.validation.Finding;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * Computes a plan's crosslink schedule from its ephemeris grid: candidate pairs by the policy's topology rule,
 * availability at every step (line of sight above the grazing margin, range within reach, budget closing; for
 * nearest-k, selection), and availability windows with boundaries refined between steps.
 *
 * <p>The line of sight uses the true pole of date from the context's ITRF (see {@link LineOfSight}); the grid's
 * Earth-fixed positions are not used. Work is spread over the common fork–join pool by pair and by step; the
 * result does not depend on the number of threads.
 */
public final class CrosslinkAnalyzer {

    private static final String STAGE_SELECT = "Crosslinks: selecting nearest neighbours";
    private static final String STAGE_GEOMETRY = "Crosslinks: link geometry";
    private static final String STAGE_WINDOWS = "Crosslinks: availability windows";
    /**
     * Mean nearest-k link duration below which the selection is reported as churning (s): every new optical
     * link spends seconds to a minute on acquisition, so links much shorter than this waste a good part of
     * their time.
     */
    static final double CHURN_DURATION = 600.0;

    private final OrekitContext orekit;

    /** @param orekit the data context (for the Earth's pole of date) */
    public CrosslinkAnalyzer(OrekitContext orekit) {
        this.orekit = orekit;
    }

    /**
     * @param plan a plan without validation errors
     * @param grid the plan's ephemeris, satellites in roster order
     * @param sunDirectionPerStep the Sun per grid step in EME2000, {x[], y[], z[]}: unit vectors or geocentric
     *                            positions (m; normalized here, the 7,000 km parallax is 5·10⁻⁵ rad); may be
     *                            null when no satellite is sun tracking or inertially fixed (they need it for
     *                            pointing)
     * @param progress progress and cancellation
     * @return the schedule
     * @throws IllegalArgumentException when the grid does not match the plan's roster, or the Sun is missing
     * @throws java.util.concurrent.CancellationException when cancelled
     */
    public CrosslinkSchedule analyze(Plan plan, EphemerisGrid grid, double[][] sunDirectionPerStep,
                                     ProgressMonitor progress) {
        progress.checkCancelled();
        CrosslinkTopology topology = CrosslinkTopology.of(plan);
        List<String> names = topology.satellites().stream().map(e -> e.name()).toList();
        if (!names.equals(grid.names())) {
            throw new IllegalArgumentException("the ephemeris grid's satellites (" + grid.satelliteCount()
                    + ") are not the plan's roster (" + names.size() + ")");
        }
        int steps = grid.stepCount();
        AttitudeMode[] attitude = new AttitudeMode[names.size()];
        for (int i = 0; i < attitude.length; i++) {
            attitude[i] = plan.constellations().get(topology.satellites().get(i).constellationIndex()).template()
                    .attitude();
        }
        checkSun(attitude, sunDirectionPerStep, steps);
        CrosslinkPolicy policy = plan.crosslinks();
        EarthPole pole = EarthPole.over(orekit, grid.start(), Math.max(0, steps - 1) * grid.step());
        PairGeometry geometry = new PairGeometry(grid, pole, policy.grazingAltitudeMargin());
        List<Finding> findings = new ArrayList<>(topology.findings());

        // candidates: the fixed pairs, and the pairs nearest-k selects at some step
        List<SatellitePair> pairs = new ArrayList<>(topology.pairs());
        long[][] selected = policy.rule() == TopologyRule.NEAREST_K && steps > 0
                ? select(plan, grid, geometry, topology, progress) : null;
        if (selected != null) {
            long[] union = Arrays.stream(selected).flatMapToLong(Arrays::stream).sorted().distinct().toArray();
            for (long key : union) {
                int a = PairsWithinRange.first(key);
                int b = PairsWithinRange.second(key);
                pairs.add(new SatellitePair(a, b, names.get(a), names.get(b), Origin.NEAREST_K,
                        PairLinkModel.of(topology.terminals(a), topology.terminals(b), policy.maxRange())));
            }
            pairs.sort(Comparator.comparingInt(SatellitePair::a).thenComparingInt(SatellitePair::b));
        }
        if ((long) pairs.size() * steps > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(pairs.size() + " pairs × " + steps + " steps is too large a schedule");
        }
        int pairCount = pairs.size();
        BitSet[] perPair = availability(grid, geometry, pairs, selected, progress);
        BitSet available = new BitSet(pairCount * steps);
        for (int p = 0; p < pairCount; p++) {
            BitSet b = perPair[p];
            for (int k = b.nextSetBit(0); k >= 0; k = b.nextSetBit(k + 1)) {
                available.set(p * steps + k);
            }
        }

        // windows, with boundaries refined between steps; a stable sort keeps pair order at equal starts
        AtomicInteger counted = new AtomicInteger();
        List<LinkWindow> windows = new ArrayList<>();
        IntStream.range(0, pairCount).parallel().mapToObj(p -> {
            progress.checkCancelled();
            List<LinkWindow> w = windows(grid, geometry, pairs.get(p), perPair[p]);
            progress.progress(STAGE_WINDOWS, counted.incrementAndGet() / (double) pairCount);
            return w;
        }).toList().forEach(windows::addAll);
        windows.sort(Comparator.comparing(LinkWindow::start));
        if (available.isEmpty() && names.size() > 1 && findings.stream().noneMatch(f -> f.code().equals("link.none"))) {
            findings.add(Finding.warning("/crosslinks", "link.none", pairs.isEmpty()
                    ? "the crosslink rule yields no links between the plan's satellites"
                    : "no crosslink is available at any step of the analysis window (line of sight, range or "
                    + "link budget)"));
        }
        churn(policy, pairs, windows, grid).ifPresent(findings::add);
        return new CrosslinkSchedule(pairs, grid, available, windows, findings, attitude, sunDirectionPerStep);
    }

    /**
     * Notes nearest-k links that flip between near-equal neighbours: on a symmetric shell the k-th and
     * (k+1)-th nearest are often almost tied, so links last a few steps.
     */
    private static Optional<Finding> churn(CrosslinkPolicy policy, List<SatellitePair> pairs,
                                                     List<LinkWindow> windows, EphemerisGrid grid) {
        if (policy.rule() != TopologyRule.NEAREST_K || grid.stepCount() < 2) {
            return Optional.empty();
        }
        Set<String> selectedNames = new HashSet<>();
        for (SatellitePair p : pairs) {
            if (p.origin() == Origin.NEAREST_K) {
                selectedNames.add(p.nameA() + '\u0000' + p.nameB());
            }
        }
        double total = 0;
        int count = 0;
        for (LinkWindow w : windows) {
            if (selectedNames.contains(w.satelliteA() + '\u0000' + w.satelliteB())) {
                total += w.duration();
                count++;
            }
        }
        double span = (grid.stepCount() - 1) * grid.step();
        if (count == 0 || total / count >= Math.min(CHURN_DURATION, 0.5 * span)) {
            return Optional.empty();
        }
        return Optional.of(Finding.warning("/crosslinks/rule", "link.churn", String.format(Locale.ROOT,
                "nearest-k links last %.0f s on average (%d windows): the selection flips between neighbours at "
                        + "almost equal ranges, and each new link needs its terminals to acquire; a +Grid or manual "
                        + "topology keeps links up", total / count, count)));
    }

    /** @return the pairs nearest-k accepts at each step, encoded and ascending */
    private static long[][] select(Plan plan, EphemerisGrid grid, PairGeometry geometry, CrosslinkTopology topology,
                                   ProgressMonitor progress) {
        int steps = grid.stepCount();
        NearestKSelector selector = new NearestKSelector(grid, geometry, topology, plan.crosslinks(), models(plan));
        long[][] out = new long[steps][];
        AtomicInteger done = new AtomicInteger();
        IntStream.range(0, steps).parallel().forEach(k -> {
            progress.checkCancelled();
            out[k] = selector.select(k);
            progress.progress(STAGE_SELECT, done.incrementAndGet() / (double) steps);
        });
        return out;
    }

    /**
     * @param selected nearest-k selections per step, or null for the other rules
     * @return for each pair, the steps at which it is available: fixed pairs where in sight and within reach,
     *         nearest-k pairs where selected
     */
    private static BitSet[] availability(EphemerisGrid grid, PairGeometry geometry, List<SatellitePair> pairs,
                                         long[][] selected, ProgressMonitor progress) {
        int steps = grid.stepCount();
        int pairCount = pairs.size();
        long[] pairKeys = pairs.stream().mapToLong(sp -> PairsWithinRange.encode(sp.a(), sp.b())).toArray();
        BitSet[] selectedAt = new BitSet[pairCount];
        if (selected != null) {
            for (int k = 0; k < steps; k++) {
                for (long key : selected[k]) {
                    int p = Arrays.binarySearch(pairKeys, key);
                    if (selectedAt[p] == null) {
                        selectedAt[p] = new BitSet(steps);
                    }
                    selectedAt[p].set(k);
                }
            }
        }
        AtomicInteger done = new AtomicInteger();
        return IntStream.range(0, pairCount).parallel().mapToObj(p -> {
            progress.checkCancelled();
            BitSet on = pairs.get(p).origin() == Origin.NEAREST_K ? selectedAt[p]
                    : availability(grid, geometry, pairs.get(p));
            progress.progress(STAGE_GEOMETRY, done.incrementAndGet() / (double) pairCount);
            return on;
        }).toArray(BitSet[]::new);
    }

    private static void checkSun(AttitudeMode[] attitude, double[][] sun, int steps) {
        boolean needed = Arrays.stream(attitude).anyMatch(a -> a != AttitudeMode.NADIR_POINTING);
        if (!needed) {
            return;
        }
        if (sun == null || sun.length != 3) {
            throw new IllegalArgumentException("sun-tracking and inertially fixed satellites need the Sun direction "
                    + "per step, {x[], y[], z[]}");
        }
        for (double[] c : sun) {
            if (c.length != steps) {
                throw new IllegalArgumentException("Sun direction arrays of length " + c.length + ", expected "
                        + steps);
            }
        }
    }

    /** @return the link model of each pair of constellations */
    private static PairLinkModel[][] models(Plan plan) {
        int c = plan.constellations().size();
        PairLinkModel[][] out = new PairLinkModel[c][c];
        for (int a = 0; a < c; a++) {
            for (int b = 0; b < c; b++) {
                out[a][b] = PairLinkModel.of(plan.constellations().get(a).template().terminals(),
                        plan.constellations().get(b).template().terminals(), plan.crosslinks().maxRange());
            }
        }
        return out;
    }

    /** @return the steps at which a fixed pair is available: in sight and within reach */
    private static BitSet availability(EphemerisGrid grid, PairGeometry geometry, SatellitePair sp) {
        int steps = grid.stepCount();
        BitSet out = new BitSet(steps);
        double reach = sp.link().maxRange();
        for (int k = 0; k < steps; k++) {
            if (geometry.rangeAtStep(sp.a(), sp.b(), k) <= reach && geometry.isClear(sp.a(), sp.b(), k)) {
                out.set(k);
            }
        }
        return out;
    }

    /** @return the availability windows of one pair */
    private static List<LinkWindow> windows(EphemerisGrid grid, PairGeometry geometry, SatellitePair sp, BitSet on) {
        List<LinkWindow> out = new ArrayList<>();
        int steps = grid.stepCount();
        double reach = sp.link().maxRange();
        for (int k0 = on.nextSetBit(0); k0 >= 0; ) {
            int k1 = on.nextClearBit(k0) - 1;
            double start = k0 == 0 ? grid.time(0) : geometry.boundary(sp.a(), sp.b(), k0 - 1, reach);
            double end = k1 == steps - 1 ? grid.time(steps - 1) : geometry.boundary(sp.a(), sp.b(), k1, reach);
            double min = Double.POSITIVE_INFINITY;
            double max = 0;
            for (int k = k0; k <= k1; k++) {
                double d = geometry.rangeAtStep(sp.a(), sp.b(), k);
                min = Math.min(min, d);
                max = Math.max(max, d);
            }
            for (double t : new double[] {start, end}) {
                double d = geometry.range(sp.a(), sp.b(), t);
                min = Math.min(min, d);
                max = Math.max(max, d);
            }
            Instant from = grid.start().plusNanos(Math.round(start * 1e9));
            Instant to = grid.start().plusNanos(Math.round(end * 1e9));
            if (to.isAfter(from)) {
                out.add(new LinkWindow(sp.nameA(), sp.nameB(), from, to, min, max, sp.link().rate(),
                        sp.link().marginDb(max)));
            }
            k0 = on.nextSetBit(k1 + 1);
        }
        return out;
    }
}
