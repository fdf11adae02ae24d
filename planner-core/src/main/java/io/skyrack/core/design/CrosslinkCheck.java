package io.skyrack.core.design;

import io.skyrack.core.network.LineOfSight;
import io.skyrack.core.network.PairLinkModel;
import io.skyrack.core.orbit.EphemerisGrid;
import io.skyrack.core.orbit.EphemerisGridBuilder;
import io.skyrack.core.orekit.OrekitContext;
import io.skyrack.core.plan.Plan;
import io.skyrack.core.plan.SatelliteRoster;
import io.skyrack.core.plan.SatelliteTemplate;
import io.skyrack.core.progress.ProgressMonitor;
import io.skyrack.core.validation.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.orekit.frames.StaticTransform;
import org.orekit.time.AbsoluteDate;

/**
 * Manual check of a crosslink between two satellites over the analysis window: at every step of the ephemeris
 * grid, whether the line of sight clears the Earth by the policy's grazing margin ({@link
 * LineOfSight#isClear}, the crosslink engine's test against the WGS-84 ellipsoid with the pole of date) and
 * the range is within the link's reach ({@link PairLinkModel#of}: the policy's range, both terminals' ranges
 * and the link budget). Figures are over the grid's samples; link windows with refined boundaries are the
 * crosslink analysis's business. The pole of date comes from Orekit's ITRF every hour, interpolated linearly,
 * as in the crosslink engine. Thread-safe.
 */
public final class CrosslinkCheck {

    /** Spacing of the pole samples (s). */
    private static final double POLE_SPACING = 3600.0;

    private final OrekitContext orekit;

    /** @param orekit Orekit data (for the Earth's pole of date and for propagation) */
    public CrosslinkCheck(OrekitContext orekit) {
        this.orekit = orekit;
    }

    /** Overall answer of a check. */
    public enum Verdict {
        /** The link is available at every sample of the window. */
        ALWAYS,
        /** The link is available at some samples only. */
        INTERMITTENT,
        /** The link is never available. */
        NEVER,
        /** The check could not run (see the findings). */
        NOT_CHECKED
    }

    /**
     * Result of a check. Ranges are 0 when the check did not run.
     *
     * @param satelliteA first satellite
     * @param satelliteB second satellite
     * @param availableFraction share of samples with line of sight and range within reach (0–1)
     * @param lineOfSightFraction share of samples with line of sight clearing the grazing margin (0–1)
     * @param minRange smallest distance between the satellites over the window (m)
     * @param maxRange largest distance between the satellites over the window (m)
     * @param reach largest range of the link (m)
     * @param verdict overall answer
     * @param findings why the check did not run, or what limits the link
     */
    public record Result(String satelliteA, String satelliteB, double availableFraction, double lineOfSightFraction,
                         double minRange, double maxRange, double reach, Verdict verdict, List<Finding> findings) {

        /** Copies the list. */
        public Result {
            findings = List.copyOf(findings);
        }
    }

    /**
     * Propagates the plan's orbits, then checks the pair.
     *
     * @param plan a plan without validation errors
     * @param a first satellite's name
     * @param b second satellite's name
     * @param progress progress and cancellation of the propagation
     * @return the result
     */
    public Result check(Plan plan, String a, String b, ProgressMonitor progress) {
        return check(plan, new EphemerisGridBuilder(orekit).build(plan, progress), a, b);
    }

    /**
     * Checks the pair on an ephemeris already computed (the globe's, for instance), with the plan's crosslink
     * policy and the two satellites' terminals.
     *
     * @param plan the plan the grid was built from
     * @param grid its ephemeris grid
     * @param a first satellite's name
     * @param b second satellite's name
     * @return the result
     */
    public Result check(Plan plan, EphemerisGrid grid, String a, String b) {
        SatelliteTemplate ta = template(plan, a);
        SatelliteTemplate tb = template(plan, b);
        if (ta == null || tb == null) {
            return notChecked(a, b, Finding.error("/crosslinks", "ref.satellite", "no satellite '"
                    + (ta == null ? a : b) + "' in the plan"));
        }
        double reach = PairLinkModel.of(ta.terminals(), tb.terminals(), plan.crosslinks().maxRange()).maxRange();
        return check(grid, a, b, reach, plan.crosslinks().grazingAltitudeMargin());
    }

