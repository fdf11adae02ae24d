package io.skyrack.core.design;

import io.skyrack.core.plan.AnalysisAssumptions;
import io.skyrack.core.plan.SatelliteTemplate;
import io.skyrack.core.plan.SatelliteTemplate.AttitudeMode;
import io.skyrack.core.plan.TileArray;
import io.skyrack.core.plan.TileSpec;
import io.skyrack.core.power.PowerThermalAnalyzer;
import io.skyrack.core.power.TileThermalSpecs;
import io.skyrack.core.validation.Finding;
import io.skyrack.gpu.GpuCatalog;
import io.skyrack.thermal.EarthViewFactor;
import io.skyrack.thermal.Environment;
import io.skyrack.thermal.GpuGroup;
import io.skyrack.thermal.RadiatorSizing;
import io.skyrack.thermal.SteadyCondition;
import io.skyrack.thermal.SteadyState;
import io.skyrack.thermal.SteadyStateSolver;
import io.skyrack.thermal.ThermalFinding;
import io.skyrack.thermal.TileThermalSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Live figures of a satellite's TILE array for the layout editor: size, mass, GPUs, generated and compute
 * power over a circular orbit at beta 0, and per distinct TILE the steady junction margins in the hot and
 * cold cases and whether its radiator holds the commanded load. Closed forms and steady-state solves only
 * (no orbit propagation): well under a millisecond per distinct TILE, so it can run on every edit.
 *
 * <p>TILEs go through {@link TileThermalSpecs#map} (the mapping of the full analysis, battery shared equally
 * by the slots) and are solved with the thermal model's {@link SteadyStateSolver} and {@link RadiatorSizing}.
 * The orbit is circular at the given altitude with the Sun in its plane (beta 0, the longest eclipse):
 * <ul>
 *   <li>lit fraction {@code 1 − (1/π)·acos(√(h² + 2Rh)/(R + h))} (cylindrical shadow, R the Earth's mean
 *       radius);</li>
 *   <li>lit condition at the sub-solar point: Sun normal to the solar face, the solar face towards zenith
 *       (no Earth in view), the radiator towards nadir with view factor {@code (R/(R + h))²} and albedo
 *       factor 1 — the hottest point of the orbit for sun-tracking, nadir-pointing and inertial
 *       attitudes;</li>
 *   <li>eclipse condition at the anti-solar point: no Sun or albedo; the face towards nadir sees the Earth
 *       with {@code (R/(R + h))²} — the solar face for sun-tracking and inertial attitudes (pointing at the
 *       hidden Sun), the radiator for nadir pointing.</li>
 * </ul>
 * Power figures use the plan's environment case and mission year; the hot margin uses {@link
 * Environment#hot()} with every GPU at its commanded mode, the cold margin {@link Environment#cold()} in
 * eclipse with every GPU at its lowest level (idle when its idle power is published, else off) and the
 * housekeeping load on, both at the plan's mission year. Steady states bound the orbit: the transient
 * orbit solution of the full analysis stays between them.
 */
public final class TileArrayFigures {

    /**
     * Lowest junction temperature accepted in the cold case when none is given (K): −25 °C, the lower end of
     * the operating range NVIDIA states for the Jetson AGX Orin and Orin NX modules (module datasheets). The GPU
     * profiles publish no minimum; it is an assumption of these figures only.
     */
    public static final double DEFAULT_COLD_LIMIT_K = 248.15;

    private final GpuCatalog catalog;
    private final double coldLimitK;
    private final SteadyStateSolver solver = new SteadyStateSolver();
    private final RadiatorSizing sizing = new RadiatorSizing();

    /** @param catalog GPU profiles; the cold limit is {@link #DEFAULT_COLD_LIMIT_K} */
    public TileArrayFigures(GpuCatalog catalog) {
        this(catalog, DEFAULT_COLD_LIMIT_K);
    }

    /**
     * @param catalog GPU profiles
     * @param coldLimitK lowest junction temperature accepted in the cold case (K)
     */
    public TileArrayFigures(GpuCatalog catalog, double coldLimitK) {
        this.catalog = catalog;
        this.coldLimitK = coldLimitK;
    }

