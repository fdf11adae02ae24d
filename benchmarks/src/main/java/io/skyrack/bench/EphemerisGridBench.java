package io.skyrack.bench;

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
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.orekit.attitudes.FrameAlignedProvider;
import org.orekit.orbits.Orbit;
import org.orekit.propagation.PropagationType;
import org.orekit.propagation.analytical.EcksteinHechlerPropagator;
import org.orekit.time.AbsoluteDate;
import org.orekit.utils.PVCoordinates;

/**
 * Ephemeris grid of the {@code walker-1584} sample (1584 satellites, 24 h at 30 s: 4.56 million states) by
 * {@link EphemerisGridBuilder} against a loop calling Orekit's {@code EcksteinHechlerPropagator.propagate}
 * for every satellite and step, parallel over satellites on all cores. The baseline stores nothing: it
 * compares each of its positions with the grid as it goes and reports the largest difference. Grid builds
 * and chunks of the baseline alternate, so that both see the same load of a shared machine; the grid time
 * is the median build, the baseline time the sum of its chunks.
 */
public final class EphemerisGridBench implements BenchGroup {

    private static final String SAMPLE = "walker-1584";
    /** Spacecraft mass given to Orekit's propagator; it plays no part in the motion (kg). */
    private static final double MASS = 1000.0;
    /** Satellites propagated by the baseline before it is timed, to compile Orekit's code paths. */
    private static final int BASELINE_WARMUP_SATELLITES = 64;
    /** Timed grid builds, each followed by the baseline over one chunk of the satellites. */
    private static final int CHUNKS = 8;

    @Override
    public String group() {
        return "orbit";
    }

    @Override
    public void run(BenchReporter out) throws Exception {
        OrekitContext orekit = OrekitContext.bundled();
        Plan plan = PlanFiles.parse(SamplePlans.text(SAMPLE), GpuCatalog.builtIn()).plan().orElseThrow();
        EphemerisGridBuilder builder = new EphemerisGridBuilder(orekit);
        List<SatelliteOrbit> sats = new ConstellationOrbits(orekit).build(plan);
        AbsoluteDate start = orekit.date(plan.window().start());
        int n = sats.size();

        // warm-up of both sides; the baseline must use the model the grid used
        EphemerisGridBuilder.Result first = builder.buildWithNotes(plan, ProgressMonitor.NONE);
        for (EphemerisGridBuilder.Model m : first.models()) {
            if (m != EphemerisGridBuilder.Model.ECKSTEIN_HECHLER_MEAN) {
                throw new IllegalStateException(SAMPLE + " should be propagated with Eckstein-Hechler, got " + m);
            }
        }
        long states = (long) first.grid().satelliteCount() * first.grid().stepCount();
        baseline(sats, first.grid(), start, 0, BASELINE_WARMUP_SATELLITES);
        first = null;
        checksum(builder.build(plan, ProgressMonitor.NONE));

        // interleaved: build a grid (timed), then run the baseline over one chunk of satellites against it
        // (timed), so that both sides see the same load of a shared machine; one grid is alive at a time
        double[] tGrid = new double[CHUNKS];
        double tOrekit = 0;
        double maxPosition = 0;
        double maxVelocity = 0;
        for (int c = 0; c < CHUNKS; c++) {
            long t0 = System.nanoTime();
            EphemerisGrid grid = builder.build(plan, ProgressMonitor.NONE);
            long t1 = System.nanoTime();
            double[] err = baseline(sats, grid, start, c * n / CHUNKS, (c + 1) * n / CHUNKS);
            long t2 = System.nanoTime();
            tGrid[c] = (t1 - t0) * 1e-9;
            tOrekit += (t2 - t1) * 1e-9;
            maxPosition = Math.max(maxPosition, err[0]);
            maxVelocity = Math.max(maxVelocity, err[1]);
        }
        Arrays.sort(tGrid);
        double tMedian = tGrid[CHUNKS / 2];

        out.bench("ephemeris_grid_states", states, "states");
        out.bench("ephemeris_grid_s", tMedian, "s");
        out.bench("ephemeris_grid_orekit_eh_s", tOrekit, "s");
        out.ratio("ephemeris_grid_vs_orekit", tOrekit / tMedian);
        out.bench("ephemeris_grid_max_error_m", maxPosition, "m");
        out.bench("ephemeris_grid_max_velocity_error_m_per_s", maxVelocity, "m/s");
    }

    /** @return a value depending on the whole grid's layout and a few entries, so the build is not dropped */
    private static double checksum(EphemerisGrid g) {
        int last = g.satelliteCount() * g.stepCount() - 1;
        return g.x()[0] + g.vy()[last / 2] + g.fixedZ()[last] + last;
    }

    /**
     * @return the largest position (m) and velocity (m/s) difference between Orekit and the grid over the
     *         satellites {@code from} (inclusive) to {@code to} (exclusive)
     */
    private static double[] baseline(List<SatelliteOrbit> sats, EphemerisGrid grid, AbsoluteDate start, int from,
                                     int to) {
        return IntStream.range(from, to).parallel().mapToObj(s -> {
            Orbit o = sats.get(s).orbit();
            EcksteinHechlerPropagator eh = new EcksteinHechlerPropagator(o, FrameAlignedProvider.of(o.getFrame()),
                    MASS, EarthConstants.GRAVITY_FIELD_RADIUS, EarthConstants.MU, EarthConstants.C20,
                    EarthConstants.C30, EarthConstants.C40, EarthConstants.C50, EarthConstants.C60,
                    PropagationType.MEAN);
            double dp = 0;
            double dv = 0;
            for (int k = 0; k < grid.stepCount(); k++) {
                PVCoordinates pv = eh.propagate(start.shiftedBy(k * grid.step())).getPVCoordinates();
                int i = grid.index(s, k);
                dp = Math.max(dp, Math.sqrt(sq(pv.getPosition().getX() - grid.x()[i])
                        + sq(pv.getPosition().getY() - grid.y()[i]) + sq(pv.getPosition().getZ() - grid.z()[i])));
                dv = Math.max(dv, Math.sqrt(sq(pv.getVelocity().getX() - grid.vx()[i])
                        + sq(pv.getVelocity().getY() - grid.vy()[i]) + sq(pv.getVelocity().getZ() - grid.vz()[i])));
            }
            return new double[] {dp, dv};
        }).reduce(new double[] {0, 0}, (a, b) -> new double[] {Math.max(a[0], b[0]), Math.max(a[1], b[1])});
    }

    private static double sq(double v) {
        return v * v;
    }

    /**
     * Runs this benchmark alone.
     *
     * @param args ignored
     * @throws Exception when the benchmark fails
     */
    public static void main(String[] args) throws Exception {
        new EphemerisGridBench().run(new BenchReporter(System.out));
    }
}
