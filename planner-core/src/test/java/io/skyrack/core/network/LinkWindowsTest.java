package io.skyrack.core.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.skyrack.core.orbit.EarthConstants;
import io.skyrack.core.orbit.EphemerisGrid;
import io.skyrack.core.orbit.SatelliteOrbit;
import io.skyrack.core.plan.CrosslinkPolicy;
import io.skyrack.core.plan.CrosslinkPolicy.LinkPair;
import io.skyrack.core.plan.CrosslinkPolicy.TopologyRule;
import io.skyrack.core.plan.ExplicitConstellationSpec;
import io.skyrack.core.plan.ExplicitConstellationSpec.KeplerianSatellite;
import io.skyrack.core.plan.OpticalTerminalSpec;
import io.skyrack.core.plan.OpticalTerminalSpec.LinkBudget;
import io.skyrack.core.plan.OpticalTerminalSpec.TerminalModel;
import io.skyrack.core.plan.Plan;
import io.skyrack.core.plan.SatelliteTemplate;
import io.skyrack.core.progress.ProgressMonitor;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.junit.jupiter.api.Test;
import org.orekit.attitudes.FrameAlignedProvider;
import org.orekit.bodies.OneAxisEllipsoid;
import org.orekit.frames.Frame;
import org.orekit.orbits.Orbit;
import org.orekit.propagation.analytical.KeplerianPropagator;
import org.orekit.propagation.events.EventsLogger;
import org.orekit.propagation.events.InterSatDirectViewDetector;
import org.orekit.time.AbsoluteDate;

/** Availability windows against Orekit: line of sight by its detector, range and margin by direct evaluation. */
class LinkWindowsTest {

    private static final Plan BASE = TestGrids.sample("sophia-tile-demo");
    private static final Instant START = BASE.epoch();
    private static final double STEP = 60.0;
    private static final int STEPS = 361;
    private static final double MARGIN = 80_000.0;
    private static final Frame ITRF = TestGrids.OREKIT.itrf();
    private static final OneAxisEllipsoid EARTH =
            new OneAxisEllipsoid(EarthConstants.EQUATORIAL_RADIUS, EarthConstants.FLATTENING, ITRF);

    /** Five satellites in different planes and shells, so that lines of sight open and close. */
    private static Plan plan(double maxRange, TerminalModel model) {
        double re = EarthConstants.EQUATORIAL_RADIUS;
        List<KeplerianSatellite> sats = List.of(
                new KeplerianSatellite("s1", re + 550e3, 0.0, Math.toRadians(53), 0, 0, 0),
                new KeplerianSatellite("s2", re + 1200e3, 0.001, Math.toRadians(97), 0.3, Math.toRadians(60),
                        Math.toRadians(30)),
                new KeplerianSatellite("s3", re + 800e3, 0.0, Math.toRadians(30), 0, Math.toRadians(200),
                        Math.toRadians(270)),
                new KeplerianSatellite("s4", re + 550e3, 0.0, Math.toRadians(53), 0, Math.toRadians(90),
                        Math.toRadians(90)),
                new KeplerianSatellite("s5", re + 600e3, 0.0, Math.toRadians(70), 0, Math.toRadians(20),
                        Math.toRadians(200)));
        SatelliteTemplate t = BASE.constellations().get(0).template();
        SatelliteTemplate template = new SatelliteTemplate(t.busName(), t.busMass(), t.tileArray(), t.attitude(),
                new OpticalTerminalSpec(4, 1e9, model), t.battery());
        List<LinkPair> pairs = new ArrayList<>();
        for (int a = 0; a < sats.size(); a++) {
            for (int b = a + 1; b < sats.size(); b++) {
                pairs.add(new LinkPair(sats.get(a).name(), sats.get(b).name()));
            }
        }
        return BASE.withConstellations(List.of(new ExplicitConstellationSpec("x", "x", sats, template)))
                .withWorkloads(List.of())
                .withCrosslinks(new CrosslinkPolicy(TopologyRule.MANUAL, 1, maxRange, MARGIN, 1e-3, pairs));
    }

