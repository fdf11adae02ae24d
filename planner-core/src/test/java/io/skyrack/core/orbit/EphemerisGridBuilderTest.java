package io.skyrack.core.orbit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.skyrack.core.orbit.EphemerisGridBuilder.Model;
import io.skyrack.core.orekit.OrekitContext;
import io.skyrack.core.persistence.PlanFiles;
import io.skyrack.core.plan.AnalysisAssumptions;
import io.skyrack.core.plan.AnalysisAssumptions.PropagatorChoice;
import io.skyrack.core.plan.AnalysisWindow;
import io.skyrack.core.plan.Constellation;
import io.skyrack.core.plan.ExplicitConstellationSpec;
import io.skyrack.core.plan.ExplicitConstellationSpec.KeplerianSatellite;
import io.skyrack.core.plan.Plan;
import io.skyrack.core.plan.TleConstellationSpec;
import io.skyrack.core.plan.TleConstellationSpec.TleEntry;
import io.skyrack.core.plan.WalkerConstellationSpec;
import io.skyrack.core.progress.ProgressMonitor;
import io.skyrack.core.samples.SamplePlans;
import io.skyrack.gpu.GpuCatalog;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.junit.jupiter.api.Test;
import org.orekit.attitudes.FrameAlignedProvider;
import org.orekit.errors.OrekitException;
import org.orekit.frames.Frame;
import org.orekit.orbits.Orbit;
import org.orekit.propagation.PropagationType;
import org.orekit.propagation.analytical.EcksteinHechlerPropagator;
import org.orekit.propagation.analytical.KeplerianPropagator;
import org.orekit.propagation.analytical.tle.TLE;
import org.orekit.propagation.analytical.tle.TLEPropagator;
import org.orekit.time.AbsoluteDate;
import org.orekit.utils.PVCoordinates;

/**
 * The grid against Orekit's own propagators, satellite by satellite and step by step. The fast
 * Eckstein-Hechler evaluation reproduces Orekit to about 3e-7 m and 3e-10 m/s; the tolerances leave a
 * factor of 30 to 100 for rounding on other processors.
 */
class EphemerisGridBuilderTest {

    private static final OrekitContext OREKIT = OrekitContext.bundled();
    private static final GpuCatalog CATALOG = GpuCatalog.builtIn();
    private static final Frame EME = OREKIT.eme2000();
    /** Eckstein-Hechler and two-body positions agree with Orekit to this (m). */
    private static final double POSITION_TOL = 1e-5;
    /** Eckstein-Hechler and two-body velocities agree with Orekit to this (m/s). */
    private static final double VELOCITY_TOL = 1e-8;
    /** SGP4 and frame transforms agree with Orekit to this (m). */
    private static final double MM = 1e-3;
    private static final double MASS = 1000.0;

    private static Plan sample(String name) {
        return PlanFiles.parse(SamplePlans.text(name), CATALOG).plan().orElseThrow();
    }

    private static EcksteinHechlerPropagator orekitEh(Orbit o, PropagationType type) {
        return new EcksteinHechlerPropagator(o, FrameAlignedProvider.of(o.getFrame()), MASS,
                EarthConstants.GRAVITY_FIELD_RADIUS, EarthConstants.MU, EarthConstants.C20, EarthConstants.C30,
                EarthConstants.C40, EarthConstants.C50, EarthConstants.C60, type);
    }

    /** @return largest {position (m), velocity (m/s)} difference of one satellite over every stride-th step */
    private static double[] maxDifference(EphemerisGrid g, int sat, int stride,
                                          Function<AbsoluteDate, PVCoordinates> reference) {
        AbsoluteDate start = OREKIT.date(g.start());
        double dp = 0;
        double dv = 0;
        for (int k = 0; k < g.stepCount(); k += stride) {
            PVCoordinates pv = reference.apply(start.shiftedBy(g.time(k)));
            int i = g.index(sat, k);
            dp = Math.max(dp, pv.getPosition().distance(new Vector3D(g.x()[i], g.y()[i], g.z()[i])));
            dv = Math.max(dv, pv.getVelocity().distance(new Vector3D(g.vx()[i], g.vy()[i], g.vz()[i])));
        }
        return new double[] {dp, dv};
    }

