package io.skyrack.core.power;

import io.skyrack.core.orekit.OrekitContext;
import io.skyrack.core.plan.AnalysisAssumptions;
import io.skyrack.core.plan.Constellation;
import io.skyrack.core.plan.Plan;
import io.skyrack.core.plan.SatelliteRoster;
import io.skyrack.core.plan.SatelliteTemplate;
import io.skyrack.core.plan.TileArray;
import io.skyrack.core.plan.TileSpec;
import io.skyrack.core.progress.ProgressMonitor;
import io.skyrack.core.validation.Finding;
import io.skyrack.gpu.GpuCatalog;
import io.skyrack.thermal.Environment;
import io.skyrack.thermal.PeriodicOrbitSolver;
import io.skyrack.thermal.ThermalFinding;
import io.skyrack.thermal.TileThermalResult;
import io.skyrack.thermal.TileThermalSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * Runs the thermal model for every TILE of every satellite over its first orbit in the window: maps the plan's
 * TILEs and GPU profiles to the thermal network, builds each satellite's orbit inputs from the orbit engine
 * ({@link ThermalOrbits}), solves the orbit-periodic state with {@link PeriodicOrbitSolver}, and summarises per
 * satellite and in total.
 *
 * <p>TILEs in the slots of one satellite see the same Sun and Earth and share the satellite's battery equally,
 * so slots that hold the same TILE have the same solution: each distinct TILE of a satellite is solved once.
 */
public final class PowerThermalAnalyzer {

    /** Stage name reported to the progress monitor. */
    public static final String STAGE = "Power and thermal";

    private final OrekitContext orekit;
    private final GpuCatalog catalog;

    /**
     * @param orekit Orekit data
     * @param catalog GPU profiles
     */
    public PowerThermalAnalyzer(OrekitContext orekit, GpuCatalog catalog) {
        this.orekit = orekit;
        this.catalog = catalog;
    }

    /**
     * @param a the plan's analysis assumptions
     * @return the thermal environment they name
     */
    public static Environment environment(AnalysisAssumptions a) {
        Environment e = switch (a.environment()) {
            case HOT -> Environment.hot();
            case COLD -> Environment.cold();
            case NOMINAL -> Environment.nominal();
        };
        return e.withMissionYear(a.missionYear());
    }

