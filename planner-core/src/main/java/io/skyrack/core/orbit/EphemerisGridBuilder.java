package io.skyrack.core.orbit;

import io.skyrack.core.orekit.OrekitContext;
import io.skyrack.core.plan.AnalysisAssumptions.PropagatorChoice;
import io.skyrack.core.plan.AnalysisWindow;
import io.skyrack.core.plan.Constellation;
import io.skyrack.core.plan.ExplicitConstellationSpec;
import io.skyrack.core.plan.Plan;
import io.skyrack.core.plan.SunSynchronousSpec;
import io.skyrack.core.plan.WalkerConstellationSpec;
import io.skyrack.core.progress.ProgressMonitor;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.orekit.errors.OrekitException;
import org.orekit.frames.Transform;
import org.orekit.propagation.analytical.tle.TLE;
import org.orekit.propagation.analytical.tle.TLEPropagator;
import org.orekit.time.AbsoluteDate;
import org.orekit.utils.PVCoordinates;

/**
 * The orbit engine's propagation stage: propagates every satellite of a plan over the analysis window
 * into an {@link EphemerisGrid}.
 *
 * <p>Models, with {@link PropagatorChoice#AUTO}: Walker and sun-synchronous constellations use the
 * Eckstein-Hechler theory (zonal J2–J6) with their design elements taken as <em>mean</em> elements, so
 * that a shell's altitude is its mean altitude; explicit Keplerian satellites use Eckstein-Hechler with
 * their elements taken as <em>osculating</em>; TLE sets use Orekit's SGP4/SDP4. When the Eckstein-Hechler
 * theory refuses an orbit (mean eccentricity above 0.1, almost equatorial or almost critically inclined),
 * the satellite falls back to two-body motion and the result says so. With
 * {@link PropagatorChoice#KEPLERIAN} every satellite but the TLE sets moves on its two-body orbit.
 *
 * <p>The Eckstein-Hechler and two-body models are evaluated by Skyrack's own plain-double code
 * ({@link FastEcksteinHechler}, {@link KeplerianMotion}) from mean elements that Orekit computes; they
 * reproduce Orekit's propagators to well under a millimetre. Earth-fixed positions use Orekit's
 * EME2000-to-ITRF rotation, computed once per step and shared by all satellites. Satellites are
 * propagated in parallel; the result does not depend on the number of threads.
 */
public final class EphemerisGridBuilder {

    /** Stage name reported to the progress monitor. */
    public static final String STAGE = "Propagating orbits";
    /** Share of the progress spent on the per-step frame rotations. */
    private static final double FRAMES_SHARE = 0.05;

    private final OrekitContext orekit;

    /** @param orekit the data context supplying time scales and frames */
    public EphemerisGridBuilder(OrekitContext orekit) {
        this.orekit = Objects.requireNonNull(orekit, "orekit");
    }

    /** The propagation model a satellite was given. */
    public enum Model {
        /** Eckstein-Hechler with the plan's elements taken as mean elements. */
        ECKSTEIN_HECHLER_MEAN,
        /** Eckstein-Hechler with the plan's elements taken as osculating elements. */
        ECKSTEIN_HECHLER_OSCULATING,
        /** Two-body Keplerian motion. */
        KEPLERIAN,
        /** SGP4/SDP4 from a two-line element set. */
        SGP4
    }

    /**
     * A satellite that Eckstein-Hechler refused and that was propagated as two-body motion instead.
     *
     * @param satellite index in roster order
     * @param name satellite name
     * @param constellationIndex index of its constellation in the plan
     * @param slot index of the satellite within its constellation's plane (for explicit sets, its index
     *             in the list)
     * @param reason why the theory refused the orbit
     */
    public record Fallback(int satellite, String name, int constellationIndex, int slot, String reason) {
    }

    /**
     * The grid with what the caller should know about how it was made.
     *
     * @param grid the ephemeris grid
     * @param notes one sentence per fallback, for findings
     * @param fallbacks the satellites propagated as two-body motion because Eckstein-Hechler refused them
     * @param models the model of each satellite, in roster order
     */
    public record Result(EphemerisGrid grid, List<String> notes, List<Fallback> fallbacks, List<Model> models) {

