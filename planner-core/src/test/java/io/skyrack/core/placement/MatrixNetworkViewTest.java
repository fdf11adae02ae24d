package io.skyrack.core.placement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.skyrack.core.plan.Workload.DataSource;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Latencies and routes on hand-made graphs whose shortest paths can be read off. */
class MatrixNetworkViewTest {

    private static final double TOL = 1e-12;

    /** A square a–b–c–d–a with 1 ms sides and a 2.5 ms diagonal a–c; the ground reaches only d, in 20 ms. */
    private static MatrixNetworkView square() {
        return new MatrixNetworkView(List.of("a", "b", "c", "d"), List.of(
                new NetworkLink("ab", "a", "b", 0.001, 1e9), new NetworkLink("bc", "b", "c", 0.001, 1e9),
                new NetworkLink("cd", "c", "d", 0.001, 1e9), new NetworkLink("da", "d", "a", 0.001, 1e9),
                new NetworkLink("ac", "a", "c", 0.0025, 2e9)),
                new double[] {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, 0.020});
    }

    @Test
    void shortestLatencyRoutesFromASatellite() {
        MatrixNetworkView n = square();
        DataSource a = DataSource.satellite("a");
        assertEquals(0.0, n.latency(a, "a"), TOL);
        assertEquals(List.of(), n.route(a, "a"));
        assertEquals(0.002, n.latency(a, "c"), TOL);
        assertEquals(List.of("ab", "bc"), n.route(a, "c"));
        assertEquals(List.of("da"), n.route(a, "d"));
        assertEquals(2e9, n.linkCapacity("ac"), TOL);
    }

    @Test
    void groundRoutesStartAtTheUplinkedSatellite() {
        MatrixNetworkView n = square();
        assertEquals(0.020, n.latency(DataSource.ground(), "d"), TOL);
        assertEquals(List.of(), n.route(DataSource.ground(), "d"));
        assertEquals(0.022, n.latency(DataSource.ground(), "b"), TOL);
        assertEquals(2, n.route(DataSource.ground(), "b").size());
    }

    @Test
    void dataOnEverySatelliteCrossesNoLink() {
        MatrixNetworkView n = square();
        assertEquals(0.0, n.latency(DataSource.anySatellite(), "c"), TOL);
        assertEquals(List.of(), n.route(DataSource.anySatellite(), "c"));
        assertEquals(Double.POSITIVE_INFINITY, n.latency(DataSource.anySatellite(), "nowhere"));
    }

    @Test
    void removingALinkReroutes() {
        MatrixNetworkView n = square().withoutLinks(Set.of("bc"));
        DataSource a = DataSource.satellite("a");
        // a–d–c is now as short as the chain was
        assertEquals(0.002, n.latency(a, "c"), TOL);
        assertEquals(List.of("da", "cd"), n.route(a, "c"));
        MatrixNetworkView m = n.withoutLinks(Set.of("cd"));
        assertEquals(0.0025, m.latency(a, "c"), TOL);
        assertEquals(List.of("ac"), m.route(a, "c"));
        assertEquals(List.of("ab", "da", "ac"), m.links());
    }

    @Test
    void removingASatelliteCutsWhatReliedOnIt() {
        MatrixNetworkView n = square().withoutSatellite("d");
        assertEquals(Double.POSITIVE_INFINITY, n.latency(DataSource.ground(), "a"));
        assertEquals(Double.POSITIVE_INFINITY, n.latency(DataSource.satellite("a"), "d"));
        assertEquals(Double.POSITIVE_INFINITY, n.latency(DataSource.satellite("d"), "a"));
        assertEquals(Double.POSITIVE_INFINITY, n.latency(DataSource.anySatellite(), "d"));
        assertEquals(List.of(), n.route(DataSource.ground(), "a"));
        assertEquals(List.of("ab", "bc", "ac"), n.links());
    }

    @Test
    void unknownNamesAreUnreachable() {
        MatrixNetworkView n = square();
        assertEquals(Double.POSITIVE_INFINITY, n.latency(DataSource.satellite("x"), "a"));
        assertEquals(Double.POSITIVE_INFINITY, n.latency(DataSource.satellite("a"), "x"));
        assertThrows(IllegalArgumentException.class, () -> n.linkCapacity("x"));
    }

    @Test
    void ringsOfTwoHaveOneLink() {
        assertEquals(1, MatrixNetworkView.ring(List.of("a", "b"), 0.001, 1e9, 0.01).links().size());
        assertEquals(3, MatrixNetworkView.ring(List.of("a", "b", "c"), 0.001, 1e9, 0.01).links().size());
    }

    @Test
    void rejectsInconsistentGraphs() {
        assertThrows(IllegalArgumentException.class, () -> new MatrixNetworkView(List.of("a", "b"),
                List.of(new NetworkLink("ab", "a", "z", 0.001, 1e9)), new double[2]));
        assertThrows(IllegalArgumentException.class, () -> new MatrixNetworkView(List.of("a", "b"),
                List.of(new NetworkLink("ab", "a", "b", 0.001, 1e9), new NetworkLink("ab", "b", "a", 0.001, 1e9)),
                new double[2]));
        assertThrows(IllegalArgumentException.class, () -> new MatrixNetworkView(List.of("a", "a"), List.of(),
                new double[2]));
        assertThrows(IllegalArgumentException.class, () -> new MatrixNetworkView(List.of("a", "b"), List.of(),
                new double[1]));
        assertThrows(IllegalArgumentException.class, () -> new NetworkLink("aa", "a", "a", 0.001, 1e9));
    }
}
