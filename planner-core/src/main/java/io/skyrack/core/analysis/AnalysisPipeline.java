package io.skyrack.core.analysis;

import io.skyrack.core.contacts.ContactCalculator;
import io.skyrack.core.contacts.Contacts;
import io.skyrack.core.lighting.Lighting;
import io.skyrack.core.lighting.LightingCalculator;
import io.skyrack.core.lighting.SunEphemeris;
import io.skyrack.core.orbit.EphemerisGrid;
import io.skyrack.core.orbit.EphemerisGridBuilder;
import io.skyrack.core.orekit.OrekitContext;
import io.skyrack.core.plan.Plan;
import io.skyrack.core.power.PowerThermal;
import io.skyrack.core.power.PowerThermalAnalyzer;
import io.skyrack.core.progress.ProgressMonitor;
import io.skyrack.core.routing.NetworkSummary;
import io.skyrack.core.validation.Finding;
import io.skyrack.core.validation.PlanValidator;
import io.skyrack.gpu.GpuCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.hipparchus.geometry.euclidean.threed.Vector3D;

/**
 * Runs the engines on a plan in data-flow order and gathers one {@link Analysis}. The CLI's
 * {@code analyze} and the workbench's Analyze both call {@link #analyze}.
 */
public final class AnalysisPipeline {

    private final OrekitContext orekit;
    private final GpuCatalog catalog;

    /**
     * @param orekit Orekit data context
     * @param catalog GPU profiles
     */
    public AnalysisPipeline(OrekitContext orekit, GpuCatalog catalog) {
        this.orekit = orekit;
        this.catalog = catalog;
    }

    /**
     * @param plan a plan without validation errors
     * @param progress progress and cancellation
     * @return the analysis
     * @throws IllegalArgumentException when the plan has validation errors (validate first)
     * @throws java.util.concurrent.CancellationException when cancelled
     */
    public Analysis analyze(Plan plan, ProgressMonitor progress) {
        List<Finding> findings = new ArrayList<>(PlanValidator.validate(plan, catalog));
        if (findings.stream().anyMatch(Finding::isError)) {
            throw new IllegalArgumentException("the plan has validation errors; run validate first");
        }
        List<StageTiming> timings = new ArrayList<>();

        EphemerisGridBuilder.Result orbits = timed("orbits", timings,
                () -> new EphemerisGridBuilder(orekit).buildWithNotes(plan, progress));
        EphemerisGrid grid = orbits.grid();
        for (EphemerisGridBuilder.Fallback f : orbits.fallbacks()) {
            findings.add(Finding.warning("/constellations/" + f.constellationIndex(), "orbit.fallback",
                    f.name() + ": " + f.reason()));
        }

        SunEphemeris sun = timed("sun", timings,
                () -> SunEphemeris.compute(orekit, grid.start(), grid.step(), grid.stepCount()));
        double[] pole = pole(plan);
        Lighting lighting = timed("lighting", timings,
                () -> new LightingCalculator(pole).compute(grid, sun, progress));
        Contacts contacts = timed("contacts", timings,
                () -> new ContactCalculator().compute(grid, plan.groundStations(), progress));
        for (int s = 0; s < plan.groundStations().size(); s++) {
            int st = s;
            if (contacts.passes().stream().noneMatch(c -> c.station() == st)) {
                findings.add(Finding.warning("/groundStations/" + s, "contacts.none", "no satellite rises above "
                        + Math.round(Math.toDegrees(plan.groundStations().get(s).minElevation()))
                        + "° at " + plan.groundStations().get(s).name() + " during the analysis window"));
            }
        }

        PowerThermal power = timed("power", timings, () -> new PowerThermalAnalyzer(orekit, catalog)
                .analyze(plan, lighting.periods(), pole, progress));
        findings.addAll(power.findings());

        CrosslinkStage.Output links = timed("crosslinks", timings,
                () -> CrosslinkStage.run(orekit, plan, grid, sun, progress));
        for (Finding f : links.findings()) {
            // the validator already says when a manual rule has no pairs; the engine says it again in its words
            if (!(f.code().equals("link.none") && findings.stream().anyMatch(g -> g.code().equals("link.none")))) {
                findings.add(f);
            }
        }

        NetworkSummary network = timed("routes", timings, () -> NetworkSummary.compute(grid, links.state(), contacts,
                plan.crosslinks().perHopDelay(), progress));
        if (!plan.groundStations().isEmpty() && network.unreachableShare() > 0.5) {
            findings.add(Finding.warning("/groundStations", "network.ground", String.format(java.util.Locale.ROOT,
                    "%.0f %% of the time a satellite has no route to any ground station", 100 * network.unreachableShare())));
        }
        PlacementOutcome placement = timed("placement", timings, () -> {
            progress.progress("Placing workloads", 0.0);
            PlacementOutcome o = PlacementStage.run(plan, grid, power, links.schedule(), contacts, catalog, findings);
            progress.progress("Placing workloads", 1.0);
            return o;
        });
        progress.progress("Done", 1.0);
        return new Analysis(plan, grid, orbits.models().stream().map(m -> m.name().toLowerCase(java.util.Locale.ROOT)
                .replace('_', '-')).toList(), lighting, contacts, links.state(), links.windows(),
                links.candidatePairs(), network, links.schedule(), power, placement, findings, timings);
    }

    /** The Earth's rotation axis in EME2000 at the middle of the window (precession moves it 0.006° a year). */
    private double[] pole(Plan plan) {
        var mid = orekit.date(plan.window().start()).shiftedBy(plan.window().duration() / 2);
        Vector3D p = orekit.itrf().getTransformTo(orekit.eme2000(), mid).transformVector(Vector3D.PLUS_K);
        return new double[] {p.getX(), p.getY(), p.getZ()};
    }

    private static <T> T timed(String stage, List<StageTiming> timings, Supplier<T> work) {
        long t0 = System.nanoTime();
        T result = work.get();
        timings.add(new StageTiming(stage, (System.nanoTime() - t0) * 1e-9));
        return result;
    }
}