        /** Copies the lists. */
        public Result {
            Objects.requireNonNull(grid, "grid");
            notes = List.copyOf(notes);
            fallbacks = List.copyOf(fallbacks);
            models = List.copyOf(models);
        }
    }

    /**
     * Propagates every satellite of a valid plan over {@code plan.window()}.
     *
     * @param plan a plan without validation errors
     * @param progress receives progress and may cancel
     * @return the grid, {@code plan.window().sampleCount()} steps per satellite, in roster order
     * @throws CancellationException when the monitor asks to stop
     */
    public EphemerisGrid build(Plan plan, ProgressMonitor progress) {
        return buildWithNotes(plan, progress).grid();
    }

    /**
     * Propagates every satellite of a valid plan over {@code plan.window()} and says which models were used.
     *
     * @param plan a plan without validation errors
     * @param progress receives progress and may cancel
     * @return the grid, the fallbacks and the model of each satellite
     * @throws CancellationException when the monitor asks to stop
     */
    public Result buildWithNotes(Plan plan, ProgressMonitor progress) {
        progress.checkCancelled();
        progress.progress(STAGE, 0.0);
        List<SatelliteOrbit> sats = new ConstellationOrbits(orekit).build(plan);
        AnalysisWindow window = plan.window();
        int steps = window.sampleCount();
        double step = window.step();
        AbsoluteDate start = orekit.date(window.start());
        PropagatorChoice choice = plan.assumptions().propagator();

        // choose each satellite's model
        List<SatelliteMotion> motions = new ArrayList<>(sats.size());
        List<Model> models = new ArrayList<>(sats.size());
        List<Fallback> fallbacks = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (int s = 0; s < sats.size(); s++) {
            SatelliteOrbit sat = sats.get(s);
            Constellation c = plan.constellations().get(sat.constellationIndex());
            SatelliteMotion m = choose(sat, c, choice, start);
            if (m.fallback().isPresent()) {
                String reason = m.fallback().get();
                fallbacks.add(new Fallback(s, sat.name(), sat.constellationIndex(), sat.slot(), reason));
                notes.add("Satellite " + sat.name() + ": the Eckstein-Hechler model refuses its orbit (" + reason
                        + "); it is propagated as two-body Keplerian motion, without J2 drift.");
            }
            motions.add(m);
            models.add(m.model());
        }
        progress.checkCancelled();

        // per-step frame rotations, shared by all satellites
        AbsoluteDate[] dates = new AbsoluteDate[steps];
        for (int k = 0; k < steps; k++) {
            dates[k] = start.shiftedBy(k * step);
        }
        double[] toItrf = StepRotations.eme2000ToItrf(orekit, dates);
        Transform[] temeToEme = models.contains(Model.SGP4) ? StepRotations.temeToEme2000(orekit, dates) : null;
        progress.progress(STAGE, FRAMES_SHARE);
        progress.checkCancelled();

        int n = sats.size();
        int size = Math.multiplyExact(n, steps);
        double[][] inertial = new double[6][size];
        double[][] fixed = new double[3][size];
        AtomicBoolean cancelled = new AtomicBoolean();
        AtomicInteger done = new AtomicInteger();
        IntStream.range(0, n).parallel().forEach(s -> {
            if (cancelled.get() || progress.isCancelled()) {
                cancelled.set(true);
                return;
            }
            int offset = s * steps;
            SatelliteMotion m = motions.get(s);
            if (m.tle().isPresent()) {
                propagateTle(m.tle().get(), dates, temeToEme, inertial, offset);
            } else {
                m.propagator().propagate(m.t0(), step, steps, inertial, offset);
            }
            StepRotations.apply(toItrf, steps, inertial, fixed, offset);
            int d = done.incrementAndGet();
            if (d * 100L / n != (d - 1) * 100L / n) {
                progress.progress(STAGE, FRAMES_SHARE + (1 - FRAMES_SHARE) * d / n);
            }
        });
        if (cancelled.get()) {
            progress.checkCancelled();
            throw new CancellationException("cancelled by the user");
        }
        progress.progress(STAGE, 1.0);
        List<String> names = sats.stream().map(SatelliteOrbit::name).toList();
        EphemerisGrid grid = new EphemerisGrid(names, window.start(), step, steps, inertial, fixed);
        return new Result(grid, notes, fallbacks, models);
    }