    /**
     * Checks the pair on an ephemeris grid with a given reach and grazing margin.
     *
     * @param grid the ephemeris
     * @param a first satellite's name
     * @param b second satellite's name
     * @param reach largest range of the link (m)
     * @param grazingMargin lowest altitude the line of sight may pass above the ellipsoid (m)
     * @return the result
     */
    public Result check(EphemerisGrid grid, String a, String b, double reach, double grazingMargin) {
        int ia = grid.names().indexOf(a);
        int ib = grid.names().indexOf(b);
        if (ia < 0 || ib < 0) {
            return notChecked(a, b, Finding.error("/crosslinks", "ref.satellite", "no satellite '"
                    + (ia < 0 ? a : b) + "' in the ephemeris"));
        }
        if (ia == ib) {
            return notChecked(a, b, Finding.error("/crosslinks", "link.same-satellite",
                    "a crosslink needs two different satellites"));
        }
        if (!(Double.isFinite(reach) && reach >= 0 && Double.isFinite(grazingMargin))) {
            return notChecked(a, b, Finding.error("/crosslinks", "link.policy",
                    "the link's reach and grazing margin must be finite numbers"));
        }
        int steps = grid.stepCount();
        if (steps == 0) {
            return notChecked(a, b, Finding.error("/analysis", "link.window", "the ephemeris has no sample"));
        }
        double[][] pole = pole(grid);
        double[] x = grid.x();
        double[] y = grid.y();
        double[] z = grid.z();
        int sight = 0;
        int available = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (int k = 0; k < steps; k++) {
            int i = grid.index(ia, k);
            int j = grid.index(ib, k);
            double range = Math.sqrt((x[i] - x[j]) * (x[i] - x[j]) + (y[i] - y[j]) * (y[i] - y[j])
                    + (z[i] - z[j]) * (z[i] - z[j]));
            min = Math.min(min, range);
            max = Math.max(max, range);
            if (LineOfSight.isClear(x[i], y[i], z[i], x[j], y[j], z[j], pole[0][k], pole[1][k], pole[2][k],
                    grazingMargin)) {
                sight++;
                if (range <= reach) {
                    available++;
                }
            }
        }
        List<Finding> findings = new ArrayList<>();
        Verdict verdict = available == steps ? Verdict.ALWAYS : available == 0 ? Verdict.NEVER : Verdict.INTERMITTENT;
        if (verdict != Verdict.ALWAYS) {
            findings.add(Finding.info("/crosslinks", "link.limited", String.format(Locale.ROOT,
                    "%s–%s: line of sight %.0f %% of the window, range %.0f–%.0f km against a reach of %.0f km",
                    a, b, 100.0 * sight / steps, min / 1e3, max / 1e3, reach / 1e3)));
        }
        return new Result(a, b, (double) available / steps, (double) sight / steps, min, max, reach, verdict,
                findings);
    }

    private static Result notChecked(String a, String b, Finding f) {
        return new Result(a, b, 0, 0, 0, 0, 0, Verdict.NOT_CHECKED, List.of(f));
    }

    private static SatelliteTemplate template(Plan plan, String name) {
        return SatelliteRoster.entries(plan).stream().filter(e -> e.name().equals(name)).findFirst()
                .map(e -> plan.constellations().get(e.constellationIndex()).template()).orElse(null);
    }

    /** The pole (ITRF +Z) in EME2000 at every grid step: {x[], y[], z[]}. */
    private double[][] pole(EphemerisGrid grid) {
        int steps = grid.stepCount();
        double span = Math.max(0, steps - 1) * grid.step();
        int samples = (int) Math.ceil(span / POLE_SPACING) + 1;
        double spacing = samples > 1 ? span / (samples - 1) : POLE_SPACING;
        AbsoluteDate t0 = orekit.date(grid.start());
        Vector3D[] p = new Vector3D[samples];
        for (int s = 0; s < samples; s++) {
            StaticTransform toEme = orekit.itrf().getStaticTransformTo(orekit.eme2000(), t0.shiftedBy(s * spacing));
            p[s] = toEme.transformVector(Vector3D.PLUS_K);
        }
        double[][] out = new double[3][steps];
        for (int k = 0; k < steps; k++) {
            double u = samples > 1 ? grid.time(k) / spacing : 0;
            int s = Math.min(samples - 2, (int) Math.floor(u));
            Vector3D v = samples > 1 ? new Vector3D(1 - (u - s), p[Math.max(0, s)], u - s, p[Math.max(0, s) + 1])
                    .normalize() : p[0];
            out[0][k] = v.getX();
            out[1][k] = v.getY();
            out[2][k] = v.getZ();
        }
        return out;
    }
}
