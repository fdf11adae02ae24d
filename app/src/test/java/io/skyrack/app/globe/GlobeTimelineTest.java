package io.skyrack.app.globe;

import static io.skyrack.app.globe.GlobeFixtures.KEPLER_ANALYSIS;
import static io.skyrack.app.globe.GlobeFixtures.KEPLER_GEOMETRY;
import static io.skyrack.app.globe.GlobeFixtures.OREKIT;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.skyrack.core.contacts.Contact;
import io.skyrack.core.lighting.EclipseInterval;
import io.skyrack.core.orbit.EphemerisGrid;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GlobeTimelineTest {

    private static final GlobeTimeline TIMELINE = GlobeTimeline.of(KEPLER_ANALYSIS, KEPLER_GEOMETRY).orElseThrow();

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 100, 1440, 2880})
    void atASampleTheSatellitesAreWhereTheGridPutsThem(int k) {
        EphemerisGrid g = KEPLER_ANALYSIS.grid();
        GlobeFrame f = TIMELINE.newFrame();
        TIMELINE.frame(g.time(k), f);
        assertEquals(k, f.step);
        float[] expected = new float[3];
        for (int s = 0; s < g.satelliteCount(); s++) {
            int i = g.index(s, k);
            SceneUnits.toScene(g.x()[i], g.y()[i], g.z()[i], expected, 0);
            for (int c = 0; c < 3; c++) {
                assertEquals(expected[c], f.positions[3 * s + c], 1e-4);
            }
            assertEquals(KEPLER_ANALYSIS.lighting().illumination()[i], f.illumination[s], 1e-6);
        }
        double[] sun = {f.sun[0], f.sun[1], f.sun[2]};
        assertEquals(1, Math.sqrt(sun[0] * sun[0] + sun[1] * sun[1] + sun[2] * sun[2]), 1e-9);
    }

    /** Between samples the satellite is on its orbit, at the altitude of the shell. */
    @Test
    void betweenSamplesTheSatellitesStayOnTheirOrbit() {
        GlobeFrame f = TIMELINE.newFrame();
        EphemerisGrid g = KEPLER_ANALYSIS.grid();
        TIMELINE.frame(15.0 + 30 * 700, f);
        for (int s = 0; s < g.satelliteCount(); s++) {
            int i = g.index(s, 700);
            double r0 = Math.sqrt(g.x()[i] * g.x()[i] + g.y()[i] * g.y()[i] + g.z()[i] * g.z()[i]) / SceneUnits.METRES;
            float[] p = f.positions;
            double r = Math.sqrt(p[3 * s] * p[3 * s] + p[3 * s + 1] * p[3 * s + 1] + p[3 * s + 2] * p[3 * s + 2]);
            // the chord would sag 0.015 scene units (0.9 km) here; a km of eccentricity is allowed for
            assertEquals(r0, r, 0.2);
        }
    }

    @Test
    void theMeshesMapToTheGridByName() {
        List<String> names = KEPLER_GEOMETRY.constellations().get(0).names();
        int[] index = TIMELINE.gridIndex(0);
        for (int i = 0; i < names.size(); i++) {
            assertEquals(names.get(i), KEPLER_ANALYSIS.grid().names().get(index[i]));
            assertEquals(index[i], TIMELINE.indexOf(names.get(i)));
        }
        assertEquals(-1, TIMELINE.indexOf("no-such-satellite"));
    }

    @Test
    void anAnalysisOfOtherSatellitesDoesNotAnimateTheGlobe() {
        GlobeGeometry walker = GlobeGeometry.compute(GlobeFixtures.sample("starcloud-h100"), OREKIT);
        assertTrue(GlobeTimeline.of(KEPLER_ANALYSIS, walker).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 7, 1500, 2880})
    void linksOfAStepAreTheSchedulesAvailablePairs(int k) {
        var schedule = KEPLER_ANALYSIS.schedule();
        int[] pairs = schedule.availablePairs(k);
        assertEquals(pairs.length, TIMELINE.linkTo(k) - TIMELINE.linkFrom(k));
        for (int l = TIMELINE.linkFrom(k), n = 0; l < TIMELINE.linkTo(k); l++, n++) {
            assertEquals(schedule.pairs().get(pairs[n]).nameA(), KEPLER_ANALYSIS.grid().names().get(TIMELINE.linkA(l)));
            assertEquals(schedule.pairs().get(pairs[n]).nameB(), KEPLER_ANALYSIS.grid().names().get(TIMELINE.linkB(l)));
        }
        assertTrue(TIMELINE.maxLinks() >= pairs.length);
    }

    @Test
    void contactsOfAStepAreTheStationsInView() {
        var contacts = KEPLER_ANALYSIS.contacts();
        EphemerisGrid g = KEPLER_ANALYSIS.grid();
        int total = 0;
        for (int k = 0; k < g.stepCount(); k++) {
            List<String> expected = new ArrayList<>();
            for (int st = 0; st < contacts.visible().size(); st++) {
                for (int s = 0; s < g.satelliteCount(); s++) {
                    if (contacts.visible().get(st).get(g.index(s, k))) {
                        expected.add(st + "/" + s);
                    }
                }
            }
            List<String> actual = new ArrayList<>();
            for (int c = TIMELINE.contactFrom(k); c < TIMELINE.contactTo(k); c++) {
                actual.add(TIMELINE.contactStation(c) + "/" + TIMELINE.contactSatellite(c));
            }
            expected.sort(null);
            actual.sort(null);
            assertEquals(expected, actual, "step " + k);
            total += actual.size();
            assertTrue(actual.size() <= TIMELINE.maxContacts());
        }
        assertTrue(total > 0, "kepler-edge has ground contacts");
    }

    @Test
    void nextContactIsTheNextPassOfThatSatellite() {
        Contact first = KEPLER_ANALYSIS.contacts().passes().get(0);
        int s = first.satellite();
        double t = first.startSeconds() - 10;
        double expected = KEPLER_ANALYSIS.contacts().passes().stream().filter(c -> c.satellite() == s)
                .mapToDouble(Contact::startSeconds).filter(x -> x > t + 0.5).min().orElseThrow();
        assertEquals(expected, TIMELINE.nextContact(s, t), 1e-9);
        assertTrue(Double.isNaN(TIMELINE.nextContact(s, 1e9)));
    }

    /** Penumbra, umbra, penumbra in a row are one entry into the shadow; the next orbit's is another. */
    @Test
    void eclipseEntriesMergeTheShadowsPhases() {
        Instant t0 = Instant.parse("2026-03-20T00:00:00Z");
        List<EclipseInterval> list = List.of(
                interval(1, t0, 100, 110, EclipseInterval.Kind.PENUMBRA),
                interval(1, t0, 110, 2000, EclipseInterval.Kind.UMBRA),
                interval(1, t0, 2000, 2010, EclipseInterval.Kind.PENUMBRA),
                interval(0, t0, 50, 60, EclipseInterval.Kind.UMBRA),
                interval(1, t0, 5800, 5810, EclipseInterval.Kind.PENUMBRA));
        double[][] entries = GlobeTimeline.eclipseEntries(list, 3, 30);
        assertArrayEquals(new double[] {50}, entries[0]);
        assertArrayEquals(new double[] {100, 5800}, entries[1]);
        assertArrayEquals(new double[0], entries[2]);
        assertEquals(5800, GlobeTimeline.next(entries[1], 100), 1e-12);
        assertEquals(100, GlobeTimeline.next(entries[1], 99), 1e-12);
        assertTrue(Double.isNaN(GlobeTimeline.next(entries[1], 5800)));
    }

    private static EclipseInterval interval(int s, Instant t0, double a, double b, EclipseInterval.Kind kind) {
        return new EclipseInterval(s, "sat-" + s, t0.plusSeconds((long) a), t0.plusSeconds((long) b), a, b, kind);
    }

    @Test
    void rateClassesSpanTheSlowestToTheFastestPair() {
        byte[] bins = GlobeTimeline.rateBins(new double[] {1e9, 10e9, 100e9, Math.sqrt(10) * 1e9});
        assertEquals(0, bins[0]);
        assertEquals(GlobeTimeline.RATE_BINS - 1, bins[2]);
        assertEquals(Math.round((GlobeTimeline.RATE_BINS - 1) / 2.0), bins[1]);
        assertTrue(bins[3] > bins[0] && bins[3] < bins[1]);
        byte[] same = GlobeTimeline.rateBins(new double[] {2.5e9, 2.5e9});
        assertEquals(Arrays.toString(new byte[] {GlobeTimeline.RATE_BINS - 1, GlobeTimeline.RATE_BINS - 1}),
                Arrays.toString(same));
    }

    @Test
    void ringsDriftWithTheNodeOfTheirPlane() {
        GlobeFrame start = TIMELINE.newFrame();
        GlobeFrame end = TIMELINE.newFrame();
        TIMELINE.frame(0, start);
        TIMELINE.frame(TIMELINE.duration(), end);
        // a sun-synchronous plane turns eastward with the Sun: 360° a year, about 0.986° a day
        assertEquals(0, Math.toDegrees(start.ringSpin[0]), 0.05);
        assertEquals(0.9856, Math.toDegrees(end.ringSpin[0] - start.ringSpin[0]), 0.02);
    }

    /**
     * Routes drawn for a selected satellite: at every tenth step, a route runs from a station in contact with its
     * first satellite, over crosslinks up at that step, to the satellite; its hop count is the fewest any path has
     * (a breadth-first search over the same links and contacts, independent of the latency search) or more only
     * when a longer path is faster; and there is a route exactly when the breadth-first search finds one.
     */
    @Test
    void routesToTheGroundFollowLinksUpAndContactsAtTheStep() {
        var a = KEPLER_ANALYSIS;
        int n = a.grid().satelliteCount();
        int stations = a.contacts().stations().size();
        int checked = 0;
        for (int k = 0; k < a.grid().stepCount(); k += 10) {
            java.util.List<java.util.Set<Integer>> adj = new java.util.ArrayList<>();
            for (int v = 0; v < n + stations; v++) {
                adj.add(new java.util.HashSet<>());
            }
            for (int p = 0; p < a.links().pairCount(); p++) {
                if (a.links().isUp(p, k)) {
                    adj.get(a.links().satelliteA(p)).add(a.links().satelliteB(p));
                    adj.get(a.links().satelliteB(p)).add(a.links().satelliteA(p));
                }
            }
            for (int st = 0; st < stations; st++) {
                for (int i = 0; i < n; i++) {
                    if (a.contacts().visible().get(st).get(a.grid().index(i, k))) {
                        adj.get(n + st).add(i);
                        adj.get(i).add(n + st);
                    }
                }
            }
            int[] fewest = new int[n + stations];
            java.util.Arrays.fill(fewest, -1);
            java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>();
            for (int st = 0; st < stations; st++) {
                fewest[n + st] = 0;
                queue.add(n + st);
            }
            while (!queue.isEmpty()) {
                int v = queue.poll();
                for (int w : adj.get(v)) {
                    if (fewest[w] < 0) {
                        fewest[w] = fewest[v] + 1;
                        queue.add(w);
                    }
                }
            }
            for (int sat = 0; sat < n; sat++) {
                int[] path = TIMELINE.routeToGround(sat, k);
                if (fewest[sat] < 0) {
                    assertEquals(0, path.length, "no route where no path exists");
                    continue;
                }
                assertTrue(path.length >= 2);
                assertTrue(path[0] >= n, "starts at a station");
                assertEquals(sat, path[path.length - 1]);
                assertTrue(path.length - 1 >= fewest[sat]);
                for (int h = 0; h + 1 < path.length; h++) {
                    assertTrue(adj.get(path[h]).contains(path[h + 1]), "hop " + h + " is up at step " + k);
                    assertTrue(path[h + 1] < n, "only the first node is a station");
                }
                checked++;
            }
        }
        assertTrue(checked > 20, "routes checked: " + checked);
    }
}