    /** Picks the model of one satellite and prepares it. */
    private SatelliteMotion choose(SatelliteOrbit sat, Constellation c, PropagatorChoice choice, AbsoluteDate start) {
        double t0 = start.durationFrom(sat.orbit().getDate());
        if (sat.tle().isPresent()) {
            return new SatelliteMotion(Model.SGP4, null, t0, sat.tle(), Optional.empty());
        }
        if (choice == PropagatorChoice.KEPLERIAN) {
            return keplerian(sat, t0, Optional.empty());
        }
        boolean designed = c instanceof WalkerConstellationSpec || c instanceof SunSynchronousSpec;
        if (!designed && !(c instanceof ExplicitConstellationSpec)) {
            throw new IllegalStateException("no propagation model for " + c.getClass().getSimpleName());
        }
        MeanCircularElements mean;
        try {
            mean = designed ? MeanCircularElements.ofMeanOrbit(sat.orbit())
                    : MeanCircularElements.ofOsculatingOrbit(sat.orbit());
        } catch (OrekitException e) {
            // the osculating-to-mean conversion refuses orbits outside the theory's domain
            return keplerian(sat, t0, Optional.of(e.getMessage()));
        }
        Optional<String> refusal = FastEcksteinHechler.refusal(mean);
        if (refusal.isPresent()) {
            return keplerian(sat, t0, refusal);
        }
        FastEcksteinHechler eh = new FastEcksteinHechler(mean);
        return new SatelliteMotion(designed ? Model.ECKSTEIN_HECHLER_MEAN : Model.ECKSTEIN_HECHLER_OSCULATING,
                eh::propagate, t0, Optional.empty(), Optional.empty());
    }

    private static SatelliteMotion keplerian(SatelliteOrbit sat, double t0, Optional<String> fallback) {
        KeplerianMotion k = new KeplerianMotion(sat.orbit());
        return new SatelliteMotion(Model.KEPLERIAN, k::propagate, t0, Optional.empty(), fallback);
    }

    /** SGP4/SDP4 through Orekit, one step at a time, converted from TEME to EME2000. */
    private void propagateTle(TLE tle, AbsoluteDate[] dates, Transform[] temeToEme, double[][] out, int offset) {
        TLEPropagator prop = TLEPropagator.selectExtrapolator(tle, orekit.teme());
        for (int k = 0; k < dates.length; k++) {
            PVCoordinates pv = temeToEme[k].transformPVCoordinates(prop.getPVCoordinates(dates[k]));
            int idx = offset + k;
            out[0][idx] = pv.getPosition().getX();
            out[1][idx] = pv.getPosition().getY();
            out[2][idx] = pv.getPosition().getZ();
            out[3][idx] = pv.getVelocity().getX();
            out[4][idx] = pv.getVelocity().getY();
            out[5][idx] = pv.getVelocity().getZ();
        }
    }

    /** Propagates one satellite over a regular grid of steps. */
    @FunctionalInterface
    private interface GridPropagator {
        void propagate(double t0, double step, int count, double[][] out, int offset);
    }

    /**
     * One satellite's prepared model.
     *
     * @param model which model
     * @param propagator the analytical model (null for TLE sets)
     * @param t0 time from the orbit's epoch to the first step (s)
     * @param tle the element set of a TLE satellite
     * @param fallback why Eckstein-Hechler was refused, when this is a fallback
     */
    private record SatelliteMotion(Model model, GridPropagator propagator, double t0, Optional<TLE> tle,
                                   Optional<String> fallback) {
    }
}