    private static void assertMatchesEh(Plan plan, EphemerisGridBuilder.Result r, List<Integer> sats, int stride,
                                        PropagationType type) {
        List<SatelliteOrbit> orbits = new ConstellationOrbits(OREKIT).build(plan);
        for (int s : sats) {
            EcksteinHechlerPropagator eh = orekitEh(orbits.get(s).orbit(), type);
            double[] d = maxDifference(r.grid(), s, stride, date -> eh.propagate(date).getPVCoordinates(EME));
            String name = orbits.get(s).name();
            assertTrue(d[0] <= POSITION_TOL, name + ": position differs from Orekit by " + d[0] + " m");
            assertTrue(d[1] <= VELOCITY_TOL, name + ": velocity differs from Orekit by " + d[1] + " m/s");
        }
    }

    private static Plan withAssumptions(Plan p, PropagatorChoice choice) {
        AnalysisAssumptions a = p.assumptions();
        return new Plan(p.name(), p.description(), p.epoch(), p.window(), p.tiles(), p.constellations(),
                p.groundStations(), p.crosslinks(), p.workloads(),
                new AnalysisAssumptions(a.environment(), a.missionYear(), a.capacityBasis(), choice));
    }

    private static Plan explicit(Plan base, List<KeplerianSatellite> sats) {
        Constellation c = base.constellations().get(0);
        return base.withConstellations(List.of(new ExplicitConstellationSpec("x", "explicit", sats, c.template())));
    }

    @Test
    void walkerShellMatchesOrekitEcksteinHechlerWithMeanElements() {
        Plan p = sample("walker-1584");
        p = p.withWindow(new AnalysisWindow(p.window().start(), 86_400.0, 300.0));
        EphemerisGridBuilder.Result r = new EphemerisGridBuilder(OREKIT).buildWithNotes(p, ProgressMonitor.NONE);
        assertEquals(1584, r.grid().satelliteCount());
        assertEquals(289, r.grid().stepCount());
        assertEquals(Collections.nCopies(1584, Model.ECKSTEIN_HECHLER_MEAN), r.models());
        assertEquals(List.of(), r.fallbacks());
        List<Integer> sats = new ArrayList<>();
        for (int s = 0; s < 1584; s += 53) {
            sats.add(s);
        }
        sats.add(1583);
        assertMatchesEh(p, r, sats, 1, PropagationType.MEAN);
    }

    @Test
    void windowStartingAfterTheEpochWithAnOddStepMatchesOrekit() {
        Plan p = sample("walker-1584");
        p = p.withWindow(new AnalysisWindow(p.epoch().plusMillis(10_800_250), 21_600.0, 47.0));
        EphemerisGridBuilder.Result r = new EphemerisGridBuilder(OREKIT).buildWithNotes(p, ProgressMonitor.NONE);
        assertEquals(p.window().sampleCount(), r.grid().stepCount());
        assertEquals(p.window().start(), r.grid().start());
        assertEquals(47.0, r.grid().step());
        assertMatchesEh(p, r, List.of(0, 791, 1583), 1, PropagationType.MEAN);
    }

