package io.skyrack.core.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.skyrack.core.network.SatellitePair.Origin;
import io.skyrack.core.orbit.SatelliteOrbit;
import io.skyrack.core.plan.Constellation;
import io.skyrack.core.plan.CrosslinkPolicy;
import io.skyrack.core.plan.CrosslinkPolicy.LinkPair;
import io.skyrack.core.plan.CrosslinkPolicy.TopologyRule;
import io.skyrack.core.plan.OpticalTerminalSpec;
import io.skyrack.core.plan.Plan;
import io.skyrack.core.plan.SatelliteRoster.Entry;
import io.skyrack.core.plan.SatelliteTemplate;
import io.skyrack.core.plan.WalkerConstellationSpec;
import io.skyrack.core.plan.WalkerConstellationSpec.WalkerPattern;
import io.skyrack.core.validation.Finding;
import java.util.List;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CrosslinkTopologyTest {

    private static final Plan WALKER = TestGrids.sample("walker-1584");

    private static WalkerConstellationSpec shell() {
        return (WalkerConstellationSpec) WALKER.constellations().get(0);
    }

    private static SatelliteTemplate withTerminals(SatelliteTemplate t, int count) {
        OpticalTerminalSpec s = t.terminals();
        return new SatelliteTemplate(t.busName(), t.busMass(), t.tileArray(), t.attitude(),
                new OpticalTerminalSpec(count, s.maxRange(), s.model()), t.battery());
    }

    private static Plan walker(WalkerPattern pattern, int planes, int perPlane, int phasing, double inclinationDeg) {
        WalkerConstellationSpec w = shell();
        return WALKER.withConstellations(List.of(new WalkerConstellationSpec("w", "w", pattern, planes, perPlane,
                phasing, w.altitude(), Math.toRadians(inclinationDeg), 0.0, w.template())));
    }

    private static boolean hasCode(List<Finding> findings, String code) {
        return findings.stream().anyMatch(f -> f.code().equals(code));
    }

    @Test
    void everySatelliteOfTheWalkerDeltaSampleHasDegreeFour() {
        CrosslinkTopology t = CrosslinkTopology.of(WALKER);
        assertEquals(1584, t.satellites().size());
        assertEquals(2 * 1584, t.pairs().size());
        int[] degree = new int[1584];
        for (SatellitePair p : t.pairs()) {
            degree[p.a()]++;
            degree[p.b()]++;
        }
        for (int i = 0; i < degree.length; i++) {
            assertEquals(4, degree[i], t.satellites().get(i).name());
        }
        assertEquals(1584, t.pairs().stream().filter(p -> p.origin() == Origin.PLUS_GRID_IN_PLANE).count());
        assertFalse(hasCode(t.findings(), "link.terminal-limit"));
    }

    /**
     * The cross-plane neighbour of each satellite, including across the delta's seam, is the nearest
     * satellite of the next plane at the epoch: this checks the phasing shift against Orekit's positions.
     */
    @ParameterizedTest(name = "delta {0}/{1}/{2} at {3}°")
    @CsvSource({"72, 22, 1, 53", "40, 20, 5, 70", "30, 12, 11, 75"})
    void crossPlaneNeighbourIsTheNearestSatelliteOfTheNextPlane(int planes, int perPlane, int phasing, double inc) {
        Plan plan = walker(WalkerPattern.DELTA, planes, perPlane, phasing, inc);
        CrosslinkTopology t = CrosslinkTopology.of(plan);
        List<SatelliteOrbit> orbits = TestGrids.orbits(plan);
        List<Entry> sats = t.satellites();
        int seamPairs = 0;
        for (SatellitePair p : t.pairs()) {
            if (p.origin() != Origin.PLUS_GRID_CROSS_PLANE) {
                continue;
            }
            Entry a = sats.get(p.a());
            Entry b = sats.get(p.b());
            // orient the pair from plane q to plane q + 1 (mod P)
            Entry from = (a.plane() + 1) % planes == b.plane() ? a : b;
            Entry to = from == a ? b : a;
            assertEquals((from.plane() + 1) % planes, to.plane());
            if (to.plane() == 0) {
                seamPairs++;
                assertEquals((from.slot() + phasing) % perPlane, to.slot());
            }
            Vector3D r = orbits.get(index(from, perPlane)).orbit().getPosition();
            double chosen = Vector3D.distance(r, orbits.get(index(to, perPlane)).orbit().getPosition());
            for (int s = 0; s < perPlane; s++) {
                double other = Vector3D.distance(r, orbits.get(to.plane() * perPlane + s).orbit().getPosition());
                assertTrue(chosen <= other, from + " → " + to + ": slot " + s + " is nearer");
            }
        }
        assertEquals(perPlane, seamPairs);
    }

    private static int index(Entry e, int perPlane) {
        return e.plane() * perPlane + e.slot();
    }

    @Test
    void walkerStarHasNoLinksAcrossItsSeam() {
        Plan plan = walker(WalkerPattern.STAR, 6, 11, 2, 86.4);
        CrosslinkTopology t = CrosslinkTopology.of(plan);
        for (int i = 0; i < t.satellites().size(); i++) {
            int plane = t.satellites().get(i).plane();
            assertEquals(plane == 0 || plane == 5 ? 3 : 4, t.degree(i), t.satellites().get(i).name());
        }
        for (SatellitePair p : t.pairs()) {
            int pa = t.satellites().get(p.a()).plane();
            int pb = t.satellites().get(p.b()).plane();
            assertTrue(Math.abs(pa - pb) <= 1, p.toString());
        }
    }

    @Test
    void sunSynchronousPlaneIsARing() {
        CrosslinkTopology t = CrosslinkTopology.of(TestGrids.sample("kepler-edge"));
        assertEquals(10, t.pairs().size());
        for (int i = 0; i < 10; i++) {
            assertEquals(2, t.degree(i), t.satellites().get(i).name());
        }
        assertTrue(t.pairs().stream().anyMatch(p -> p.nameA().equals("kepler-01") && p.nameB().equals("kepler-10")));
    }

    @Test
    void plusGridIsNotDefinedForExplicitConstellations() {
        Plan plan = TestGrids.sample("suncatcher-cluster").withCrosslinks(CrosslinkPolicy.plusGrid(5e6, 1e5));
        CrosslinkTopology t = CrosslinkTopology.of(plan);
        assertTrue(t.pairs().isEmpty());
        assertTrue(hasCode(t.findings(), "link.plus-grid-undefined"));
        assertTrue(hasCode(t.findings(), "link.none"));
        Finding f = t.findings().stream().filter(x -> x.code().equals("link.plus-grid-undefined")).findFirst()
                .orElseThrow();
        assertEquals("/constellations/0", f.path());
        assertEquals(Finding.Severity.WARNING, f.severity());
    }

    @Test
    void twoTerminalsKeepTheInPlaneRings() {
        Constellation c = shell().withTemplate(withTerminals(shell().template(), 2));
        CrosslinkTopology t = CrosslinkTopology.of(WALKER.withConstellations(List.of(c)));
        assertEquals(1584, t.pairs().size());
        assertTrue(t.pairs().stream().allMatch(p -> p.origin() == Origin.PLUS_GRID_IN_PLANE));
        for (int i = 0; i < 1584; i++) {
            assertEquals(2, t.degree(i));
            assertEquals(0, t.freeTerminals(i));
        }
        assertTrue(hasCode(t.findings(), "link.terminal-limit"));
    }

    @Test
    void threeTerminalsNeverExceededAndRingsKept() {
        Constellation c = shell().withTemplate(withTerminals(shell().template(), 3));
        CrosslinkTopology t = CrosslinkTopology.of(WALKER.withConstellations(List.of(c)));
        for (int i = 0; i < 1584; i++) {
            assertTrue(t.degree(i) <= 3);
        }
        assertEquals(1584, t.pairs().stream().filter(p -> p.origin() == Origin.PLUS_GRID_IN_PLANE).count());
        // one cross-plane terminal each: every other plane pair in a ring of 72 planes gets its 22 links
        assertEquals(36 * 22, t.pairs().stream().filter(p -> p.origin() == Origin.PLUS_GRID_CROSS_PLANE).count());
    }

    @Test
    void satellitesWithoutTerminalsHaveNoLinks() {
        Constellation c = shell().withTemplate(withTerminals(shell().template(), 0));
        CrosslinkTopology t = CrosslinkTopology.of(WALKER.withConstellations(List.of(c)));
        assertTrue(t.pairs().isEmpty());
        assertTrue(hasCode(t.findings(), "link.no-terminals"));
    }

    @Test
    void manualPairsAreAddedToPlusGridAndTakeTerminalsFirst() {
        Plan kepler = TestGrids.sample("kepler-edge");
        Plan plan = WALKER.withConstellations(List.of(shell(), kepler.constellations().get(0)))
                .withCrosslinks(new CrosslinkPolicy(TopologyRule.PLUS_GRID, 4, 5e6, 8e4, 1e-3,
                        List.of(new LinkPair("shell-P01-S01", "kepler-01"))));
        CrosslinkTopology t = CrosslinkTopology.of(plan);
        int shell0 = 0;
        int kepler0 = 1584;
        SatellitePair manual = t.pairs().stream().filter(p -> p.a() == shell0 && p.b() == kepler0).findFirst()
                .orElseThrow();
        assertEquals(Origin.MANUAL, manual.origin());
        // the shell satellite has four terminals: the manual pair displaces one cross-plane link
        assertEquals(4, t.degree(shell0));
        assertEquals(2, t.pairs().stream().filter(p -> p.involves(shell0) && p.origin() == Origin.PLUS_GRID_IN_PLANE)
                .count());
        assertEquals(3, t.degree(kepler0));
        assertTrue(hasCode(t.findings(), "link.terminal-limit"));
        assertTrue(hasCode(t.findings(), "link.plus-grid-per-constellation"));
    }

    @Test
    void manualRuleGivesExactlyTheListedPairs() {
        CrosslinkTopology t = CrosslinkTopology.of(TestGrids.sample("sophia-tile-demo"));
        assertEquals(1, t.pairs().size());
        SatellitePair p = t.pairs().get(0);
        assertEquals(List.of("sophia-1", "sophia-2"), List.of(p.nameA(), p.nameB()));
        assertEquals(Origin.MANUAL, p.origin());
    }
}