    /**
     * Figures of one distinct TILE of the array.
     *
     * @param tileId TILE specification id
     * @param slots slots of the array holding it
     * @param peakGeneratedW what one TILE's cells deliver at their maximum power point (before the MPPT), lit
     *        and sun-normal in the plan's environment, at the steady cell temperature with the commanded load
     *        (W)
     * @param hotJunctionK hottest junction, hot case, lit, commanded modes (K)
     * @param hotMarginK smallest margin of a GPU group to its throttle limit in the hot case (K, negative when
     *        over; +∞ without GPUs)
     * @param coldJunctionK coldest junction (the board when no GPU is powered), cold case, eclipse, lowest
     *        load (K)
     * @param coldMarginK coldest junction minus the cold limit (K, negative when too cold)
     * @param requiredRadiatorArea radiator area that keeps the hottest junction at its limit in the hot case
     *        (m²): 0 when none is needed, +∞ when no area suffices
     * @param radiatorArea radiating area the TILE has (m²)
     */
    public record TileFigures(String tileId, int slots, double peakGeneratedW, double hotJunctionK,
                              double hotMarginK, double coldJunctionK, double coldMarginK,
                              double requiredRadiatorArea, double radiatorArea) {

        /** @return true when the radiator is too small to hold the commanded GPU load in the hot case */
        public boolean radiatorShort() {
            return requiredRadiatorArea > radiatorArea;
        }
    }

    /**
     * Figures of the whole array. Slots naming an unknown TILE count nowhere; TILEs whose GPUs or
     * specification cannot be modelled count in area, mass and GPUs but not in the power figures or
     * {@link #tiles()}; each such case is an error finding. No figure is NaN.
     *
     * @param area total solar-face area of the TILEs (m²)
     * @param mass total mass of the TILEs, without the bus (kg)
     * @param satelliteMass bus plus TILEs (kg)
     * @param gpuCount GPU modules on the array
     * @param litFraction share of the circular orbit in sunlight at beta 0 (0–1); 0 when the altitude is invalid
     * @param peakGeneratedW array output at the maximum power point, sun-normal (W)
     * @param orbitAverageGeneratedW {@code litFraction × peakGeneratedW} (W)
     * @param commandedComputeW GPU power at the commanded modes, all GPUs running (W)
     * @param orbitAverageComputeW GPU power averaged over the orbit: the commanded power with a battery to carry
     *        the eclipse, {@code litFraction ×} that without one (W)
     * @param orbitAverageDeliverableW average power the array delivers to the loads: {@code
     *        orbitAverageGeneratedW} through the MPPT and distribution efficiencies, battery losses ignored (W)
     * @param orbitAverageDemandW average load demand, GPUs ({@code orbitAverageComputeW}) plus housekeeping (W)
     * @param tiles per distinct TILE, in the order of first use in the array
     * @param findings problems with the inputs (errors) and engineering warnings
     */
    public record Figures(double area, double mass, double satelliteMass, int gpuCount, double litFraction,
                          double peakGeneratedW, double orbitAverageGeneratedW, double commandedComputeW,
                          double orbitAverageComputeW, double orbitAverageDeliverableW, double orbitAverageDemandW,
                          List<TileFigures> tiles, List<Finding> findings) {

        /** Copies the lists. */
        public Figures {
            tiles = List.copyOf(tiles);
            findings = List.copyOf(findings);
        }
    }

    /**
     * @param altitude height of a circular orbit above the Earth's mean radius (m)
     * @return sunlit share of the orbit at beta 0 (0–1), from the cylindrical-shadow closed form
     */
    public static double litFraction(double altitude) {
        double r = EarthViewFactor.EARTH_MEAN_RADIUS;
        return 1.0 - Math.acos(Math.sqrt(altitude * altitude + 2 * r * altitude) / (r + altitude)) / Math.PI;
    }