    @Test
    void sunSynchronousPlaneMatchesOrekitEcksteinHechlerOverADay() {
        Plan p = sample("kepler-edge");
        EphemerisGridBuilder.Result r = new EphemerisGridBuilder(OREKIT).buildWithNotes(p, ProgressMonitor.NONE);
        assertEquals(Collections.nCopies(10, Model.ECKSTEIN_HECHLER_MEAN), r.models());
        assertMatchesEh(p, r, List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9), 3, PropagationType.MEAN);
    }

    @Test
    void explicitSatellitesMatchOrekitEcksteinHechlerWithOsculatingElements() {
        Plan p = sample("suncatcher-cluster");
        EphemerisGridBuilder.Result r = new EphemerisGridBuilder(OREKIT).buildWithNotes(p, ProgressMonitor.NONE);
        assertEquals(Collections.nCopies(81, Model.ECKSTEIN_HECHLER_OSCULATING), r.models());
        assertMatchesEh(p, r, List.of(0, 17, 40, 80), 1, PropagationType.OSCULATING);
    }

    @Test
    void designedConstellationsTakeTheirAltitudeAsMeanAndExplicitElementsAsOsculating() {
        // Walker: the semi-major axis averaged over one revolution is the design value (Re + 550 km) within
        // the theory's second-order terms, while the position at the epoch is off the two-body circle
        Plan shell = sample("walker-1584");
        WalkerConstellationSpec w = (WalkerConstellationSpec) shell.constellations().get(0);
        Plan walker = shell.withConstellations(List.of(new WalkerConstellationSpec(w.id(), w.name(), w.pattern(), 2, 2,
                1, w.altitude(), w.inclination(), w.raanOffset(), w.template())))
                .withWindow(new AnalysisWindow(shell.epoch(), 6_000, 1));
        EphemerisGrid g = new EphemerisGridBuilder(OREKIT).build(walker, ProgressMonitor.NONE);
        Orbit design = new ConstellationOrbits(OREKIT).build(walker).get(0).orbit();
        assertEquals(EarthConstants.EQUATORIAL_RADIUS + 550_000.0, design.getA(), 1e-6);
        assertEquals(design.getA(), averagedSemiMajorAxis(g, design), 50.0);
        assertTrue(position(g, 0, 0).distance(design.getPosition()) > 100.0);

        // explicit: the grid starts exactly at the given osculating state, and its averaged semi-major axis
        // is kilometres away from the osculating value taken at the ascending node
        Plan sc = sample("suncatcher-cluster");
        sc = sc.withWindow(new AnalysisWindow(sc.epoch(), 6_000, 1));
        EphemerisGrid h = new EphemerisGridBuilder(OREKIT).build(sc, ProgressMonitor.NONE);
        Orbit given = new ConstellationOrbits(OREKIT).build(sc).get(0).orbit();
        assertEquals(0.0, position(h, 0, 0).distance(given.getPosition()), MM);
        assertTrue(Math.abs(averagedSemiMajorAxis(h, given) - given.getA()) > 1_000.0);
    }

    /** @return the vis-viva semi-major axis of satellite 0 averaged over one revolution of 1 s steps (m) */
    private static double averagedSemiMajorAxis(EphemerisGrid g, Orbit o) {
        int n = (int) Math.round(o.getKeplerianPeriod());
        double sum = 0;
        for (int k = 0; k < n; k++) {
            int i = g.index(0, k);
            double r = new Vector3D(g.x()[i], g.y()[i], g.z()[i]).getNorm();
            double v2 = new Vector3D(g.vx()[i], g.vy()[i], g.vz()[i]).getNormSq();
            sum += 1.0 / (2.0 / r - v2 / EarthConstants.MU);
        }
        return sum / n;
    }

    private static Vector3D position(EphemerisGrid g, int sat, int k) {
        int i = g.index(sat, k);
        return new Vector3D(g.x()[i], g.y()[i], g.z()[i]);
    }

    @Test
    void tleSatelliteMatchesOrekitSgp4InEme2000() {
        Plan base = sample("sophia-tile-demo");
        TleEntry iss = new TleEntry("ISS",
                "1 25544U 98067A   26080.50000000  .00016717  00000-0  10270-3 0  9008",
                "2 25544  51.6416 247.4627 0006703 130.5360 325.0288 15.72125391 56354");
        Constellation c = new TleConstellationSpec("iss", "ISS", List.of(iss), base.constellations().get(0).template());
        Plan p = base.withConstellations(List.of(c))
                .withWindow(new AnalysisWindow(base.epoch(), 21_600.0, 60.0));
        for (PropagatorChoice choice : PropagatorChoice.values()) {
            EphemerisGridBuilder.Result r = new EphemerisGridBuilder(OREKIT)
                    .buildWithNotes(withAssumptions(p, choice), ProgressMonitor.NONE);
            assertEquals(List.of(Model.SGP4), r.models());
            TLEPropagator sgp4 = TLEPropagator.selectExtrapolator(new TLE(iss.line1(), iss.line2(), OREKIT.utc()),
                    OREKIT.teme());
            double[] d = maxDifference(r.grid(), 0, 1, date -> sgp4.propagate(date).getPVCoordinates(EME));
            assertEquals(0.0, d[0], MM, "position");
            assertEquals(0.0, d[1], 1e-6, "velocity");
        }
    }

    @Test
    void keplerianChoiceMatchesOrekitKeplerianPropagator() {
        Plan p = withAssumptions(sample("kepler-edge"), PropagatorChoice.KEPLERIAN);
        p = explicit(p, List.of(
                new KeplerianSatellite("circular", 6_953_137.0, 0.0, 1.7, 0.0, 1.0, 0.5),
                new KeplerianSatellite("molniya", 26_600_000.0, 0.74, 1.107, 4.71, 2.0, 3.0),
                new KeplerianSatellite("leo", 7_000_000.0, 0.001, 0.9, 1.2, 5.5, -2.0)))
                .withWindow(new AnalysisWindow(sample("kepler-edge").epoch().plusSeconds(3_600), 86_400.0, 120.0));
        EphemerisGridBuilder.Result r = new EphemerisGridBuilder(OREKIT).buildWithNotes(p, ProgressMonitor.NONE);
        assertEquals(Collections.nCopies(3, Model.KEPLERIAN), r.models());
        assertEquals(List.of(), r.fallbacks(), "a requested model is not a fallback");
        List<SatelliteOrbit> orbits = new ConstellationOrbits(OREKIT).build(p);
        for (int s = 0; s < 3; s++) {
            KeplerianPropagator kp = new KeplerianPropagator(orbits.get(s).orbit());
            double[] d = maxDifference(r.grid(), s, 1, date -> kp.propagate(date).getPVCoordinates(EME));
            // 26,600 km orbits carry proportionally larger rounding
            assertEquals(0.0, d[0], POSITION_TOL * 10, orbits.get(s).name() + " position");
            assertEquals(0.0, d[1], VELOCITY_TOL * 10, orbits.get(s).name() + " velocity");
        }
        // the Walker and sun-synchronous designs move on two-body orbits too
        Plan walker = withAssumptions(sample("walker-1584"), PropagatorChoice.KEPLERIAN)
                .withWindow(new AnalysisWindow(sample("walker-1584").epoch(), 7_200.0, 60.0));
        EphemerisGridBuilder.Result w = new EphemerisGridBuilder(OREKIT).buildWithNotes(walker, ProgressMonitor.NONE);
        assertEquals(Collections.nCopies(1584, Model.KEPLERIAN), w.models());
        KeplerianPropagator kp = new KeplerianPropagator(new ConstellationOrbits(OREKIT).build(walker).get(700).orbit());
        double[] d = maxDifference(w.grid(), 700, 1, date -> kp.propagate(date).getPVCoordinates(EME));
        assertEquals(0.0, d[0], POSITION_TOL);
        assertEquals(0.0, d[1], VELOCITY_TOL);
    }

    @Test
    void orbitsEcksteinHechlerRefusesFallBackToTwoBodyAndAreReported() {
        Plan base = sample("suncatcher-cluster");
        List<KeplerianSatellite> sats = List.of(
                new KeplerianSatellite("ok", 7_028_137.0, 0.0, Math.toRadians(97.9866), 0.0, 1.0, 0.0),
                new KeplerianSatellite("eccentric", 9_000_000.0, 0.2, 1.0, 0.3, 1.0, 0.0),
                new KeplerianSatellite("critical", 7_200_000.0, 0.001, Math.toRadians(63.435), 0.3, 1.0, 0.0),
                new KeplerianSatellite("equatorial", 7_000_000.0, 0.001, 0.0, 0.3, 1.0, 0.0));
        Plan p = explicit(base, sats).withWindow(new AnalysisWindow(base.epoch(), 7_200.0, 60.0));
        EphemerisGridBuilder.Result r = new EphemerisGridBuilder(OREKIT).buildWithNotes(p, ProgressMonitor.NONE);
        assertEquals(List.of(Model.ECKSTEIN_HECHLER_OSCULATING, Model.KEPLERIAN, Model.KEPLERIAN, Model.KEPLERIAN),
                r.models());
        assertEquals(List.of("eccentric", "critical", "equatorial"),
                r.fallbacks().stream().map(EphemerisGridBuilder.Fallback::name).toList());
        assertEquals(List.of(1, 2, 3), r.fallbacks().stream().map(EphemerisGridBuilder.Fallback::satellite).toList());
        assertEquals(List.of(1, 2, 3), r.fallbacks().stream().map(EphemerisGridBuilder.Fallback::slot).toList());
        assertEquals(3, r.notes().size());
        assertTrue(r.notes().get(0).contains("eccentric"), r.notes().get(0));
        List<SatelliteOrbit> orbits = new ConstellationOrbits(OREKIT).build(p);
        for (int s = 1; s < 4; s++) {
            Orbit o = orbits.get(s).orbit();
            // Orekit refuses these orbits too
            assertThrows(OrekitException.class, () -> orekitEh(o, PropagationType.OSCULATING), orbits.get(s).name());
            KeplerianPropagator kp = new KeplerianPropagator(o);
            double[] d = maxDifference(r.grid(), s, 1, date -> kp.propagate(date).getPVCoordinates(EME));
            assertEquals(0.0, d[0], POSITION_TOL, orbits.get(s).name());
        }
    }

    @Test
    void earthFixedPositionsMatchOrekitFrameTransform() {
        Plan p = sample("kepler-edge");
        p = p.withWindow(new AnalysisWindow(p.epoch().plusSeconds(40_000), 86_400.0, 97.0));
        EphemerisGrid g = new EphemerisGridBuilder(OREKIT).build(p, ProgressMonitor.NONE);
        AbsoluteDate start = OREKIT.date(g.start());
        double worst = 0;
        for (int s = 0; s < g.satelliteCount(); s += 3) {
            for (int k = 0; k < g.stepCount(); k++) {
                int i = g.index(s, k);
                Vector3D expected = EME.getTransformTo(OREKIT.itrf(), start.shiftedBy(g.time(k)))
                        .transformPosition(new Vector3D(g.x()[i], g.y()[i], g.z()[i]));
                worst = Math.max(worst, expected.distance(new Vector3D(g.fixedX()[i], g.fixedY()[i],
                        g.fixedZ()[i])));
            }
        }
        assertEquals(0.0, worst, MM);
    }

    @Test
    void gridIsTheSameOnEveryRun() {
        Plan p = sample("suncatcher-cluster");
        EphemerisGrid a = new EphemerisGridBuilder(OREKIT).build(p, ProgressMonitor.NONE);
        EphemerisGrid b = new EphemerisGridBuilder(OREKIT).build(p, ProgressMonitor.NONE);
        assertEquals(a.names(), b.names());
        assertArrayEquals(a.x(), b.x());
        assertArrayEquals(a.vz(), b.vz());
        assertArrayEquals(a.fixedY(), b.fixedY());
    }

    @Test
    void progressEndsAtOneAndStaysWithinBounds() {
        List<Double> seen = Collections.synchronizedList(new ArrayList<>());
        ProgressMonitor monitor = new ProgressMonitor() {
            @Override
            public void progress(String stage, double fraction) {
                assertEquals(EphemerisGridBuilder.STAGE, stage);
                seen.add(fraction);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        new EphemerisGridBuilder(OREKIT).build(sample("suncatcher-cluster"), monitor);
        assertTrue(seen.size() > 10, "progress reported " + seen.size() + " times");
        assertEquals(1.0, seen.get(seen.size() - 1));
        assertTrue(seen.stream().allMatch(f -> f >= 0.0 && f <= 1.0), seen.toString());
    }

    @Test
    void cancellationBeforeOrDuringPropagationThrows() {
        Plan p = sample("suncatcher-cluster");
        for (int after : new int[] {0, 3, 20}) {
            AtomicInteger reports = new AtomicInteger();
            ProgressMonitor monitor = new ProgressMonitor() {
                @Override
                public void progress(String stage, double fraction) {
                    reports.incrementAndGet();
                }

                @Override
                public boolean isCancelled() {
                    return reports.get() > after;
                }
            };
            assertThrows(CancellationException.class, () -> new EphemerisGridBuilder(OREKIT).build(p, monitor),
                    "cancelled after " + after + " reports");
        }
    }
}