    private static CrosslinkSchedule analyze(Plan plan) {
        EphemerisGrid grid = TestGrids.keplerian(plan, START, STEP, STEPS);
        return new CrosslinkAnalyzer(TestGrids.OREKIT).analyze(plan, grid, TestGrids.sun(grid), ProgressMonitor.NONE);
    }

    private static double seconds(Instant t) {
        return Duration.between(START, t).toNanos() * 1e-9;
    }

    private static KeplerianPropagator propagator(Orbit o) {
        return new KeplerianPropagator(o, new FrameAlignedProvider(o.getFrame()));
    }

    /** Orekit's visibility events of a pair over the grid's span: {time (s), +1 rising / −1 setting}. */
    private static List<double[]> detectorEvents(SatelliteOrbit a, SatelliteOrbit b) {
        AbsoluteDate t0 = TestGrids.OREKIT.date(START);
        InterSatDirectViewDetector detector = new InterSatDirectViewDetector(EARTH, propagator(b.orbit()))
                .withSkimmingAltitude(MARGIN).withMaxCheck(10.0).withThreshold(1e-6);
        EventsLogger logger = new EventsLogger();
        KeplerianPropagator primary = propagator(a.orbit());
        primary.addEventDetector(logger.monitorDetector(detector));
        primary.propagate(t0, t0.shiftedBy((STEPS - 1) * STEP));
        List<double[]> out = new ArrayList<>();
        for (EventsLogger.LoggedEvent e : logger.getLoggedEvents()) {
            out.add(new double[] {e.getDate().durationFrom(t0), e.isIncreasing() ? 1 : -1});
        }
        return out;
    }

    /** Window boundaries of a pair that are not the ends of the grid: {time (s), +1 start / −1 end}. */
    private static List<double[]> boundaries(CrosslinkSchedule s, String a, String b) {
        double last = (STEPS - 1) * STEP;
        List<double[]> out = new ArrayList<>();
        for (LinkWindow w : s.windows()) {
            if (w.satelliteA().equals(a) && w.satelliteB().equals(b)) {
                if (seconds(w.start()) > 0) {
                    out.add(new double[] {seconds(w.start()), 1});
                }
                if (seconds(w.end()) < last) {
                    out.add(new double[] {seconds(w.end()), -1});
                }
            }
        }
        return out;
    }

    @Test
    void lineOfSightAgreesWithOrekitsInterSatelliteDetector() {
        Plan plan = plan(1e9, new OpticalTerminalSpec.FixedRate(2.5e9));
        CrosslinkSchedule s = analyze(plan);
        List<SatelliteOrbit> orbits = TestGrids.orbits(plan);
        int events = 0;
        for (int p = 0; p < s.pairs().size(); p++) {
            SatellitePair sp = s.pairs().get(p);
            List<double[]> expected = detectorEvents(orbits.get(sp.a()), orbits.get(sp.b()));
            // on the grid: availability changes between two steps exactly where an event lies between them
            for (int k = 0; k + 1 < STEPS; k++) {
                double t0 = k * STEP;
                double t1 = t0 + STEP;
                long inside = expected.stream().filter(e -> e[0] > t0 && e[0] <= t1).count();
                boolean changes = s.isAvailable(p, k) != s.isAvailable(p, k + 1);
                assertEquals(inside % 2 == 1, changes, sp.nameA() + "–" + sp.nameB() + " step " + k);
            }
            // refined: every boundary within 1 s of the detector's event of the same direction
            List<double[]> actual = boundaries(s, sp.nameA(), sp.nameB());
            assertEquals(expected.size(), actual.size(), sp.nameA() + "–" + sp.nameB());
            for (int i = 0; i < expected.size(); i++) {
                assertEquals(expected.get(i)[1], actual.get(i)[1], 0.0);
                assertEquals(expected.get(i)[0], actual.get(i)[0], 1.0, sp.nameA() + "–" + sp.nameB());
                // in fact far closer: the Hermite interpolation error is centimetres
                assertEquals(expected.get(i)[0], actual.get(i)[0], 0.01, sp.nameA() + "–" + sp.nameB());
            }
            events += expected.size();
        }
        assertTrue(events >= 20, "the scenario should open and close links many times: " + events);
    }