    /**
     * @param template the satellite template: TILE array, attitude, battery, bus mass
     * @param tiles the plan's TILE specifications ({@code plan.tiles()}, indices give the findings' pointers)
     * @param assumptions the plan's environment case and mission year
     * @param altitude orbit altitude above the Earth's mean radius (m), between 100 km and 100,000 km
     * @param templatePointer JSON Pointer of the template in the plan, such as {@code /constellations/0/template}
     * @return the figures
     */
    public Figures compute(SatelliteTemplate template, List<TileSpec> tiles, AnalysisAssumptions assumptions,
                           double altitude, String templatePointer) {
        List<Finding> findings = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < tiles.size(); i++) {
            index.putIfAbsent(tiles.get(i).id(), i);
        }
        // count the slots of each distinct TILE, reporting unknown ids
        Map<String, Integer> slots = new LinkedHashMap<>();
        List<TileArray.TileSlot> all = template.tileArray().slots();
        for (int k = 0; k < all.size(); k++) {
            String id = all.get(k).tileId();
            if (index.containsKey(id)) {
                slots.merge(id, 1, Integer::sum);
            } else {
                findings.add(Finding.error(templatePointer + "/tileArray/slots/" + k, "ref.tile",
                        "no TILE '" + id + "' in the plan"));
            }
        }
        double area = 0;
        double mass = 0;
        int gpus = 0;
        for (Map.Entry<String, Integer> e : slots.entrySet()) {
            TileSpec t = tiles.get(index.get(e.getKey()));
            area += e.getValue() * t.area();
            mass += e.getValue() * t.mass();
            gpus += e.getValue() * t.gpuCount();
        }
        boolean orbitOk = Double.isFinite(altitude) && altitude >= 100e3 && altitude <= 100_000e3;
        if (!orbitOk) {
            findings.add(Finding.error(templatePointer, "design.altitude", String.format(Locale.ROOT,
                    "the altitude %.1f km is outside 100–100,000 km", altitude / 1e3)));
        }
        Environment env = PowerThermalAnalyzer.environment(assumptions);
        List<Finding> envProblems = env.validate().stream().map(f -> Finding.error("/analysis",
                "thermal.environment", f.field() + ": " + f.message())).toList();
        findings.addAll(envProblems);
        List<TileFigures> out = new ArrayList<>();
        double lit = orbitOk ? litFraction(altitude) : 0.0;
        double peak = 0;
        double commanded = 0;
        double housekeeping = 0;
        double deliverable = 0;
        if (orbitOk && envProblems.isEmpty()) {
            Cases cases = new Cases(altitude, template.attitude(), assumptions.missionYear());
            for (Map.Entry<String, Integer> e : slots.entrySet()) {
                int ti = index.get(e.getKey());
                TileSpec tile = tiles.get(ti);
                int n = e.getValue();
                TileThermalSpecs.Mapped mapped = TileThermalSpecs.map(tile, ti, catalog, template.battery(),
                        all.size());
                findings.addAll(mapped.findings());
                if (mapped.spec().isEmpty()) {
                    continue;
                }
                TileThermalSpec spec = mapped.spec().get();
                List<ThermalFinding> bad = spec.validate();
                for (ThermalFinding f : bad) {
                    findings.add(Finding.error(TileThermalSpecs.pointer(f, ti, templatePointer), "thermal.spec",
                            f.message()));
                }
                if (!bad.isEmpty()) {
                    continue;
                }
                TileFigures tf = tileFigures(tile, ti, n, spec, env, cases, findings);
                out.add(tf);
                peak += n * tf.peakGeneratedW();
                commanded += n * spec.commandedGpuPowerW();
                housekeeping += n * spec.housekeepingW();
                deliverable += n * lit * tf.peakGeneratedW() * spec.mpptEfficiency() * spec.distributionEfficiency();
            }
        }
        double averageCompute = template.battery().isPresent() ? commanded : lit * commanded;
        double demand = averageCompute + (template.battery().isPresent() ? housekeeping : lit * housekeeping);
        if (deliverable < demand && !out.isEmpty()) {
            findings.add(Finding.warning(templatePointer + "/tileArray", "power.deficit", String.format(Locale.ROOT,
                    "over an orbit at beta 0 the array delivers %.0f W on average but the loads need %.0f W",
                    deliverable, demand)));
        }
        if (template.battery().isEmpty() && lit < 1.0 && commanded > 0) {
            findings.add(Finding.info(templatePointer + "/battery", "power.no-battery", String.format(Locale.ROOT,
                    "without a battery the GPUs stop in eclipse, %.0f %% of the orbit at beta 0", 100 * (1 - lit))));
        }
        return new Figures(area, mass, template.busMass() + mass, gpus, lit, peak, lit * peak, commanded,
                averageCompute, deliverable, demand, out, findings);
    }

    private TileFigures tileFigures(TileSpec tile, int ti, int n, TileThermalSpec spec, Environment env, Cases c,
                                    List<Finding> findings) {
        String p = "/tiles/" + ti;
        SteadyState lit = solver.solve(spec, env, c.lit);
        SteadyState hot = solver.solve(spec, c.hot, c.lit);
        int[] lowest = new int[spec.gpus().size()];
        double hotMargin = Double.POSITIVE_INFINITY;
        for (int g = 0; g < lowest.length; g++) {
            GpuGroup gg = spec.gpus().get(g);
            lowest[g] = gg.canIdle() ? GpuGroup.MODE_IDLE : GpuGroup.MODE_OFF;
            hotMargin = Math.min(hotMargin, gg.effectiveThrottleK() - hot.junctionK()[g]);
        }
        SteadyState cold = solver.solve(spec, c.cold, c.eclipse, lowest);
        double coldJunction = cold.boardK();
        for (double t : cold.junctionK()) {
            coldJunction = Math.min(coldJunction, t);
        }
        double required = sizing.size(spec, c.hot, c.lit).requiredArea();
        if (required > tile.radiatorArea()) {
            findings.add(Finding.warning(p + "/radiatorAreaM2", "thermal.radiator", Double.isInfinite(required)
                    ? tile.id() + ": no radiator area keeps the GPU junctions under their limit in the hot case at "
                            + "the commanded modes; the conductances limit the heat flow"
                    : String.format(Locale.ROOT, "%s: the radiator needs %.2f m² to hold the commanded GPU load in "
                            + "the hot case; it has %.2f m²", tile.id(), required, tile.radiatorArea())));
        }
        if (hotMargin < 0) {
            findings.add(Finding.warning(p + "/gpus", "thermal.hot-margin", String.format(Locale.ROOT,
                    "%s: a GPU junction settles %.1f K above its throttle limit in the hot case", tile.id(),
                    -hotMargin)));
        }
        if (coldJunction < coldLimitK) {
            findings.add(Finding.warning(p, "thermal.cold-margin", String.format(Locale.ROOT,
                    "%s: the GPUs settle at %.1f °C in eclipse at minimum load, %.1f K below %.1f °C", tile.id(),
                    coldJunction - 273.15, coldLimitK - coldJunction, coldLimitK - 273.15)));
        }
        return new TileFigures(tile.id(), n, lit.availableW(), hot.maxJunctionK(), hotMargin, coldJunction,
                coldJunction - coldLimitK, required, tile.radiatorArea());
    }

    /** The steady conditions and environments of the figures for one orbit and attitude. */
    private static final class Cases {
        final SteadyCondition lit;
        final SteadyCondition eclipse;
        final Environment hot;
        final Environment cold;

        Cases(double altitude, AttitudeMode attitude, double missionYear) {
            double nadir = EarthViewFactor.ofCosine(1.0, altitude, EarthViewFactor.EARTH_MEAN_RADIUS);
            lit = SteadyCondition.sunOnSolarFace(0.0, nadir, 1.0);
            eclipse = attitude == AttitudeMode.NADIR_POINTING ? SteadyCondition.eclipse(0.0, nadir)
                    : SteadyCondition.eclipse(nadir, 0.0);
            hot = Environment.hot().withMissionYear(missionYear);
            cold = Environment.cold().withMissionYear(missionYear);
        }
    }
}
