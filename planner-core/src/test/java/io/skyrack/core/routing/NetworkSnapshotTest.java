package io.skyrack.core.routing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.skyrack.core.contacts.Contacts;
import io.skyrack.core.contacts.StationGeometry;
import io.skyrack.core.orbit.EphemerisGrid;
import io.skyrack.core.plan.GroundStation;
import io.skyrack.core.progress.ProgressMonitor;
import java.time.Instant;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Routing on a hand-made network whose latencies can be added up by hand. */
class NetworkSnapshotTest {

    private static final double C = NetworkSnapshot.SPEED_OF_LIGHT;

    /** Four satellites on a line 1000 km apart (one step), above a station under satellite 0. */
    private static EphemerisGrid grid() {
        double r = 7_000_000;
        double[] x = {r, r, r, r};
        double[] y = {0, 1_000_000, 2_000_000, 3_000_000};
        double[] z = {0, 0, 0, 0};
        double[] zero = new double[4];
        return new EphemerisGrid(List.of("a", "b", "c", "d"), Instant.EPOCH, 60, 1,
                new double[][] {x, y, z, zero, zero, zero}, new double[][] {x.clone(), y.clone(), z.clone()});
    }

    /** Links a–b, b–c, c–d and a long shortcut a–d that is slower than the chain only with hop delays. */
    private static LinkState links(EphemerisGrid g) {
        int[][] pairs = {{0, 1}, {1, 2}, {2, 3}, {0, 3}};
        return new LinkState() {
            @Override
            public int pairCount() {
                return pairs.length;
            }

            @Override
            public int satelliteA(int p) {
                return pairs[p][0];
            }

            @Override
            public int satelliteB(int p) {
                return pairs[p][1];
            }

            @Override
            public boolean isUp(int p, int step) {
                return true;
            }

            @Override
            public double range(int p, int step) {
                int a = pairs[p][0];
                int b = pairs[p][1];
                return Math.abs(g.y()[a] - g.y()[b]);
            }
        };
    }

    @Test
    void perHopDelayDecidesBetweenShortcutAndChain() {
        EphemerisGrid g = grid();
        // the shortcut a-d is 3000 km, like the chain, so with a hop delay it wins with one hop instead of three
        NetworkSnapshot net = NetworkSnapshot.at(g, links(g), null, 0, 1e-3);
        NetworkSnapshot.Routes r = net.shortestFrom(0);
        assertEquals(1, r.hops()[3]);
        assertEquals(3_000_000 / C + 1e-3, r.latency()[3], 1e-12);
        assertEquals(2, r.hops()[2]);
        assertArrayEquals(new int[] {0, 1, 2}, r.path(2));
        assertEquals(4, net.edgeCount());
    }

    @Test
    void routesToGroundGoThroughTheSatelliteInContact() {
        EphemerisGrid g = grid();
        GroundStation gs = new GroundStation("gs", 0, 0, 0, Math.toRadians(10), 1e9);
        StationGeometry geo = StationGeometry.of(gs);
        BitSet visible = new BitSet();
        visible.set(g.index(0, 0));
        Contacts contacts = new Contacts(List.of(), List.of(visible), List.of(geo), 60);
        NetworkSnapshot net = NetworkSnapshot.at(g, links(g), contacts, 0, 1e-3);
        NetworkSnapshot.Routes r = net.toGround();
        double up = geo.range(g.fixedX()[0], g.fixedY()[0], g.fixedZ()[0]) / C + 1e-3;
        assertEquals(1, r.hops()[0]);
        assertEquals(up, r.latency()[0], 1e-12);
        assertEquals(2, r.hops()[1]);
        assertEquals(up + 1_000_000 / C + 1e-3, r.latency()[1], 1e-12);
        assertArrayEquals(new int[] {4, 0, 1}, r.path(1));
        NetworkSummary s = NetworkSummary.compute(g, links(g), contacts, 1e-3, ProgressMonitor.NONE);
        // hops to ground: a 1, b 2, c 3 (via b) or 3 (via d): 3, d 2 -> mean 2, max 3
        assertEquals(2.0, s.meanHopsToGround(), 1e-12);
        assertEquals(3, s.maxHopsToGround());
        assertEquals(0.0, s.unreachableShare(), 0.0);
        assertEquals(4.0, s.meanLinksUp(), 0.0);
    }

    @Test
    void withoutStationsNothingReachesTheGround() {
        EphemerisGrid g = grid();
        NetworkSummary s = NetworkSummary.compute(g, links(g), null, 1e-3, ProgressMonitor.NONE);
        assertEquals(1.0, s.unreachableShare(), 0.0);
    }
}
