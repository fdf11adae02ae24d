package io.skyrack.bench;

import io.skyrack.core.lighting.EclipseInterval;
import io.skyrack.core.lighting.Lighting;
import io.skyrack.core.lighting.LightingCalculator;
import io.skyrack.core.lighting.SunEphemeris;
import io.skyrack.core.orbit.ConstellationOrbits;
import io.skyrack.core.orbit.EarthConstants;
import io.skyrack.core.orbit.EphemerisGrid;
import io.skyrack.core.orbit.EphemerisGridBuilder;
import io.skyrack.core.orbit.SatelliteOrbit;
import io.skyrack.core.orekit.OrekitContext;
import io.skyrack.core.persistence.PlanFiles;
import io.skyrack.core.plan.Plan;
import io.skyrack.core.progress.ProgressMonitor;
import io.skyrack.core.samples.SamplePlans;
import io.skyrack.gpu.GpuCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.orekit.attitudes.FrameAlignedProvider;
import org.orekit.bodies.AnalyticalSolarPositionProvider;
import org.orekit.bodies.OneAxisEllipsoid;
import org.orekit.propagation.PropagationType;
import org.orekit.propagation.Propagator;
import org.orekit.propagation.analytical.EcksteinHechlerPropagator;
import org.orekit.propagation.events.EclipseDetector;
import org.orekit.propagation.events.EventsLogger;
import org.orekit.propagation.events.handlers.ContinueOnEvent;
import org.orekit.time.AbsoluteDate;
import org.orekit.utils.Constants;

/**
 * Eclipse intervals for walker-1584 over 24 h: Skyrack's lighting engine against Orekit's {@code EclipseDetector}
 * (umbra and penumbra) on Orekit's Eckstein-Hechler propagator, both parallelised over satellites on all cores.
 * The headline ratio {@code eclipse_vs_orekit_detector} times the lighting engine on the ephemeris grid that the
 * analysis builds once and shares with every engine; {@code eclipse_with_grid_vs_orekit_detector} adds the time
 * to build that grid, for a like-for-like comparison with the detector, which propagates as it searches.
 */
public final class EclipseBench implements BenchGroup {

    @Override
    public String group() {
        return "orbit";
    }

    @Override
    public void run(BenchReporter out) throws Exception {
        OrekitContext orekit = OrekitContext.bundled();
        Plan plan = PlanFiles.parse(SamplePlans.text("walker-1584"), GpuCatalog.builtIn()).plan().orElseThrow();
        double[] pole = pole(orekit, plan);

        // the grid is built once per analysis and shared by every engine; it is timed apart
        EphemerisGrid[] grid = new EphemerisGrid[1];
        double gridSeconds = Timing.median(1, 3, () -> grid[0] = new EphemerisGridBuilder(orekit).build(plan,
                ProgressMonitor.NONE));
        Lighting[] ours = new Lighting[1];
        double oursSeconds = Timing.median(1, 5, () -> {
            SunEphemeris sun = SunEphemeris.compute(orekit, grid[0].start(), grid[0].step(), grid[0].stepCount());
            ours[0] = new LightingCalculator(pole).compute(grid[0], sun, ProgressMonitor.NONE);
            return ours[0];
        });

        List<SatelliteOrbit> sats = new ConstellationOrbits(orekit).build(plan);
        AbsoluteDate t0 = orekit.date(plan.window().start());
        double span = plan.window().duration();
        double[][] events = new double[sats.size()][];
        long start = System.nanoTime();
        IntStream.range(0, sats.size()).parallel().forEach(i -> events[i] = orekitEvents(orekit, sats.get(i), t0, span));
        double orekitSeconds = (System.nanoTime() - start) * 1e-9;

        double maxDiff = 0;
        int compared = 0;
        for (int i = 0; i < sats.size(); i++) {
            List<Double> mine = new ArrayList<>();
            for (EclipseInterval iv : ours[0].intervals()) {
                if (iv.satellite() == i) {
                    mine.add(iv.startSeconds());
                    mine.add(iv.endSeconds());
                }
            }
            for (double t : events[i]) {
                double nearest = mine.stream().mapToDouble(m -> Math.abs(m - t)).min().orElse(Double.POSITIVE_INFINITY);
                maxDiff = Math.max(maxDiff, nearest);
                compared++;
            }
        }
        out.bench("eclipse_grid_s", gridSeconds, "s");
        out.bench("eclipse_skyrack_s", oursSeconds, "s");
        out.bench("eclipse_orekit_detector_s", orekitSeconds, "s");
        out.bench("eclipse_boundaries_compared", compared, "events");
        out.bench("eclipse_max_boundary_diff_s", maxDiff, "s");
        out.ratio("eclipse_vs_orekit_detector", orekitSeconds / oursSeconds);
        out.ratio("eclipse_with_grid_vs_orekit_detector", orekitSeconds / (oursSeconds + gridSeconds));
    }

    private static double[] orekitEvents(OrekitContext orekit, SatelliteOrbit sat, AbsoluteDate t0, double span) {
        Propagator p = new EcksteinHechlerPropagator(sat.orbit(), new FrameAlignedProvider(orekit.eme2000()), 1000.0,
                Constants.EIGEN5C_EARTH_EQUATORIAL_RADIUS, EarthConstants.MU, Constants.EIGEN5C_EARTH_C20,
                Constants.EIGEN5C_EARTH_C30, Constants.EIGEN5C_EARTH_C40, Constants.EIGEN5C_EARTH_C50,
                Constants.EIGEN5C_EARTH_C60, PropagationType.MEAN);
        OneAxisEllipsoid earth = new OneAxisEllipsoid(EarthConstants.EQUATORIAL_RADIUS, EarthConstants.FLATTENING,
                orekit.itrf());
        AnalyticalSolarPositionProvider sun = new AnalyticalSolarPositionProvider(orekit.dataContext());
        EventsLogger logger = new EventsLogger();
        p.addEventDetector(logger.monitorDetector(new EclipseDetector(sun, SunEphemeris.SUN_RADIUS, earth).withUmbra()
                .withHandler(new ContinueOnEvent())));
        p.addEventDetector(logger.monitorDetector(new EclipseDetector(sun, SunEphemeris.SUN_RADIUS, earth)
                .withPenumbra().withHandler(new ContinueOnEvent())));
        p.propagate(t0, t0.shiftedBy(span));
        return logger.getLoggedEvents().stream().mapToDouble(e -> e.getDate().durationFrom(t0))
                .filter(t -> t > 0 && t < span).toArray();
    }

    private static double[] pole(OrekitContext orekit, Plan plan) {
        var mid = orekit.date(plan.window().start()).shiftedBy(plan.window().duration() / 2);
        Vector3D p = orekit.itrf().getTransformTo(orekit.eme2000(), mid).transformVector(Vector3D.PLUS_K);
        return new double[] {p.getX(), p.getY(), p.getZ()};
    }

    /**
     * Runs this benchmark alone.
     *
     * @param args unused
     * @throws Exception when it fails
     */
    public static void main(String[] args) throws Exception {
        new EclipseBench().run(new BenchReporter(System.out));
    }
}
