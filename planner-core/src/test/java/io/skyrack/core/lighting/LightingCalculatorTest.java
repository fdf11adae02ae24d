package io.skyrack.core.lighting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.skyrack.core.orbit.ConstellationOrbits;
import io.skyrack.core.orbit.EarthConstants;
import io.skyrack.core.orbit.EphemerisGrid;
import io.skyrack.core.orbit.SatelliteOrbit;
import io.skyrack.core.orbit.SunSynchronous;
import io.skyrack.core.orekit.OrekitContext;
import io.skyrack.core.persistence.PlanFiles;
import io.skyrack.core.plan.Plan;
import io.skyrack.core.plan.SunSynchronousSpec;
import io.skyrack.core.progress.ProgressMonitor;
import io.skyrack.core.samples.SamplePlans;
import io.skyrack.core.testing.ReferenceGrids;
import io.skyrack.gpu.GpuCatalog;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.orekit.bodies.AnalyticalSolarPositionProvider;
import org.orekit.bodies.OneAxisEllipsoid;
import org.orekit.orbits.KeplerianOrbit;
import org.orekit.orbits.PositionAngleType;
import org.orekit.propagation.Propagator;
import org.orekit.propagation.events.EclipseDetector;
import org.orekit.propagation.events.EventsLogger;
import org.orekit.propagation.events.handlers.ContinueOnEvent;
import org.orekit.time.AbsoluteDate;

class LightingCalculatorTest {

    private static final OrekitContext OREKIT = OrekitContext.bundled();
    private static final Instant EPOCH = Instant.parse("2026-03-20T00:00:00Z");

    private static Plan sample(String name) {
        return PlanFiles.parse(SamplePlans.text(name), GpuCatalog.builtIn()).plan().orElseThrow();
    }

    private static Lighting lighting(EphemerisGrid grid, double flattening) {
        SunEphemeris sun = SunEphemeris.compute(OREKIT, grid.start(), grid.step(), grid.stepCount());
        return new LightingCalculator(ReferenceGrids.pole(OREKIT, grid.start()), flattening)
                .compute(grid, sun, ProgressMonitor.NONE);
    }

    /**
     * Time with the Sun's centre hidden (umbra + half the penumbra) against the cylindrical-shadow closed
     * form f = (1/π) arccos(√(h² + 2Rh) / ((R + h) cos β)) for a spherical Earth, over a range of beta.
     */
    @ParameterizedTest
    @ValueSource(doubles = {0, 15, 30, 45, 55, 62})
    void eclipseDurationMatchesTheBetaAngleFormula(double raanDeg) {
        double h = 550_000;
        double r = EarthConstants.EQUATORIAL_RADIUS;
        // equatorial-node RAAN sweeps beta for an orbit of 53 degrees when the Sun is at the vernal equinox
        KeplerianOrbit o = new KeplerianOrbit(r + h, 0, Math.toRadians(53), 0, Math.toRadians(90 + raanDeg * 1.4),
                0, PositionAngleType.MEAN, OREKIT.eme2000(), OREKIT.date(EPOCH), EarthConstants.MU);
        SatelliteOrbit sat = new SatelliteOrbit("s", 0, 0, 0, o, Optional.empty());
        double period = o.getKeplerianPeriod();
        EphemerisGrid grid = ReferenceGrids.build(OREKIT, List.of(sat), ReferenceGrids.Model.KEPLERIAN, EPOCH, 20,
                (int) (3 * period / 20));
        Lighting l = lighting(grid, 0.0);
        double beta = 0;
        for (float b : l.beta()) {
            beta += b;
        }
        beta /= l.beta().length;
        double limit = Math.asin(r / (r + h));
        double expected = Math.abs(beta) < limit
                ? period / Math.PI * Math.acos(Math.sqrt(h * h + 2 * r * h) / ((r + h) * Math.cos(beta))) : 0;
        // each complete eclipse (a chain of touching intervals away from the window edges)
        List<double[]> eclipses = new ArrayList<>();
        double sum = 0;
        double chainStart = 0;
        double chainEnd = Double.NaN;
        boolean clipped = false;
        for (EclipseInterval iv : l.intervals()) {
            if (!Double.isNaN(chainEnd) && Math.abs(iv.startSeconds() - chainEnd) > 1e-6) {
                if (!clipped) {
                    eclipses.add(new double[] {sum, 0.5 * (chainStart + chainEnd)});
                }
                sum = 0;
                clipped = false;
            }
            if (sum == 0) {
                chainStart = iv.startSeconds();
            }
            clipped |= iv.startSeconds() == 0 || iv.endSeconds() >= grid.time(grid.stepCount() - 1);
            sum += iv.kind() == EclipseInterval.Kind.UMBRA ? iv.duration() : 0.5 * iv.duration();
            chainEnd = iv.endSeconds();
        }
        if (!Double.isNaN(chainEnd) && !clipped) {
            eclipses.add(new double[] {sum, 0.5 * (chainStart + chainEnd)});
        }
        if (expected > 0) {
            assertTrue(eclipses.size() >= 2, "complete eclipses " + eclipses);
            for (double[] e : eclipses) {
                // beta at mid-eclipse: the Sun moves ~0.04 deg an hour, and the duration is steep in beta
                double b = l.beta()[(int) Math.round(e[1] / grid.step())];
                double f = period / Math.PI * Math.acos(Math.sqrt(h * h + 2 * r * h) / ((r + h) * Math.cos(b)));
                // the Sun's centre is hidden exactly in the cylinder behind a spherical Earth
                assertEquals(f, e[0], 1.0, "beta " + Math.toDegrees(b));
            }
        } else {
            assertEquals(List.of(), l.intervals(), "beta " + Math.toDegrees(beta) + " is above the eclipse limit");
        }
    }

