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
 * compares each of its positions with the grid as it goes and reports the largest difference.
 */
public final class EphemerisGridBench implements BenchGroup {

    private static final String SAMPLE = "walker-1584";
    /** Spacecraft mass given to Orekit's propagator; it plays no part in the motion (kg). */
    private static final double MASS = 1000.0;
    /** Satellites propagated by the baseline before it is timed, to compile Orekit's code paths. */
    private static final int BASELINE_WARMUP_SATELLITES = 64;

    @Override
    public String group() {
        return "orbit";
    }

    @Override
    public void run(BenchReporter out) throws Exception {
        OrekitContext orekit = OrekitContext.bundled();
        Plan plan = PlanFiles.parse(SamplePlans.text(SAMPLE), GpuCatalog.builtIn()).plan().orElseThrow();
        EphemerisGridBuilder builder = new EphemerisGridBuilder(orekit);

        // the grid: median of several builds; each build's grid is garbage once its checksum is taken
        double tGrid = Timing.median(2, 5, () -> checksum(builder.build(plan, ProgressMonitor.NONE)));
        EphemerisGridBuilder.Result result = builder.buildWithNotes(plan, ProgressMonitor.NONE);
        EphemerisGrid grid = result.grid();
        for (EphemerisGridBuilder.Model m : result.models()) {
            if (m != EphemerisGridBuilder.Model.ECKSTEIN_HECHLER_MEAN) {
                throw new IllegalStateException(SAMPLE + " should be propagated with Eckstein-Hechler, got " + m);
            }
        }
        List<SatelliteOrbit> sats = new ConstellationOrbits(orekit).build(plan);
        AbsoluteDate start = orekit.date(plan.window().start());

        // the baseline: Orekit, parallel over satellites, compared with the grid on the fly
        baseline(sats, grid, start, BASELINE_WARMUP_SATELLITES);
        long t0 = System.nanoTime();
        double[] err = baseline(sats, grid, start, sats.size());
        double tOrekit = (System.nanoTime() - t0) * 1e-9;

        out.bench("ephemeris_grid_states", (double) grid.satelliteCount() * grid.stepCount(), "states");
        out.bench("ephemeris_grid_s", tGrid, "s");
        out.bench("ephemeris_grid_orekit_eh_s", tOrekit, "s");
        out.ratio("ephemeris_grid_vs_orekit", tOrekit / tGrid);
        out.bench("ephemeris_grid_max_error_m", err[0], "m");
        out.bench("ephemeris_grid_max_velocity_error_m_per_s", err[1], "m/s");
    }

    /** @return a value depending on the whole grid's layout and a few entries, so the build is not dropped */
    private static Double checksum(EphemerisGrid g) {
        int last = g.satelliteCount() * g.stepCount() - 1;
        return g.x()[0] + g.vy()[last / 2] + g.fixedZ()[last] + last;
    }

    /**
     * @return the largest position (m) and velocity (m/s) difference between Orekit and the grid over the
     *         first {@code count} satellites
     */
    private static double[] baseline(List<SatelliteOrbit> sats, EphemerisGrid grid, AbsoluteDate start, int count) {
        return IntStream.range(0, count).parallel().mapToObj(s -> {
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