    /**
     * @param plan a valid plan
     * @param periodHint each satellite's period estimate from the analysis (s), roster order
     * @param pole the Earth's rotation axis in EME2000
     * @param progress progress and cancellation
     * @return the budget
     * @throws CancellationException when cancelled
     */
    public PowerThermal analyze(Plan plan, double[] periodHint, double[] pole, ProgressMonitor progress) {
        progress.progress(STAGE, 0.0);
        Environment env = environment(plan.assumptions());
        String envText = plan.assumptions().environment().name().toLowerCase(Locale.ROOT) + ", mission year "
                + plan.assumptions().missionYear();
        List<SatelliteRoster.Entry> roster = SatelliteRoster.entries(plan);
        List<Finding> findings = new ArrayList<>();

        // the thermal specification of each (constellation, TILE) pair: battery shares differ by template
        Map<String, Integer> tileIndex = new HashMap<>();
        for (int i = 0; i < plan.tiles().size(); i++) {
            tileIndex.put(plan.tiles().get(i).id(), i);
        }
        List<Map<String, TileThermalSpecs.Mapped>> specs = new ArrayList<>();
        Set<String> reported = new LinkedHashSet<>();
        for (int c = 0; c < plan.constellations().size(); c++) {
            SatelliteTemplate t = plan.constellations().get(c).template();
            Map<String, TileThermalSpecs.Mapped> m = new LinkedHashMap<>();
            int slots = t.tileArray().slots().size();
            for (TileArray.TileSlot slot : t.tileArray().slots()) {
                Integer ti = tileIndex.get(slot.tileId());
                if (ti == null || m.containsKey(slot.tileId())) {
                    continue;
                }
                TileThermalSpecs.Mapped mapped = TileThermalSpecs.map(plan.tiles().get(ti), ti, catalog,
                        t.battery(), slots);
                m.put(slot.tileId(), mapped);
                for (Finding f : mapped.findings()) {
                    if (reported.add(f.path() + f.code())) {
                        findings.add(f);
                    }
                }
                mapped.spec().ifPresent(spec -> {
                    String tp = "/constellations/" + templateIndex(plan, t) + "/template";
                    for (ThermalFinding f : spec.validate()) {
                        String path = TileThermalSpecs.pointer(f, ti, tp);
                        if (reported.add(path + f.message())) {
                            findings.add(Finding.error(path, "thermal.spec", f.message()));
                        }
                    }
                    for (Finding f : TileThermalSpecs.assumptions(plan.tiles().get(ti), ti, spec, catalog)) {
                        if (reported.add(f.path() + f.message())) {
                            findings.add(f);
                        }
                    }
                });
            }
            specs.add(m);
        }
        findings.addAll(env.validate().stream().map(f -> Finding.error("/analysis", "thermal.environment",
                f.field() + ": " + f.message())).toList());
        boolean anyTiles = roster.stream().anyMatch(e -> !plan.constellations().get(e.constellationIndex())
                .template().tileArray().slots().isEmpty());
        if (!anyTiles || roster.isEmpty()) {
            progress.progress(STAGE, 1.0);
            return PowerThermal.empty(plan.window().start(), ThermalOrbits.TARGET_STEP, envText, findings);
        }
        progress.checkCancelled();

        ThermalOrbits orbits = ThermalOrbits.sample(orekit, plan, periodHint, pole, progress);
        progress.progress(STAGE, 0.1);
        PeriodicOrbitSolver solver = new PeriodicOrbitSolver();
        PowerThermal.SatellitePower[] out = new PowerThermal.SatellitePower[roster.size()];
        AtomicInteger done = new AtomicInteger();
        int n = roster.size();
        IntStream.range(0, n).parallel().forEach(s -> {
            if (progress.isCancelled()) {
                return;
            }
            SatelliteRoster.Entry e = roster.get(s);
            Constellation c = plan.constellations().get(e.constellationIndex());
            SatelliteTemplate t = c.template();
            if (t.tileArray().slots().isEmpty()) {
                return;
            }
            Map<String, TileThermalResult> solved = new HashMap<>();
            List<PowerThermal.TilePower> tiles = new ArrayList<>();
            for (TileArray.TileSlot slot : t.tileArray().slots()) {
                Integer ti = tileIndex.get(slot.tileId());
                TileThermalSpecs.Mapped mapped = specs.get(e.constellationIndex()).get(slot.tileId());
                if (ti == null || mapped == null) {
                    continue;
                }
                TileThermalResult r = solved.computeIfAbsent(slot.tileId(), id -> solve(solver, mapped.spec(),
                        env, orbits.inputs(s, t.attitude(), e.name() + "/" + id), e.name() + "/" + id));
                tiles.add(new PowerThermal.TilePower("r" + (slot.row() + 1) + "c" + (slot.column() + 1),
                        slot.tileId(), ti, r, mapped.modeNames()));
            }
            out[s] = summarise(s, e, orbits.period(s), tiles);
            int d = done.incrementAndGet();
            if (d * 50L / n != (d - 1) * 50L / n) {
                progress.progress(STAGE, 0.1 + 0.9 * d / n);
            }
        });
        progress.checkCancelled();
        List<PowerThermal.SatellitePower> sats = new ArrayList<>();
        for (PowerThermal.SatellitePower p : out) {
            if (p != null) {
                sats.add(p);
            }
        }
        findings.addAll(satelliteFindings(plan, sats));
        progress.progress(STAGE, 1.0);
        return new PowerThermal(orbits.start(), orbits.step(), envText, sats, totals(sats), findings);
    }

    private static int templateIndex(Plan plan, SatelliteTemplate t) {
        for (int c = 0; c < plan.constellations().size(); c++) {
            if (plan.constellations().get(c).template() == t) {
                return c;
            }
        }
        return 0;
    }

    private static TileThermalResult solve(PeriodicOrbitSolver solver, Optional<TileThermalSpec> spec,
                                           Environment env, io.skyrack.thermal.OrbitThermalInputs in, String id) {
        if (spec.isEmpty()) {
            return emptyResult(id);
        }
        return solver.solve(spec.get(), env, in);
    }

    private static TileThermalResult emptyResult(String id) {
        return TileThermalResult.invalid(id,
                List.of(new ThermalFinding("gpus", "the TILE's GPUs are not in the catalog")), List.of());
    }

    /** Sums and extremes of one satellite's TILEs. */
    static PowerThermal.SatellitePower summarise(int s, SatelliteRoster.Entry e, double period,
                                                 List<PowerThermal.TilePower> tiles) {
        double gen = 0;
        double comp = 0;
        double peak = Double.NaN;
        double margin = Double.NaN;
        double throttled = 0;
        double radiator = Double.NaN;
        double unserved = 0;
        boolean converged = true;
        for (PowerThermal.TilePower tp : tiles) {
            TileThermalResult r = tp.result();
            if (!r.solved()) {
                converged = false;
                continue;
            }
            TileThermalResult.OrbitSummary m = r.summary();
            gen += m.averageGeneratedW();
            comp += m.averageComputeW();
            throttled = Math.max(throttled, m.throttledMinutes());
            unserved += m.unservedEnergyJ();
            converged &= m.converged();
            if (r.groups() > 0) {
                peak = Double.isNaN(peak) ? m.peakJunctionK() : Math.max(peak, m.peakJunctionK());
                margin = Double.isNaN(margin) ? m.junctionMarginK() : Math.min(margin, m.junctionMarginK());
                radiator = Double.isNaN(radiator) ? m.radiatorAreaMargin()
                        : Math.min(radiator, m.radiatorAreaMargin());
            }
        }
        return new PowerThermal.SatellitePower(s, e.name(), e.constellationIndex(), period, tiles, gen, comp,
                gen > 0 ? comp / gen : 0.0, peak, margin, throttled, radiator, unserved, converged);
    }

