package io.skyrack.core.bundle;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.skyrack.core.analysis.Analysis;
import io.skyrack.core.orbit.EphemerisGrid;
import io.skyrack.core.plan.AnalysisAssumptions;
import io.skyrack.core.plan.Constellation;
import io.skyrack.core.plan.Plan;
import io.skyrack.core.plan.SatelliteRoster;
import io.skyrack.core.plan.SatelliteTemplate;
import io.skyrack.core.plan.TileArray;
import io.skyrack.core.plan.TileSpec;
import io.skyrack.core.plan.Workload;
import io.skyrack.core.power.PowerThermal;
import io.skyrack.gpu.GpuCatalog;
import io.skyrack.gpu.GpuProfile;
import io.skyrack.gpu.PowerMode;
import io.skyrack.thermal.GpuGroup;
import io.skyrack.thermal.SolverSettings;
import io.skyrack.thermal.TileThermalResult;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Builds {@code cluster.json}: a Kubernetes-style record of intent ({@code apiVersion}, {@code kind},
 * {@code metadata}, {@code spec}) for the flight control plane. This class writes the metadata, assumptions,
 * nodes (satellite → TILEs → GPUs), GPU profiles, workloads, placements and power budgets;
 * {@link ClusterNetwork} writes the crosslink schedule, routing tables and ground contact plan.
 */
final class ClusterDocument {

    /** API version of the record. */
    static final String API_VERSION = "skyrack.io/v1alpha1";
    /** Kind of the record. */
    static final String KIND = "OrbitalCluster";
    /** Name of the controller policy every GPU is throttled by (documented in docs/bundle-format.md). */
    static final String THROTTLE_POLICY = "step-down";
    private static final double KELVIN = 273.15;
    private static final double GIB = 1024.0 * 1024.0 * 1024.0;

    private ClusterDocument() {
    }

    /**
     * What the record refers to besides the analysis.
     *
     * @param planSha256 SHA-256 of the plan file
     * @param ephemerisFiles bundle path of each satellite's OEM, in grid order
     * @param elementsFiles bundle path of each satellite's OMM, in grid order
     * @param ephemerisStep time between OEM samples (s)
     * @param routingInterval time between routing slices (s)
     */
    record References(String planSha256, List<String> ephemerisFiles, List<String> elementsFiles,
                      double ephemerisStep, double routingInterval) {
    }

    /**
     * @param a the analysis
     * @param catalog GPU profiles
     * @param placements placement rows
     * @param refs file references and steps
     * @return the record as a JSON tree
     */
    static ObjectNode build(Analysis a, GpuCatalog catalog, List<PlacementRow> placements, References refs) {
        Plan plan = a.plan();
        EphemerisGrid grid = a.grid();
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("apiVersion", API_VERSION);
        root.put("kind", KIND);
        ObjectNode meta = root.putObject("metadata");
        meta.put("name", plan.name());
        meta.put("description", plan.description());
        meta.put("planSha256", refs.planSha256());
        meta.put("epoch", BundleJson.time(plan.epoch()));
        ObjectNode window = meta.putObject("window");
        window.put("start", BundleJson.time(grid.start()));
        window.put("end", BundleJson.time(grid.instant(grid.stepCount() - 1)));
        BundleJson.put(window, "stepSeconds", grid.step(), 6);
        ObjectNode spec = root.putObject("spec");
        assumptions(spec.putObject("assumptions"), plan.assumptions(), a.power());
        ObjectNode eph = spec.putObject("ephemeris");
        eph.put("format", "CCSDS OEM 3.0 KVN");
        eph.put("frame", "EME2000");
        eph.put("timeSystem", "UTC");
        BundleJson.put(eph, "stepSeconds", refs.ephemerisStep(), 6);
        eph.put("interpolation", "LAGRANGE");
        eph.put("interpolationDegree", OrbitFiles.INTERPOLATION_DEGREE);
        eph.put("elementsFormat", "CCSDS OMM 3.0 KVN");
        eph.put("scene", BundleLayout.SCENE);
        nodes(spec.putArray("nodes"), a, catalog, refs);
        gpuProfiles(spec.putArray("gpuProfiles"), plan, catalog);
        workloads(spec.putArray("workloads"), plan.workloads());
        placements(spec.putArray("placements"), placements);
        ClusterNetwork.crosslinks(spec.putObject("crosslinks"), a);
        ClusterNetwork.routing(spec.putObject("routing"), a, refs.routingInterval());
        ClusterNetwork.contacts(spec.putObject("groundContacts"), a);
        power(spec.putObject("power"), a.power());
        return root;
    }

