package io.skyrack.core.power;

import io.skyrack.core.lighting.Lighting;
import io.skyrack.core.lighting.LightingCalculator;
import io.skyrack.core.lighting.SunEphemeris;
import io.skyrack.core.orbit.EphemerisGrid;
import io.skyrack.core.orbit.EphemerisGridBuilder;
import io.skyrack.core.orekit.OrekitContext;
import io.skyrack.core.plan.AnalysisWindow;
import io.skyrack.core.plan.Plan;
import io.skyrack.core.plan.SatelliteTemplate.AttitudeMode;
import io.skyrack.core.progress.ProgressMonitor;
import io.skyrack.thermal.EarthViewFactor;
import io.skyrack.thermal.OrbitThermalInputs;
import java.time.Instant;
import java.util.Arrays;

/**
 * One orbit of every satellite, sampled for the thermal solver: the first orbit of the analysis window, at
 * about {@link #TARGET_STEP} seconds.
 *
 * <p>The thermal solver needs one orbit whose last sample is followed by the first (a periodic orbit). The
 * orbit engine's grid has the plan's step, which does not divide the period, so the satellites are propagated
 * again from the window start at {@link #TARGET_STEP} over a little more than two orbits, with the same
 * propagators as the analysis. Each satellite's period is the draconic period, the time between its first two
 * ascending-node crossings of the equator (interpolated), the period with which its Sun geometry repeats to
 * within the Sun's ~4 minutes of arc per orbit; an equatorial orbit without node crossings uses the Keplerian
 * period of its first state. The orbit is the first {@code n = round(P / step)} samples: the sampled span
 * differs from the period by at most half a step (10 s, about 0.6° of the orbit), a small jump in phase where
 * the orbit wraps round that the thermal network's time constants of hours do not resolve.
 */
public final class ThermalOrbits {

    /** Time between thermal samples (s): Crank–Nicolson at this step stays within 0.1 K of a fine reference. */
    public static final double TARGET_STEP = 20.0;

    /** Fewest samples per orbit. */
    static final int MIN_SAMPLES = 60;

    private final EphemerisGrid grid;
    private final Lighting lighting;
    private final double[] periods;
    private final int[] samples;

    private ThermalOrbits(EphemerisGrid grid, Lighting lighting, double[] periods, int[] samples) {
        this.grid = grid;
        this.lighting = lighting;
        this.periods = periods;
        this.samples = samples;
    }

    /**
     * Propagates every satellite over its first orbit in the window.
     *
     * @param orekit Orekit data
     * @param plan a valid plan
     * @param periodHint an estimate of each satellite's period (s), in roster order, from the analysis
     * @param pole the Earth's rotation axis in EME2000, for the shadow model
     * @param progress cancellation (progress is reported by the caller)
     * @return the sampled orbits
     */
    public static ThermalOrbits sample(OrekitContext orekit, Plan plan, double[] periodHint, double[] pole,
                                       ProgressMonitor progress) {
        double longest = Arrays.stream(periodHint).filter(Double::isFinite).max().orElse(6000.0);
        double shortest = Arrays.stream(periodHint).filter(Double::isFinite).min().orElse(longest);
        double step = Math.min(TARGET_STEP, shortest / MIN_SAMPLES);
        // two orbits and a margin for the difference between the estimate and the draconic period
        double span = 2.2 * longest + 2 * step;
        Plan copy = new Plan(plan.name(), plan.description(), plan.epoch(),
                new AnalysisWindow(plan.window().start(), span, step), plan.tiles(), plan.constellations(),
                plan.groundStations(), plan.crosslinks(), plan.workloads(), plan.assumptions());
        ProgressMonitor quiet = new ProgressMonitor() {
            @Override
            public void progress(String stage, double fraction) {
                // the caller reports the stage as a whole
            }

            @Override
            public boolean isCancelled() {
                return progress.isCancelled();
            }
        };
        EphemerisGrid grid = new EphemerisGridBuilder(orekit).build(copy, quiet);
        SunEphemeris sun = SunEphemeris.compute(orekit, grid.start(), grid.step(), grid.stepCount());
        Lighting lighting = new LightingCalculator(pole).compute(grid, sun, quiet);
        int n = grid.satelliteCount();
        double[] periods = new double[n];
        int[] samples = new int[n];
        for (int s = 0; s < n; s++) {
            double p = draconicPeriod(grid, s);
            if (!(p > 0)) {
                p = Double.isFinite(periodHint[s]) ? periodHint[s] : keplerPeriod(grid, s);
            }
            periods[s] = p;
            samples[s] = Math.max(MIN_SAMPLES / 2, Math.min(grid.stepCount(), (int) Math.round(p / step)));
        }
        return new ThermalOrbits(grid, lighting, periods, samples);
    }

    /** @return the window start: time 0 of every sampled orbit */
    public Instant start() {
        return grid.start();
    }

    /** @return time between samples (s) */
    public double step() {
        return grid.step();
    }

    /**
     * @param satellite roster index
     * @return the draconic period of the satellite (s)
     */
    public double period(int satellite) {
        return periods[satellite];
    }

    /**
     * @param satellite roster index
     * @return samples in the satellite's orbit
     */
    public int samples(int satellite) {
        return samples[satellite];
    }

    /**
     * What a TILE of the satellite sees over its orbit.
     *
     * @param satellite roster index
     * @param attitude the satellite's attitude mode
     * @param tileId identifier carried into throttle events
     * @return the thermal solver's inputs
     */
    public OrbitThermalInputs inputs(int satellite, AttitudeMode attitude, String tileId) {
        TileGeometry g = TileGeometry.of(grid, lighting, satellite, attitude);
        int n = samples[satellite];
        double[] time = new double[n];
        double[] viewSolar = new double[n];
        double[] viewRadiator = new double[n];
        for (int k = 0; k < n; k++) {
            time[k] = k * grid.step();
            double h = Math.max(0.0, g.altitude()[k]);
            viewSolar[k] = EarthViewFactor.ofCosine(g.cosSolarFaceToNadir()[k], h, EarthViewFactor.EARTH_MEAN_RADIUS);
            viewRadiator[k] = EarthViewFactor.ofCosine(-g.cosSolarFaceToNadir()[k], h,
                    EarthViewFactor.EARTH_MEAN_RADIUS);
        }
        return new OrbitThermalInputs(tileId, time, Arrays.copyOf(g.sunX(), n), Arrays.copyOf(g.sunY(), n),
                Arrays.copyOf(g.sunZ(), n), clip(Arrays.copyOf(g.illumination(), n)), viewSolar, viewRadiator,
                clip(Arrays.copyOf(g.albedoFactor(), n)));
    }

    static double draconicPeriod(EphemerisGrid grid, int s) {
        return io.skyrack.core.orbit.OrbitPeriods.draconic(grid, s);
    }

    private static double keplerPeriod(EphemerisGrid grid, int s) {
        return io.skyrack.core.orbit.OrbitPeriods.keplerian(grid, s);
    }

    private static double[] clip(double[] v) {
        for (int i = 0; i < v.length; i++) {
            v[i] = Math.min(1.0, Math.max(0.0, v[i]));
        }
        return v;
    }
}
