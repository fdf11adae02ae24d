package io.skyrack.bench;

import io.skyrack.core.orbit.EarthConstants;
import io.skyrack.thermal.Battery;
import io.skyrack.thermal.DormandPrinceReference;
import io.skyrack.thermal.Environment;
import io.skyrack.thermal.GpuGroup;
import io.skyrack.thermal.OrbitThermalInputs;
import io.skyrack.thermal.PeriodicOrbitSolver;
import io.skyrack.thermal.SunTrackingGeometry;
import io.skyrack.thermal.ThermalState;
import io.skyrack.thermal.TileThermalResult;
import io.skyrack.thermal.TileThermalSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * Power and thermal budget of every TILE of walker-1584 (one TILE per satellite) over one orbit at ~10 s steps:
 * Skyrack's periodic orbit solver (the trapezoidal rule, one linearised Newton iteration per step, repeated until
 * the orbit is periodic) against Hipparchus' Dormand–Prince 8(5,3) at 1e-8 relative tolerance (1e-6 K absolute,
 * 1e-8 of a 100 K temperature) integrating the same three-node network with the same power decisions, both
 * parallelised over TILEs in the same way. The headline ratio runs each side on one thread, in alternating rounds
 * (on a shared two-core machine a 50 ms run on both cores is slowed by whatever else wakes up far more than a run
 * of seconds is); the same measured on both cores is printed as well.
 *
 * <p>Fairness: Skyrack's time is the whole periodic solve (validation, loads, every orbit it needed from its own
 * initial guess, the controller, the summaries with their radiator sizing). Dormand–Prince integrates, for each
 * TILE, as many orbits as Skyrack needed ({@code summary().orbits()}, every orbit Skyrack simulated, the first
 * one included), replaying the converged orbit's power decisions (it does no controller work and no sizing),
 * starting from Skyrack's converged orbit start so that the temperatures of its last orbit and Skyrack's can be
 * compared (from Skyrack's first guess it would reach the periodic state no sooner, and its last orbit would
 * still carry the guess's slow mode). So the ratio is the cost of an orbit of each, Skyrack's fixed cost per
 * TILE included: fewer orbits would speed Skyrack up but not raise the ratio. Its right-hand side is as lean as
 * the API allows (no allocation, the held step's loads precomputed). It is driven two ways: restarted at every
 * sample, where the replayed inputs have kinks and jumps, so that each call integrates a smooth right-hand side
 * (the headline: faster and more accurate), and in one call over the whole span, as one would hand it any ODE
 * (its error control then lets a few millikelvin through at the jumps). Temperatures are compared at every
 * sample of the last orbit.
 */
public final class ThermalBench implements BenchGroup {

    private static final double ALTITUDE = 550e3;
    private static final double INCLINATION = Math.toRadians(53.0);
    private static final int PLANES = 72;
    private static final int PER_PLANE = 22;
    private static final int PHASING = 1;
    private static final double TARGET_STEP = 10.0;
    /** Dormand–Prince tolerances: 1e-8 relative, and 1e-6 K absolute (1e-8 of 100 K, below any TILE temperature). */
    private static final double DP_RELATIVE_TOLERANCE = 1e-8;
    private static final double DP_ABSOLUTE_TOLERANCE_K = 1e-6;
    /** Alternating rounds of the one-thread headline. */
    private static final int ROUNDS = 3;

    @Override
    public String group() {
        return "thermal";
    }

    @Override
    public void run(BenchReporter out) throws Exception {
        TileThermalSpec spec = walkerTile();
        Environment env = Environment.nominal();
        List<OrbitThermalInputs> tiles = walkerInputs();
        PeriodicOrbitSolver solver = new PeriodicOrbitSolver();

        List<TileThermalResult> ours = new ArrayList<>();
        // Each run lets go of the previous run's results before it starts, as the Dormand–Prince runs overwrite
        // their outputs in place: at most one set of outputs is alive on either side. (Skyrack's results are ~30 MB
        // per run, in stores of ~0.6 MB that G1 allocates outside the young generation; any collection inside a
        // timed run is charged to it.)
        Callable<Object> skyrack = () -> {
            ours.clear();
            List<TileThermalResult> r = solver.solveAll(spec, env, tiles);
            ours.addAll(r);
            return r.size();
        };

        // Two threads (the common pool, as the analysis runs it): a Skyrack run takes ~50 ms and gets 10 warm-up
        // runs for the compiler to settle; a Dormand–Prince run takes seconds.
        double oursTwoThreads = Timing.median(10, 9, skyrack);
        ThermalState[] starts = new ThermalState[tiles.size()];
        for (int i = 0; i < tiles.size(); i++) {
            starts[i] = ours.get(i).initialState();
        }
        Baseline single = baseline(spec, env, tiles, ours, starts, DormandPrinceReference.Mode.SINGLE_CALL);
        Baseline restarted = baseline(spec, env, tiles, ours, starts, DormandPrinceReference.Mode.RESTART_EACH_STEP);

        // The headline: each side on one thread (a one-worker pool), in alternating rounds. On a shared two-core
        // machine a 50 ms run on both cores is slowed by whatever else wakes up far more than a run of seconds;
        // on one thread each, with rounds alternating, both sides see the same machine.
        double[] oursOne = new double[ROUNDS];
        double[] dpOne = new double[ROUNDS];
        ForkJoinPool one = new ForkJoinPool(1);
        try {
            Callable<Object> dp = () -> dormandPrince(spec, env, tiles, ours, starts,
                    DormandPrinceReference.Mode.RESTART_EACH_STEP);
            Timing.median(5, 1, () -> one.submit(skyrack).get());
            Timing.median(0, 1, () -> one.submit(dp).get());
            for (int r = 0; r < ROUNDS; r++) {
                oursOne[r] = Timing.median(0, 5, () -> one.submit(skyrack).get());
                dpOne[r] = Timing.median(0, 1, () -> one.submit(dp).get());
            }
        } finally {
            one.shutdown();
        }
        double oursSeconds = median(oursOne);
        double dpSeconds = median(dpOne);

        int orbitsTotal = 0;
        int orbitsMax = 0;
        int converged = 0;
        int throttledTiles = 0;
        double residual = 0.0;
        for (TileThermalResult r : ours) {
            orbitsTotal += r.summary().orbits();
            orbitsMax = Math.max(orbitsMax, r.summary().orbits());
            converged += r.summary().converged() ? 1 : 0;
            throttledTiles += r.summary().throttledMinutes() > 0 ? 1 : 0;
            residual = Math.max(residual, Math.abs(r.summary().energyResidual()));
        }
        OrbitThermalInputs first = tiles.get(0);
        out.note("walker-1584, one TILE per satellite, nominal case; Dormand-Prince 8(5,3) at 1e-8 relative, 1e-6 K "
                + "absolute integrates as many orbits as Skyrack's periodic solve needed for each TILE (all it simulated),"
                + " from Skyrack's converged state, replaying the converged power decisions; differences over the last "
                + "orbit");
        out.bench("thermal_tiles", tiles.size(), "tiles");
        out.bench("thermal_steps_per_orbit", first.size(), "steps");
        out.bench("thermal_step_s", first.step(), "s");
        out.bench("thermal_orbits_mean", (double) orbitsTotal / tiles.size(), "orbits");
        out.bench("thermal_orbits_max", orbitsMax, "orbits");
        out.bench("thermal_converged_tiles", converged, "tiles");
        out.bench("thermal_throttled_tiles", throttledTiles, "tiles");
        out.bench("thermal_energy_residual_max", residual, "relative");
        out.note("one thread each, medians of " + ROUNDS + " alternating rounds (Skyrack: median of 5 runs a round; "
                + "Dormand-Prince restarted at every sample: one run a round)");
        out.bench("thermal_skyrack_s", oursSeconds, "s");
        out.bench("thermal_dormand_prince_s", dpSeconds, "s");
        out.bench("thermal_max_diff_k", restarted.maxDiff, "K");
        out.ratio("thermal_vs_dormand_prince", dpSeconds / oursSeconds);
        out.note("two threads (the common pool), Skyrack median of 9 runs, Dormand-Prince median of 3 runs each way");
        out.bench("thermal_skyrack_two_threads_s", oursTwoThreads, "s");
        out.bench("thermal_dormand_prince_two_threads_s", restarted.seconds, "s");
        out.bench("thermal_dormand_prince_single_call_two_threads_s", single.seconds, "s");
        out.bench("thermal_max_diff_single_call_k", single.maxDiff, "K");
        out.ratio("thermal_vs_dormand_prince_two_threads", restarted.seconds / oursTwoThreads);
        out.ratio("thermal_vs_dormand_prince_single_call_two_threads", single.seconds / oursTwoThreads);
    }

    /** Time and largest temperature difference of one way of driving Dormand–Prince. */
    private record Baseline(double seconds, double maxDiff) {
    }

    private static Baseline baseline(TileThermalSpec spec, Environment env, List<OrbitThermalInputs> tiles,
                                     List<TileThermalResult> ours, ThermalState[] starts,
                                     DormandPrinceReference.Mode mode) throws Exception {
        double[][][][] reference = new double[1][][][];
        double seconds = Timing.median(1, 3, () -> reference[0] = dormandPrince(spec, env, tiles, ours, starts, mode));
        double maxDiff = 0.0;
        for (int i = 0; i < tiles.size(); i++) {
            TileThermalResult r = ours.get(i);
            for (int k = 0; k < r.samples(); k++) {
                maxDiff = Math.max(maxDiff, Math.abs(r.solarFaceK(k) - reference[0][i][0][k]));
                maxDiff = Math.max(maxDiff, Math.abs(r.boardK(k) - reference[0][i][1][k]));
                maxDiff = Math.max(maxDiff, Math.abs(r.radiatorK(k) - reference[0][i][2][k]));
            }
        }
        return new Baseline(seconds, maxDiff);
    }

    /**
     * Every TILE integrated by Dormand–Prince, in parallel over TILEs on the pool it runs in (the common pool, or the
     * one-worker pool of the headline).
     */
    private static double[][][] dormandPrince(TileThermalSpec spec, Environment env, List<OrbitThermalInputs> tiles,
                                              List<TileThermalResult> ours, ThermalState[] starts,
                                              DormandPrinceReference.Mode mode) {
        double[][][] reference = new double[tiles.size()][][];
        ThreadLocal<DormandPrinceReference> dp = ThreadLocal.withInitial(
                () -> new DormandPrinceReference(DP_RELATIVE_TOLERANCE, DP_ABSOLUTE_TOLERANCE_K));
        IntStream.range(0, tiles.size()).parallel().forEach(i -> reference[i] = dp.get().integrate(spec, env,
                tiles.get(i), ours.get(i), starts[i], ours.get(i).summary().orbits(), mode));
        return reference;
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v[v.length / 2];
    }

    /** The walker-1584 TILE of the benchmark brief, 2 × Jetson Orin NX 16GB at 25 W, 2000 Wh battery. */
    static TileThermalSpec walkerTile() {
        GpuGroup orinNx = new GpuGroup(2, new double[] {10.0, 15.0, 25.0}, 2, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN);
        return new TileThermalSpec(1.0, 1.0, new TileThermalSpec.FaceOptics(0.88, 0.80),
                new TileThermalSpec.FaceOptics(0.12, 0.90), new TileThermalSpec.HeatCapacities(2700, 5400, 3600),
                new TileThermalSpec.Conductances(8.0, 30.0), new TileThermalSpec.SolarCells(0.30, -0.0022, 0.03, 0.9),
                0.97, 0.95, 8.0, List.of(orinNx), Battery.ofWattHours(2000.0, 0.3, 0.95, 0.95));
    }

    /**
     * Inputs of every TILE: circular two-body orbits of the Walker delta 53°:1584/72/1 shell at 550 km, the Sun
     * along +x (March equinox), one orbit sampled at the step nearest 10 s that divides the period, a
     * sun-tracking TILE, cylindrical shadow, Earth view factors for each face's angle to nadir, albedo factor
     * from the Sun's zenith angle at the sub-satellite point.
     */
    static List<OrbitThermalInputs> walkerInputs() {
        double r = EarthConstants.EQUATORIAL_RADIUS;
        double a = r + ALTITUDE;
        double period = 2.0 * Math.PI * Math.sqrt(a * a * a / EarthConstants.MU);
        int n = (int) Math.round(period / TARGET_STEP);
        double dt = period / n;
        double[] time = new double[n];
        double[] sunX = new double[n];
        double[] sunY = new double[n];
        double[] sunZ = new double[n];
        for (int k = 0; k < n; k++) {
            time[k] = k * dt;
            sunX[k] = 1.0;
        }
        int total = PLANES * PER_PLANE;
        List<OrbitThermalInputs> tiles = new ArrayList<>(total);
        for (int p = 0; p < PLANES; p++) {
            double raan = 2.0 * Math.PI * p / PLANES;
            // perifocal axes of a circular orbit: P toward the ascending node, Q 90° ahead in the plane
            double[] axisP = {Math.cos(raan), Math.sin(raan), 0.0};
            double[] axisQ = {-Math.cos(INCLINATION) * Math.sin(raan), Math.cos(INCLINATION) * Math.cos(raan),
                Math.sin(INCLINATION)};
            for (int s = 0; s < PER_PLANE; s++) {
                double u0 = 2.0 * Math.PI * s / PER_PLANE + 2.0 * Math.PI * PHASING * p / total;
                double[] x = new double[n];
                double[] y = new double[n];
                double[] z = new double[n];
                for (int k = 0; k < n; k++) {
                    double u = u0 + 2.0 * Math.PI * k / n;
                    double c = Math.cos(u);
                    double si = Math.sin(u);
                    x[k] = a * (c * axisP[0] + si * axisQ[0]);
                    y[k] = a * (c * axisP[1] + si * axisQ[1]);
                    z[k] = a * (c * axisP[2] + si * axisQ[2]);
                }
                double[] lit = SunTrackingGeometry.cylindricalShadow(x, y, z, sunX, sunY, sunZ, r);
                tiles.add(SunTrackingGeometry.inputs("shell-" + p + "-" + s, time, x, y, z, sunX, sunY, sunZ, lit, r));
            }
        }
        return tiles;
    }

    /**
     * Runs this benchmark alone.
     *
     * @param args unused
     * @throws Exception when it fails
     */
    public static void main(String[] args) throws Exception {
        new ThermalBench().run(new BenchReporter(System.out));
    }
}
