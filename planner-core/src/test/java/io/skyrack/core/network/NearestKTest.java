package io.skyrack.core.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.skyrack.core.network.SatellitePair.Origin;
import io.skyrack.core.orbit.EarthConstants;
import io.skyrack.core.orbit.EphemerisGrid;
import io.skyrack.core.plan.Constellation;
import io.skyrack.core.plan.CrosslinkPolicy;
import io.skyrack.core.plan.CrosslinkPolicy.LinkPair;
import io.skyrack.core.plan.CrosslinkPolicy.TopologyRule;
import io.skyrack.core.plan.ExplicitConstellationSpec;
import io.skyrack.core.plan.ExplicitConstellationSpec.KeplerianSatellite;
import io.skyrack.core.plan.OpticalTerminalSpec;
import io.skyrack.core.plan.Plan;
import io.skyrack.core.plan.SatelliteTemplate;
import io.skyrack.core.progress.ProgressMonitor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The nearest-k rule against a plain restatement of it, on the 81-satellite Suncatcher-like cluster. */
class NearestKTest {

    private static final Plan CLUSTER = TestGrids.sample("suncatcher-cluster");
    private static final int STEPS = 6;

    private static Plan cluster(int k, int terminals, double range, List<LinkPair> manual) {
        Constellation c = CLUSTER.constellations().get(0);
        SatelliteTemplate t = c.template();
        OpticalTerminalSpec s = t.terminals();
        SatelliteTemplate template = new SatelliteTemplate(t.busName(), t.busMass(), t.tileArray(), t.attitude(),
                new OpticalTerminalSpec(terminals, s.maxRange(), s.model()), t.battery());
        return CLUSTER.withConstellations(List.of(c.withTemplate(template)))
                .withCrosslinks(new CrosslinkPolicy(TopologyRule.NEAREST_K, k, range, 100e3, 1e-4, manual));
    }

    /**
     * The rule as documented, by testing every pair: each satellite picks its k nearest within range, a pair is
     * a candidate when either end picks it, and candidates are accepted shortest first while both ends have a
     * free terminal. Lines of sight within the cluster are always clear, so the test leaves them out.
     */
    private static Set<Long> expected(EphemerisGrid grid, int step, int k, int[] free, double range,
                                      Set<Long> excluded) {
        int n = grid.satelliteCount();
        Set<Long> candidates = new TreeSet<>();
        for (int a = 0; a < n; a++) {
            if (free[a] <= 0) {
                continue;
            }
            List<int[]> near = new ArrayList<>();
            for (int b = 0; b < n; b++) {
                long key = PairsWithinRange.encode(Math.min(a, b), Math.max(a, b));
                if (b != a && free[b] > 0 && !excluded.contains(key) && distance(grid, a, b, step) <= range) {
                    near.add(new int[] {b});
                }
            }
            int self = a;
            near.sort(Comparator.<int[]>comparingDouble(b -> distance(grid, self, b[0], step))
                    .thenComparingInt(b -> b[0]));
            for (int q = 0; q < Math.min(k, near.size()); q++) {
                int b = near.get(q)[0];
                candidates.add(PairsWithinRange.encode(Math.min(a, b), Math.max(a, b)));
            }
        }
        List<Long> byLength = new ArrayList<>(candidates);
        byLength.sort(Comparator.<Long>comparingDouble(c -> distance(grid, PairsWithinRange.first(c),
                PairsWithinRange.second(c), step)).thenComparingLong(c -> c));
        int[] left = free.clone();
        Set<Long> accepted = new TreeSet<>();
        for (long c : byLength) {
            int a = PairsWithinRange.first(c);
            int b = PairsWithinRange.second(c);
            if (left[a] > 0 && left[b] > 0) {
                left[a]--;
                left[b]--;
                accepted.add(c);
            }
        }
        return accepted;
    }

    private static double distance(EphemerisGrid g, int a, int b, int k) {
        int i = g.index(a, k);
        int j = g.index(b, k);
        return Math.sqrt(Math.pow(g.x()[i] - g.x()[j], 2) + Math.pow(g.y()[i] - g.y()[j], 2)
                + Math.pow(g.z()[i] - g.z()[j], 2));
    }

    @ParameterizedTest(name = "k={0}, {1} terminals, {2} m")
    @CsvSource({"4, 4, 5000", "4, 2, 5000", "1, 1, 5000", "3, 4, 700", "6, 3, 2000"})
    void selectsAsTheRuleSaysAndNeverExceedsTheTerminals(int k, int terminals, double range) {
        Plan plan = cluster(k, terminals, range, List.of());
        EphemerisGrid grid = TestGrids.keplerian(plan, plan.epoch(), 120.0, STEPS);
        CrosslinkSchedule s = new CrosslinkAnalyzer(TestGrids.OREKIT).analyze(plan, grid, TestGrids.sun(grid),
                ProgressMonitor.NONE);
        int n = grid.satelliteCount();
        int[] free = new int[n];
        Arrays.fill(free, terminals);
        int links = 0;
        for (int step = 0; step < STEPS; step++) {
            Set<Long> actual = new TreeSet<>();
            int[] degree = new int[n];
            for (int p : s.availablePairs(step)) {
                SatellitePair sp = s.pairs().get(p);
                assertEquals(Origin.NEAREST_K, sp.origin());
                assertTrue(s.range(p, step) <= range + 1e-3);
                actual.add(PairsWithinRange.encode(sp.a(), sp.b()));
                degree[sp.a()]++;
                degree[sp.b()]++;
            }
            assertEquals(expected(grid, step, k, free, range, Set.of()), actual, "step " + step);
            for (int d : degree) {
                assertTrue(d <= terminals);
            }
            links += actual.size();
        }
        assertTrue(links > 0);
    }

