package io.skyrack.core.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.skyrack.core.orbit.ConstellationOrbits;
import io.skyrack.core.orbit.EarthConstants;
import io.skyrack.core.orbit.EphemerisGrid;
import io.skyrack.core.orbit.SatelliteOrbit;
import io.skyrack.core.orekit.OrekitContext;
import io.skyrack.core.persistence.PlanFiles;
import io.skyrack.core.plan.GroundStation;
import io.skyrack.core.plan.Plan;
import io.skyrack.core.progress.ProgressMonitor;
import io.skyrack.core.samples.SamplePlans;
import io.skyrack.core.testing.ReferenceGrids;
import io.skyrack.gpu.GpuCatalog;
import java.util.ArrayList;
import java.util.List;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.junit.jupiter.api.Test;
import org.orekit.bodies.GeodeticPoint;
import org.orekit.bodies.OneAxisEllipsoid;
import org.orekit.frames.TopocentricFrame;
import org.orekit.propagation.Propagator;
import org.orekit.propagation.events.ElevationDetector;
import org.orekit.propagation.events.EventsLogger;
import org.orekit.propagation.events.handlers.ContinueOnEvent;
import org.orekit.time.AbsoluteDate;

class ContactCalculatorTest {

    private static final OrekitContext OREKIT = OrekitContext.bundled();

    private static Plan sample(String name) {
        return PlanFiles.parse(SamplePlans.text(name), GpuCatalog.builtIn()).plan().orElseThrow();
    }

    /** Rise and set times against Orekit's ElevationDetector on the same propagator. */
    @Test
    void passesMatchOrekitsElevationDetector() {
        Plan plan = sample("kepler-edge");
        List<SatelliteOrbit> sats = new ConstellationOrbits(OREKIT).build(plan).subList(0, 4);
        double step = 30;
        int steps = 12 * 3600 / 30;
        EphemerisGrid grid = ReferenceGrids.build(OREKIT, sats, ReferenceGrids.Model.ECKSTEIN_HECHLER_MEAN,
                plan.epoch(), step, steps);
        Contacts contacts = new ContactCalculator().compute(grid, plan.groundStations(), ProgressMonitor.NONE);
        OneAxisEllipsoid earth = new OneAxisEllipsoid(EarthConstants.EQUATORIAL_RADIUS, EarthConstants.FLATTENING,
                OREKIT.itrf());
        AbsoluteDate t0 = OREKIT.date(plan.epoch());
        int compared = 0;
        for (int s = 0; s < plan.groundStations().size(); s++) {
            GroundStation g = plan.groundStations().get(s);
            TopocentricFrame topo = new TopocentricFrame(earth, new GeodeticPoint(g.latitude(), g.longitude(),
                    g.altitude()), g.name());
            for (int i = 0; i < sats.size(); i++) {
                Propagator p = ReferenceGrids.propagator(OREKIT, sats.get(i), ReferenceGrids.Model.ECKSTEIN_HECHLER_MEAN);
                EventsLogger logger = new EventsLogger();
                p.addEventDetector(logger.monitorDetector(new ElevationDetector(10, 1e-4, topo)
                        .withConstantElevation(g.minElevation()).withHandler(new ContinueOnEvent())));
                p.propagate(t0, t0.shiftedBy(grid.time(steps - 1)));
                List<Double> theirs = new ArrayList<>();
                logger.getLoggedEvents().forEach(e -> theirs.add(e.getDate().durationFrom(t0)));
                List<Double> ours = new ArrayList<>();
                int si = s;
                int sat = i;
                contacts.passes().stream().filter(c -> c.station() == si && c.satellite() == sat).forEach(c -> {
                    if (c.startSeconds() > 0) {
                        ours.add(c.startSeconds());
                    }
                    if (c.endSeconds() < grid.time(steps - 1)) {
                        ours.add(c.endSeconds());
                    }
                });
                assertEquals(theirs.size(), ours.size(), g.name() + " / " + sats.get(i).name() + ": " + theirs + " vs " + ours);
                for (int e = 0; e < ours.size(); e++) {
                    assertEquals(theirs.get(e), ours.get(e), 1.0, g.name() + " / " + sats.get(i).name());
                    compared++;
                }
            }
        }
        assertTrue(compared >= 20, "compared " + compared);
    }

    /** Maximum elevation against a 1 s scan of Orekit's topocentric elevation. */
    @Test
    void maximumElevationMatchesAFineScan() {
        Plan plan = sample("kepler-edge");
        List<SatelliteOrbit> sats = new ConstellationOrbits(OREKIT).build(plan).subList(0, 1);
        int steps = 12 * 3600 / 30;
        EphemerisGrid grid = ReferenceGrids.build(OREKIT, sats, ReferenceGrids.Model.ECKSTEIN_HECHLER_MEAN,
                plan.epoch(), 30, steps);
        GroundStation g = plan.groundStations().get(0);
        Contacts contacts = new ContactCalculator().compute(grid, List.of(g), ProgressMonitor.NONE);
        OneAxisEllipsoid earth = new OneAxisEllipsoid(EarthConstants.EQUATORIAL_RADIUS, EarthConstants.FLATTENING,
                OREKIT.itrf());
        TopocentricFrame topo = new TopocentricFrame(earth, new GeodeticPoint(g.latitude(), g.longitude(),
                g.altitude()), g.name());
        Propagator p = ReferenceGrids.propagator(OREKIT, sats.get(0), ReferenceGrids.Model.ECKSTEIN_HECHLER_MEAN);
        AbsoluteDate t0 = OREKIT.date(plan.epoch());
        assertTrue(contacts.passes().size() >= 3, "Svalbard sees a polar satellite every orbit");
        for (Contact c : contacts.passes()) {
            double best = -Math.PI;
            for (double t = c.startSeconds(); t <= c.endSeconds(); t += 1.0) {
                var st = p.propagate(t0.shiftedBy(t));
                Vector3D pos = st.getPosition(OREKIT.itrf());
                best = Math.max(best, topo.getElevation(pos, OREKIT.itrf(), st.getDate()));
            }
            assertEquals(Math.toDegrees(best), Math.toDegrees(c.maxElevation()), 0.02);
            assertEquals(c.duration() * g.downlinkRate(), c.volume(), 1e-6 * c.volume());
        }
    }

    @Test
    void stationGeometryMatchesOrekitsEllipsoid() {
        GroundStation g = sample("kepler-edge").groundStations().get(0);
        OneAxisEllipsoid earth = new OneAxisEllipsoid(EarthConstants.EQUATORIAL_RADIUS, EarthConstants.FLATTENING,
                OREKIT.itrf());
        Vector3D p = earth.transform(new GeodeticPoint(g.latitude(), g.longitude(), g.altitude()));
        StationGeometry s = StationGeometry.of(g);
        assertEquals(0.0, p.distance(new Vector3D(s.x(), s.y(), s.z())), 1e-6);
    }
}