    /** Exactly available at time t: line of sight by Orekit's ellipsoid, range, and margin when budgeted. */
    private static boolean availableByOrekit(List<SatelliteOrbit> orbits, SatellitePair sp, double t) {
        AbsoluteDate date = TestGrids.OREKIT.date(START).shiftedBy(t);
        Vector3D a = position(orbits.get(sp.a()), date);
        Vector3D b = position(orbits.get(sp.b()), date);
        double lowest = EARTH.lowestAltitudeIntermediate(a, b).getAltitude();
        return lowest >= MARGIN && Vector3D.distance(a, b) <= sp.link().maxRange();
    }

    private static Vector3D position(SatelliteOrbit o, AbsoluteDate date) {
        return o.orbit().shiftedBy(date.durationFrom(o.orbit().getDate())).getPosition(ITRF);
    }

    @Test
    void rangeAndBudgetBoundariesAreWithinOneSecond() {
        // 1 W, 5 cm apertures: the budget closes at 2,836 km (margin 129.054 dB at 1 m), inside the 3,000 km range
        LinkBudget budget = new LinkBudget(1.0, 0.05, 0.05, 1550e-9, 3.0, -40.0, 10e9);
        for (TerminalModel model : List.of(new OpticalTerminalSpec.FixedRate(2.5e9), budget)) {
            Plan plan = plan(3_000e3, model);
            CrosslinkSchedule s = analyze(plan);
            List<SatelliteOrbit> orbits = TestGrids.orbits(plan);
            double last = (STEPS - 1) * STEP;
            assertFalse(s.windows().isEmpty());
            for (LinkWindow w : s.windows()) {
                SatellitePair sp = s.pairs().get(s.pairIndex(w.satelliteA(), w.satelliteB()).orElseThrow());
                double start = seconds(w.start());
                double end = seconds(w.end());
                assertTrue(start < end && start >= 0 && end <= last, w.toString());
                assertTrue(availableByOrekit(orbits, sp, Math.min(start + 1, 0.5 * (start + end))), w.toString());
                assertTrue(availableByOrekit(orbits, sp, Math.max(end - 1, 0.5 * (start + end))), w.toString());
                if (start > 0) {
                    assertFalse(availableByOrekit(orbits, sp, start - 1), w.toString());
                }
                if (end < last) {
                    assertFalse(availableByOrekit(orbits, sp, end + 1), w.toString());
                }
                assertTrue(w.maxRange() <= sp.link().maxRange() + 1.0, w.toString());
                assertTrue(w.minRange() <= w.maxRange());
                if (model instanceof LinkBudget) {
                    assertEquals(2_836e3, sp.link().maxRange(), 1e3);
                    assertEquals(sp.link().marginDb(w.maxRange()), w.marginDb(), 1e-9);
                    assertTrue(w.marginDb() >= -1e-5, w.toString());
                    assertEquals(10e9, w.rate(), 0.0);
                } else {
                    assertTrue(Double.isNaN(w.marginDb()));
                    assertEquals(2.5e9, w.rate(), 0.0);
                }
            }
        }
    }

    @Test
    void everyAvailableStepLiesInAWindowOfItsPair() {
        CrosslinkSchedule s = analyze(plan(1e9, new OpticalTerminalSpec.FixedRate(2.5e9)));
        int steps = 0;
        for (int p = 0; p < s.pairs().size(); p++) {
            SatellitePair sp = s.pairs().get(p);
            List<LinkWindow> own = s.windows().stream()
                    .filter(w -> w.satelliteA().equals(sp.nameA()) && w.satelliteB().equals(sp.nameB())).toList();
            for (int k = 0; k < STEPS; k++) {
                double t = k * STEP;
                boolean inWindow = own.stream().anyMatch(w -> seconds(w.start()) <= t && t <= seconds(w.end()));
                assertEquals(s.isAvailable(p, k), inWindow, sp + " step " + k);
                if (s.isAvailable(p, k)) {
                    steps++;
                }
            }
        }
        assertTrue(steps > 100, "available pair-steps: " + steps);
    }
}