    /** @return an enum constant as the plan file spells it ({@code ORBIT_MINIMUM} → {@code orbit-minimum}) */
    static String spelled(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static void assumptions(ObjectNode o, AnalysisAssumptions as, PowerThermal power) {
        o.put("environment", spelled(as.environment()));
        BundleJson.put(o, "missionYear", as.missionYear(), 6);
        o.put("capacityBasis", spelled(as.capacityBasis()));
        o.put("propagator", spelled(as.propagator()));
        o.put("powerThermalCase", power.environment());
    }

    private static void nodes(ArrayNode out, Analysis a, GpuCatalog catalog, References refs) {
        Plan plan = a.plan();
        List<SatelliteRoster.Entry> roster = SatelliteRoster.entries(plan);
        double margin = SolverSettings.DEFAULT.recoveryMarginK();
        for (int s = 0; s < roster.size(); s++) {
            SatelliteRoster.Entry e = roster.get(s);
            Constellation c = plan.constellations().get(e.constellationIndex());
            SatelliteTemplate t = c.template();
            ObjectNode n = out.addObject();
            n.put("name", e.name());
            n.put("constellation", c.id());
            n.put("plane", e.plane() + 1);
            n.put("slot", e.slot() + 1);
            n.put("propagator", a.propagators().get(s));
            n.put("ephemerisFile", refs.ephemerisFiles().get(s));
            n.put("elementsFile", refs.elementsFiles().get(s));
            n.put("bus", t.busName());
            n.put("attitude", spelled(t.attitude()));
            n.put("opticalTerminals", t.terminals().count());
            ArrayNode tiles = n.putArray("tiles");
            for (TileArray.TileSlot slot : t.tileArray().slots()) {
                ObjectNode tile = tiles.addObject();
                tile.put("slot", label(slot));
                tile.put("tileSpec", slot.tileId());
                ArrayNode gpus = tile.putArray("gpus");
                Optional<TileSpec> spec = plan.tiles().stream().filter(x -> x.id().equals(slot.tileId())).findFirst();
                int index = 0;
                for (TileSpec.GpuSlot g : spec.map(TileSpec::gpus).orElse(List.of())) {
                    Optional<GpuProfile> profile = catalog.find(g.profileId());
                    for (int k = 0; k < g.count(); k++) {
                        gpu(gpus.addObject(), index++, g, profile, margin);
                    }
                }
            }
        }
    }

    private static void gpu(ObjectNode o, int index, TileSpec.GpuSlot g, Optional<GpuProfile> profile, double margin) {
        o.put("index", index);
        o.put("profile", g.profileId());
        o.put("powerMode", g.powerMode());
        BundleJson.put(o, "powerW", profile.flatMap(p -> p.mode(g.powerMode())).map(PowerMode::powerW)
                .orElse(Double.NaN), 3);
        o.put("memoryBytes", profile.map(p -> Math.round(p.memoryGiB() * GIB)).orElse(0L));
        o.put("throttlePolicy", THROTTLE_POLICY);
        Double throttle = profile.map(GpuProfile::junctionThrottleC).orElse(null);
        Double shutdown = profile.map(GpuProfile::junctionShutdownC).orElse(null);
        double throttleC = throttle != null ? throttle : GpuGroup.DEFAULT_THROTTLE_K - KELVIN;
        double shutdownC = shutdown != null ? shutdown : throttleC + GpuGroup.DEFAULT_SHUTDOWN_GAP_K;
        BundleJson.put(o, "junctionThrottleC", throttleC, 2);
        BundleJson.put(o, "junctionShutdownC", shutdownC, 2);
        o.put("limitsPublished", throttle != null && shutdown != null);
        BundleJson.put(o, "recoveryMarginK", margin, 3);
    }

    /** @return the slot label {@code r<row>c<column>}, 1-based, as in power_thermal.csv */
    static String label(TileArray.TileSlot slot) {
        return "r" + (slot.row() + 1) + "c" + (slot.column() + 1);
    }

    private static void gpuProfiles(ArrayNode out, Plan plan, GpuCatalog catalog) {
        TreeSet<String> ids = new TreeSet<>();
        for (TileSpec t : plan.tiles()) {
            for (TileSpec.GpuSlot g : t.gpus()) {
                ids.add(g.profileId());
            }
        }
        for (String id : ids) {
            Optional<GpuProfile> p = catalog.find(id);
            ObjectNode o = out.addObject();
            o.put("id", id);
            o.put("name", p.map(GpuProfile::name).orElse(id));
            o.put("memoryBytes", p.map(x -> Math.round(x.memoryGiB() * GIB)).orElse(0L));
            ArrayNode modes = o.putArray("powerModes");
            for (PowerMode m : p.map(GpuProfile::powerModes).orElse(List.of())) {
                ObjectNode mo = modes.addObject();
                mo.put("name", m.name());
                BundleJson.put(mo, "powerW", m.powerW(), 3);
                BundleJson.put(mo, "int8SparseTops", m.int8SparseTops() == null ? Double.NaN : m.int8SparseTops(), 3);
            }
        }
    }

    private static void workloads(ArrayNode out, List<Workload> list) {
        for (Workload w : list) {
            ObjectNode o = out.addObject();
            o.put("name", w.name());
            o.put("model", w.model());
            o.put("image", w.image());
            o.put("memoryBytes", w.memory());
            BundleJson.put(o, "computeTops", w.compute() / 1e12, 6);
            o.put("replicas", w.replicas());
            BundleJson.put(o, "latencySloMs", w.latencySlo() * 1000, 6);
            o.put("priority", w.priority());
            o.put("source", spelled(w.source().kind()));
            o.put("sourceSatellite", w.source().satellite().orElse(null));
            BundleJson.put(o, "inputDataRateMbps", w.inputDataRate() / 1e6, 6);
            o.put("pinnedSatellite", w.pinnedSatellite().orElse(null));
            ArrayNode anti = o.putArray("antiAffinity");
            w.antiAffinity().forEach(anti::add);
        }
    }

    private static void placements(ArrayNode out, List<PlacementRow> rows) {
        for (PlacementRow r : rows) {
            ObjectNode o = out.addObject();
            o.put("workload", r.workload());
            o.put("replica", r.replica());
            o.put("satellite", r.satellite());
            o.put("tile", r.tile());
            o.put("gpu", r.gpu());
            o.put("powerMode", r.powerMode());
            o.put("image", r.image());
            o.put("memoryBytes", r.memoryBytes());
            BundleJson.put(o, "computeTops", r.computeOpsPerSecond() / 1e12, 6);
        }
    }

    private static void power(ObjectNode o, PowerThermal p) {
        o.put("case", p.environment());
        BundleJson.put(o, "orbitSampleSeconds", p.step(), 3);
        o.put("orbit", "first orbit of the window, orbit-periodic thermal state");
        ArrayNode sats = o.putArray("satellites");
        for (PowerThermal.SatellitePower s : p.satellites()) {
            ObjectNode n = sats.addObject();
            n.put("satellite", s.name());
            BundleJson.put(n, "orbitalPeriodMin", s.period() / 60, 3);
            BundleJson.put(n, "averageGeneratedW", s.averageGeneratedW(), 2);
            BundleJson.put(n, "averageComputeW", s.averageComputeW(), 2);
            BundleJson.put(n, "computeShare", s.computeShare(), 4);
            BundleJson.put(n, "peakJunctionC", s.peakJunctionK() - KELVIN, 2);
            BundleJson.put(n, "junctionMarginK", s.junctionMarginK(), 2);
            BundleJson.put(n, "throttledMinutesPerOrbit", s.throttledMinutes(), 2);
            BundleJson.put(n, "radiatorAreaMarginM2", s.radiatorAreaMargin(), 3);
            BundleJson.put(n, "unservedWhPerOrbit", s.unservedEnergyJ() / 3600, 3);
            n.put("converged", s.converged());
            ArrayNode tiles = n.putArray("tiles");
            for (PowerThermal.TilePower t : s.tiles()) {
                ObjectNode to = tiles.addObject();
                var sum = t.result().summary();
                to.put("slot", t.label());
                to.put("tileSpec", t.tileId());
                BundleJson.put(to, "averageGeneratedW", sum.averageGeneratedW(), 2);
                BundleJson.put(to, "averageComputeW", sum.averageComputeW(), 2);
                BundleJson.put(to, "peakJunctionC", t.result().samples() == 0 ? Double.NaN
                        : sum.peakJunctionK() - KELVIN, 2);
                BundleJson.put(to, "throttledMinutesPerOrbit", sum.throttledMinutes(), 2);
                to.put("lowestPowerLevel", lowestLevel(t));
            }
        }
    }

    /** @return per GPU group, the lowest power level over the orbit, joined by {@code +} (as modeAt spells it) */
    private static String lowestLevel(PowerThermal.TilePower t) {
        TileThermalResult r = t.result();
        StringBuilder sb = new StringBuilder();
        for (int g = 0; g < r.groups(); g++) {
            int lowest = Integer.MAX_VALUE;
            for (int k = 0; k < r.samples(); k++) {
                lowest = Math.min(lowest, r.powerMode(g, k));
            }
            if (g > 0) {
                sb.append('+');
            }
            List<String> names = g < t.modeNames().size() ? t.modeNames().get(g) : List.of();
            sb.append(lowest >= 0 && lowest < names.size() ? names.get(lowest) : lowest == GpuGroup.MODE_IDLE ? "idle"
                    : "off");
        }
        return sb.toString();
    }
}