    /** A 650 km dawn-dusk orbit: no eclipse at the equinoxes, eclipses only in one season around a solstice. */
    @Test
    void dawnDuskOrbitEclipsesOnlyAroundOneSolstice() {
        Instant year = Instant.parse("2026-01-01T00:00:00Z");
        List<Integer> eclipseDays = new ArrayList<>();
        for (int day = 0; day < 365; day += 5) {
            Instant epoch = year.plus(Duration.ofDays(day));
            Plan plan = sample("kepler-edge");
            SunSynchronousSpec k = (SunSynchronousSpec) plan.constellations().get(0);
            SunSynchronousSpec dd = new SunSynchronousSpec("dd", "dawn-dusk", 650_000, 6.0, 1, 0, k.template());
            Plan p = new Plan(plan.name(), "", epoch, plan.window(), plan.tiles(), List.of(dd), List.of(),
                    plan.crosslinks(), List.of(), plan.assumptions());
            List<SatelliteOrbit> sats = new ConstellationOrbits(OREKIT).build(p);
            EphemerisGrid grid = ReferenceGrids.build(OREKIT, sats, ReferenceGrids.Model.KEPLERIAN, epoch, 60, 200);
            if (!lighting(grid, EarthConstants.FLATTENING).intervals().isEmpty()) {
                eclipseDays.add(day);
            }
        }
        assertFalse(eclipseDays.isEmpty(), "a 650 km dawn-dusk orbit does see an eclipse season");
        // circular distance in days on a 365-day year
        java.util.function.IntBinaryOperator dist = (a, b) -> Math.min(Math.abs(a - b), 365 - Math.abs(a - b));
        int juneSolstice = 171;
        int decemberSolstice = 354;
        boolean nearJune = eclipseDays.stream().allMatch(d -> dist.applyAsInt(d, juneSolstice) <= 60);
        boolean nearDecember = eclipseDays.stream().allMatch(d -> dist.applyAsInt(d, decemberSolstice) <= 60);
        assertTrue(nearJune ^ nearDecember, "eclipses around exactly one solstice: " + eclipseDays);
        int season = nearJune ? juneSolstice : decemberSolstice;
        assertTrue(eclipseDays.contains(season - season % 5), "eclipses at the solstice itself: " + eclipseDays);
        // none near the equinoxes (day 78 and day 265)
        assertTrue(eclipseDays.stream().noneMatch(d -> dist.applyAsInt(d, 78) < 25 || dist.applyAsInt(d, 265) < 25),
                "eclipse days " + eclipseDays);
        // one season: on the circle of sampled days there is exactly one gap
        int gaps = 0;
        for (int i = 0; i < eclipseDays.size(); i++) {
            int next = eclipseDays.get((i + 1) % eclipseDays.size());
            if (dist.applyAsInt(eclipseDays.get(i), next) > 5) {
                gaps++;
            }
        }
        assertEquals(1, gaps, "eclipse days " + eclipseDays);
        assertTrue(SunSynchronous.inclination(650_000) > Math.toRadians(97));
    }