    @ParameterizedTest(name = "k={0}")
    @CsvSource({"2", "4"})
    void manualPairsTakeTheirTerminalsFirst(int k) {
        Plan plan = cluster(k, 2, 5_000, List.of(new LinkPair("sc-01", "sc-81")));
        EphemerisGrid grid = TestGrids.keplerian(plan, plan.epoch(), 120.0, 2);
        CrosslinkSchedule s = new CrosslinkAnalyzer(TestGrids.OREKIT).analyze(plan, grid, TestGrids.sun(grid),
                ProgressMonitor.NONE);
        int manual = s.pairIndex("sc-01", "sc-81").orElseThrow();
        assertEquals(Origin.MANUAL, s.pairs().get(manual).origin());
        int[] free = new int[grid.satelliteCount()];
        Arrays.fill(free, 2);
        free[s.pairs().get(manual).a()] = 1;
        free[s.pairs().get(manual).b()] = 1;
        for (int step = 0; step < 2; step++) {
            Set<Long> selected = new TreeSet<>();
            for (int p : s.availablePairs(step)) {
                if (s.pairs().get(p).origin() == Origin.NEAREST_K) {
                    selected.add(PairsWithinRange.encode(s.pairs().get(p).a(), s.pairs().get(p).b()));
                }
            }
            long key = PairsWithinRange.encode(s.pairs().get(manual).a(), s.pairs().get(manual).b());
            assertEquals(expected(grid, step, k, free, 5_000, Set.of(key)), selected);
        }
    }

    /**
     * On the 1,584-satellite shell with three satellites 2,450 km above it: the shell satellites find their two
     * nearest within the selector's first search radius (1,200 km), the upper three have none there and are
     * searched out to the full range, so both search paths are exercised. Lines of sight clear by far at these
     * ranges, so the rule's own test of them does not bind.
     */
    @Test
    void walkerShellWithSatellitesAboveSelectsAsTheRuleSays() {
        Plan walker = TestGrids.sample("walker-1584");
        Constellation shell = walker.constellations().get(0);
        double a = EarthConstants.EQUATORIAL_RADIUS + 3_000e3;
        Constellation above = new ExplicitConstellationSpec("up", "up", List.of(
                new KeplerianSatellite("up-1", a, 0, Math.toRadians(53), 0, 0, 0),
                new KeplerianSatellite("up-2", a, 0, Math.toRadians(60), 0, Math.toRadians(100), 1.0),
                new KeplerianSatellite("up-3", a, 0, Math.toRadians(20), 0, Math.toRadians(250), 2.0)),
                shell.template());
        Plan plan = walker.withConstellations(List.of(shell, above))
                .withCrosslinks(new CrosslinkPolicy(TopologyRule.NEAREST_K, 2, 4_000e3, 80e3, 1e-3, List.of()));
        EphemerisGrid grid = TestGrids.keplerian(plan, plan.epoch(), 60.0, 1);
        CrosslinkSchedule s = new CrosslinkAnalyzer(TestGrids.OREKIT).analyze(plan, grid, TestGrids.sun(grid),
                ProgressMonitor.NONE);
        int[] free = new int[grid.satelliteCount()];
        Arrays.fill(free, 4);
        Set<Long> actual = new TreeSet<>();
        for (int p : s.availablePairs(0)) {
            actual.add(PairsWithinRange.encode(s.pairs().get(p).a(), s.pairs().get(p).b()));
        }
        assertEquals(expected(grid, 0, 2, free, 4_000e3, Set.of()), actual);
        // the upper satellites' own choices, found by the full-range search, are links
        for (int up = 1584; up < 1587; up++) {
            int satellite = up;
            assertTrue(actual.stream().anyMatch(c -> PairsWithinRange.second(c) == satellite), "up-" + (up - 1583));
        }
    }

    @Test
    void churningSelectionOnASymmetricShellIsReported() {
        // on a Walker delta the k-th and (k+1)-th nearest are nearly tied, so nearest-k links come and go
        Plan walker = TestGrids.sample("walker-1584");
        Plan plan = walker.withCrosslinks(new CrosslinkPolicy(TopologyRule.NEAREST_K, 4, 5_000e3, 80e3, 1e-3,
                List.of()));
        EphemerisGrid grid = TestGrids.keplerian(plan, plan.epoch(), 30.0, 61);
        CrosslinkSchedule s = new CrosslinkAnalyzer(TestGrids.OREKIT).analyze(plan, grid, TestGrids.sun(grid),
                ProgressMonitor.NONE);
        double mean = s.windows().stream().mapToDouble(LinkWindow::duration).average().orElseThrow();
        assertTrue(mean < CrosslinkAnalyzer.CHURN_DURATION, "mean window " + mean + " s");
        assertTrue(s.findings().stream().anyMatch(f -> f.code().equals("link.churn")), s.findings().toString());
        // the +Grid of the same shell keeps every link for the whole span, and is not reported
        CrosslinkSchedule grid4 = new CrosslinkAnalyzer(TestGrids.OREKIT).analyze(walker, grid, TestGrids.sun(grid),
                ProgressMonitor.NONE);
        assertTrue(grid4.findings().isEmpty(), grid4.findings().toString());
    }
}