    static PowerThermal.Totals totals(List<PowerThermal.SatellitePower> sats) {
        double gen = 0;
        double comp = 0;
        double peak = Double.NaN;
        double margin = Double.NaN;
        double throttled = 0;
        int throttledSats = 0;
        double radiator = Double.NaN;
        int unconverged = 0;
        int tiles = 0;
        for (PowerThermal.SatellitePower p : sats) {
            gen += p.averageGeneratedW();
            comp += p.averageComputeW();
            tiles += p.tiles().size();
            if (!Double.isNaN(p.peakJunctionK())) {
                peak = Double.isNaN(peak) ? p.peakJunctionK() : Math.max(peak, p.peakJunctionK());
                margin = Double.isNaN(margin) ? p.junctionMarginK() : Math.min(margin, p.junctionMarginK());
            }
            if (!Double.isNaN(p.radiatorAreaMargin())) {
                radiator = Double.isNaN(radiator) ? p.radiatorAreaMargin() : Math.min(radiator, p.radiatorAreaMargin());
            }
            throttled = Math.max(throttled, p.throttledMinutes());
            throttledSats += p.throttledMinutes() > 0 ? 1 : 0;
            unconverged += p.converged() ? 0 : 1;
        }
        return new PowerThermal.Totals(sats.size(), tiles, gen, comp, gen > 0 ? comp / gen : 0.0, peak, margin,
                throttled, throttledSats, radiator, unconverged);
    }

    /** Findings per constellation (not per satellite: walker-1584 would give thousands). */
    private static List<Finding> satelliteFindings(Plan plan, List<PowerThermal.SatellitePower> sats) {
        List<Finding> out = new ArrayList<>();
        for (int c = 0; c < plan.constellations().size(); c++) {
            int ci = c;
            List<PowerThermal.SatellitePower> mine = sats.stream().filter(p -> p.constellationIndex() == ci).toList();
            if (mine.isEmpty()) {
                continue;
            }
            String p = "/constellations/" + c + "/template/tileArray";
            long throttling = mine.stream().filter(x -> x.throttledMinutes() > 0).count();
            if (throttling > 0) {
                PowerThermal.SatellitePower worst = mine.stream()
                        .max(java.util.Comparator.comparingDouble(PowerThermal.SatellitePower::throttledMinutes)).get();
                out.add(Finding.warning(p, "power.throttle", String.format(Locale.ROOT,
                        "%d of %d satellites run GPUs below their commanded mode for part of the orbit; "
                                + "%s the longest, %.1f min of %.1f (%s)", throttling, mine.size(), worst.name(),
                        worst.throttledMinutes(), worst.period() / 60, reasons(worst))));
            }
            mine.stream().filter(x -> x.radiatorAreaMargin() < 0)
                    .min(java.util.Comparator.comparingDouble(PowerThermal.SatellitePower::radiatorAreaMargin))
                    .ifPresent(w -> out.add(Finding.warning(p, "thermal.radiator", Double.isInfinite(
                            w.radiatorAreaMargin())
                            ? w.name() + ": no radiator area keeps the GPU junctions under their limit in the hot "
                                    + "case at the commanded power; the conductances limit the heat flow"
                            : String.format(Locale.ROOT, "%s: the radiator is %.2f m² too small to hold the "
                                    + "commanded GPU load in the hot case", w.name(), -w.radiatorAreaMargin()))));
            long unserved = mine.stream().filter(x -> x.unservedEnergyJ() > 1.0).count();
            if (unserved > 0) {
                out.add(Finding.warning(p, "power.unserved", unserved + " of " + mine.size()
                        + " satellites cannot power even their housekeeping load for part of the orbit"));
            }
            long unconverged = mine.stream().filter(x -> !x.converged()).count();
            if (unconverged > 0) {
                out.add(Finding.warning(p, "thermal.unconverged", unconverged + " of " + mine.size()
                        + " satellites did not reach an orbit-periodic temperature within 0.01 K; their figures "
                        + "are from the last orbit simulated"));
            }
        }
        return out;
    }

    private static String reasons(PowerThermal.SatellitePower p) {
        Set<String> r = new java.util.TreeSet<>();
        for (PowerThermal.TilePower t : p.tiles()) {
            t.result().events().forEach(ev -> {
                if (ev.reason() != io.skyrack.thermal.ThrottleEvent.Reason.RECOVERY) {
                    r.add(ev.reason() == io.skyrack.thermal.ThrottleEvent.Reason.POWER ? "power" : "junction limit");
                }
            });
        }
        return r.isEmpty() ? "limits" : String.join(" and ", r);
    }
}