    /** Boundaries against Orekit's EclipseDetector (umbra and penumbra) on the same propagator. */
    @Test
    void intervalsMatchOrekitsEclipseDetector() {
        Plan plan = sample("walker-1584");
        List<SatelliteOrbit> all = new ConstellationOrbits(OREKIT).build(plan);
        List<SatelliteOrbit> sats = List.of(all.get(0), all.get(300), all.get(777), all.get(1583));
        double step = 30;
        int steps = 2 * 3600 / 30 * 3;
        EphemerisGrid grid = ReferenceGrids.build(OREKIT, sats, ReferenceGrids.Model.ECKSTEIN_HECHLER_MEAN, EPOCH,
                step, steps);
        Lighting l = lighting(grid, EarthConstants.FLATTENING);
        OneAxisEllipsoid earth = new OneAxisEllipsoid(EarthConstants.EQUATORIAL_RADIUS, EarthConstants.FLATTENING,
                OREKIT.itrf());
        AnalyticalSolarPositionProvider sun = new AnalyticalSolarPositionProvider(OREKIT.dataContext());
        AbsoluteDate t0 = OREKIT.date(EPOCH);
        int compared = 0;
        for (int i = 0; i < sats.size(); i++) {
            Propagator p = ReferenceGrids.propagator(OREKIT, sats.get(i), ReferenceGrids.Model.ECKSTEIN_HECHLER_MEAN);
            EventsLogger logger = new EventsLogger();
            EclipseDetector umbra = new EclipseDetector(sun, SunEphemeris.SUN_RADIUS, earth).withUmbra()
                    .withMaxCheck(10).withThreshold(1e-4).withHandler(new ContinueOnEvent());
            EclipseDetector penumbra = new EclipseDetector(sun, SunEphemeris.SUN_RADIUS, earth).withPenumbra()
                    .withMaxCheck(10).withThreshold(1e-4).withHandler(new ContinueOnEvent());
            p.addEventDetector(logger.monitorDetector(umbra));
            p.addEventDetector(logger.monitorDetector(penumbra));
            p.propagate(t0, t0.shiftedBy(grid.time(steps - 1)));
            int sat = i;
            List<Double> ours = new ArrayList<>();
            for (EclipseInterval iv : l.intervals().stream().filter(x -> x.satellite() == sat).collect(Collectors.toList())) {
                ours.add(iv.startSeconds());
                ours.add(iv.endSeconds());
            }
            List<Double> theirs = new ArrayList<>();
            for (EventsLogger.LoggedEvent e : logger.getLoggedEvents()) {
                theirs.add(e.getDate().durationFrom(t0));
            }
            for (double o : ours) {
                if (o > 0 && o < grid.time(steps - 1)) {
                    assertTrue(theirs.stream().anyMatch(t -> Math.abs(t - o) < 1.0),
                            "satellite " + i + ": boundary at " + o + " s has no Orekit event within 1 s");
                }
            }
            for (EventsLogger.LoggedEvent e : logger.getLoggedEvents()) {
                double t = e.getDate().durationFrom(t0);
                double nearest = ours.stream().mapToDouble(o -> Math.abs(o - t)).min().orElse(Double.MAX_VALUE);
                assertTrue(nearest < 1.0, "satellite " + i + ": Orekit event at " + t + " s has no boundary within 1 s");
                compared++;
            }
        }
        assertTrue(compared >= 10, "compared " + compared + " events");
    }

    /** Beta interpolated between exact samples stays within 0.005° of the exact value at every step. */
    @Test
    void interpolatedBetaMatchesTheExactAngle() {
        Plan plan = sample("walker-1584");
        List<SatelliteOrbit> all = new ConstellationOrbits(OREKIT).build(plan);
        EphemerisGrid grid = ReferenceGrids.build(OREKIT, List.of(all.get(5), all.get(900)),
                ReferenceGrids.Model.ECKSTEIN_HECHLER_MEAN, EPOCH, 30, 500);
        Lighting l = lighting(grid, EarthConstants.FLATTENING);
        for (int j = 0; j < 2 * grid.stepCount(); j++) {
            int k = j % grid.stepCount();
            var h = new org.hipparchus.geometry.euclidean.threed.Vector3D(grid.x()[j], grid.y()[j], grid.z()[j])
                    .crossProduct(new org.hipparchus.geometry.euclidean.threed.Vector3D(grid.vx()[j], grid.vy()[j],
                            grid.vz()[j]));
            var s = new org.hipparchus.geometry.euclidean.threed.Vector3D(l.sun().x()[k], l.sun().y()[k], l.sun().z()[k]);
            double exact = Math.PI / 2 - org.hipparchus.geometry.euclidean.threed.Vector3D.angle(h, s);
            assertEquals(Math.toDegrees(exact), Math.toDegrees(l.beta()[j]), 0.005, "sample " + j);
        }
    }

    @Test
    void illuminationIsZeroInUmbraAndOneInSunlight() {
        Plan plan = sample("kepler-edge");
        List<SatelliteOrbit> sats = new ConstellationOrbits(OREKIT).build(plan).subList(0, 1);
        EphemerisGrid grid = ReferenceGrids.build(OREKIT, sats, ReferenceGrids.Model.KEPLERIAN, EPOCH, 30, 400);
        Lighting l = lighting(grid, EarthConstants.FLATTENING);
        for (int k = 0; k < grid.stepCount(); k++) {
            float f = l.illumination()[k];
            assertTrue(f >= 0 && f <= 1, "fraction " + f);
        }
        // a dawn-dusk orbit at the March equinox is never in shadow
        assertTrue(l.intervals().isEmpty(), l.intervals().toString());
        assertEquals(0.0, l.maxEclipseFraction(), 0.0);
    }
}
