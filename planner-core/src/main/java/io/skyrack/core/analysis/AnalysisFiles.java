package io.skyrack.core.analysis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.skyrack.core.contacts.Contact;
import io.skyrack.core.lighting.EclipseInterval;
import io.skyrack.core.orbit.EphemerisGrid;
import io.skyrack.core.persistence.PlanFiles;
import io.skyrack.core.plan.GroundStation;
import io.skyrack.core.power.PowerThermal;
import io.skyrack.core.validation.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Writes an {@link Analysis} as the files of {@code skyrack analyze}: CSV with a header row, ISO-8601 UTC
 * times and units in the column names, and {@code summary.json}. Each file is written atomically.
 */
public final class AnalysisFiles {

    /** The beta angle changes by well under 0.1° in ten minutes, so {@code beta.csv} is written at this cadence (s). */
    public static final double BETA_INTERVAL = 600.0;

    private AnalysisFiles() {
    }

    /**
     * @param a the analysis
     * @param dir output folder (created when missing)
     * @return the files written
     * @throws IOException when a file cannot be written
     */
    public static List<Path> write(Analysis a, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> out = List.of(dir.resolve("summary.json"), dir.resolve("lighting.csv"), dir.resolve("beta.csv"),
                dir.resolve("contacts.csv"), dir.resolve("links.csv"), dir.resolve("power_thermal.csv"),
                dir.resolve("placement.json"), dir.resolve("placement.csv"));
        write(out.get(0), summary(a));
        write(out.get(1), lighting(a));
        write(out.get(2), beta(a));
        write(out.get(3), contacts(a));
        write(out.get(4), links(a));
        PlanFiles.writeAtomically(out.get(5), stream -> powerThermal(a.power(), stream));
        write(out.get(6), placementJson(a.placement()));
        write(out.get(7), placementCsv(a.placement()));
        return out;
    }

    /** Header of {@code power_thermal.csv}. */
    static final String POWER_THERMAL_HEADER = "satellite,tile,time,generatedW,computeW,batteryWh,solarFaceK,boardK,"
            + "junctionMaxK,radiatorK,gpuPowerMode";

    /**
     * Writes {@code power_thermal.csv}: one row per TILE slot and sample of its satellite's first orbit.
     *
     * @param p the power and thermal budget
     * @param stream where to write (UTF-8)
     * @throws IOException when writing fails
     */
    static void powerThermal(PowerThermal p, java.io.OutputStream stream) throws IOException {
        java.io.Writer w = new java.io.OutputStreamWriter(stream, StandardCharsets.UTF_8);
        w.write(POWER_THERMAL_HEADER);
        w.write('\n');
        StringBuilder sb = new StringBuilder(160);
        for (PowerThermal.SatellitePower sat : p.satellites()) {
            for (PowerThermal.TilePower t : sat.tiles()) {
                var r = t.result();
                for (int k = 0; k < r.samples(); k++) {
                    sb.setLength(0);
                    sb.append(sat.name()).append(',').append(t.label()).append(',')
                            .append(time(p.start().plusNanos(Math.round(r.time(k) * 1e9)))).append(',')
                            .append(num(r.generatedW(k), 2)).append(',')
                            .append(num(r.computeW(k), 2)).append(',')
                            .append(num(r.batteryChargeJ(k) / 3600.0, 3)).append(',')
                            .append(num(r.solarFaceK(k), 2)).append(',')
                            .append(num(r.boardK(k), 2)).append(',')
                            .append(num(r.junctionMaxK(k), 2)).append(',')
                            .append(num(r.radiatorK(k), 2)).append(',')
                            .append(t.modeAt(k)).append('\n');
                    w.append(sb);
                }
            }
        }
        w.flush();
    }

    private static void write(Path file, String text) throws IOException {
        PlanFiles.writeAtomically(file, text.getBytes(StandardCharsets.UTF_8));
    }

    /** @return ISO-8601 UTC, to the millisecond */
    static String time(Instant t) {
        return t.truncatedTo(ChronoUnit.MILLIS).toString();
    }

    private static String num(double v, int decimals) {
        if (Double.isNaN(v)) {
            return "";
        }
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    static String lighting(Analysis a) {
        StringBuilder sb = new StringBuilder("satellite,start,end,kind\n");
        for (EclipseInterval iv : a.lighting().intervals()) {
            sb.append(iv.name()).append(',').append(time(iv.start())).append(',').append(time(iv.end())).append(',')
                    .append(iv.kind().name()).append('\n');
        }
        return sb.toString();
    }

    static String beta(Analysis a) {
        EphemerisGrid g = a.grid();
        int stride = Math.max(1, (int) Math.round(BETA_INTERVAL / g.step()));
        StringBuilder sb = new StringBuilder("satellite,time,betaDeg\n");
        for (int i = 0; i < g.satelliteCount(); i++) {
            for (int k = 0; k < g.stepCount(); k += stride) {
                sb.append(g.names().get(i)).append(',').append(time(g.instant(k))).append(',')
                        .append(num(Math.toDegrees(a.lighting().beta()[g.index(i, k)]), 3)).append('\n');
            }
        }
        return sb.toString();
    }

    static String contacts(Analysis a) {
        StringBuilder sb = new StringBuilder("satellite,station,start,end,maxElevationDeg,volumeGbit\n");
        for (Contact c : a.contacts().passes()) {
            sb.append(c.satelliteName()).append(',').append(csv(c.stationName())).append(',').append(time(c.start()))
                    .append(',').append(time(c.end())).append(',').append(num(Math.toDegrees(c.maxElevation()), 2))
                    .append(',').append(num(c.volume() / 1e9, 3)).append('\n');
        }
        return sb.toString();
    }

    static String links(Analysis a) {
        StringBuilder sb = new StringBuilder("satelliteA,satelliteB,start,end,minRangeKm,maxRangeKm,rateGbps,marginDb\n");
        for (LinkWindowRow w : a.linkWindows()) {
            sb.append(w.satelliteA()).append(',').append(w.satelliteB()).append(',').append(time(w.start())).append(',')
                    .append(time(w.end())).append(',').append(num(w.minRange() / 1000, 3)).append(',')
                    .append(num(w.maxRange() / 1000, 3)).append(',').append(num(w.rate() / 1e9, 3)).append(',')
                    .append(num(w.marginDb(), 2)).append('\n');
        }
        return sb.toString();
    }

    private static String csv(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }

    static String summary(Analysis a) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        EphemerisGrid g = a.grid();
        root.put("plan", a.plan().name());
        ObjectNode window = root.putObject("window");
        window.put("start", time(g.start()));
        window.put("end", time(g.instant(g.stepCount() - 1)));
        window.put("stepSeconds", g.step());
        window.put("steps", g.stepCount());
        root.put("satellites", g.satelliteCount());
        ObjectNode props = root.putObject("propagators");
        new java.util.TreeMap<>(a.propagators().stream().collect(java.util.stream.Collectors.groupingBy(
                x -> x, java.util.stream.Collectors.counting()))).forEach(props::put);
        root.put("sunModel", a.lighting().sun().source());
        double[] periods = a.lighting().periods();
        ObjectNode period = root.putObject("orbitalPeriodMin");
        period.put("min", round(Arrays.stream(periods).min().orElse(Double.NaN) / 60, 3));
        period.put("mean", round(Arrays.stream(periods).average().orElse(Double.NaN) / 60, 3));
        period.put("max", round(Arrays.stream(periods).max().orElse(Double.NaN) / 60, 3));
        ObjectNode eclipse = root.putObject("eclipseFraction");
        eclipse.put("min", round(a.lighting().minEclipseFraction(), 4));
        eclipse.put("max", round(a.lighting().maxEclipseFraction(), 4));
        eclipse.put("definition", "(umbra + 1/2 penumbra) / orbital period, per complete orbit in the window");
        ArrayNode stations = root.putArray("contacts");
        List<GroundStation> gs = a.plan().groundStations();
        for (int s = 0; s < gs.size(); s++) {
            ObjectNode st = stations.addObject();
            int si = s;
            st.put("station", gs.get(s).name());
            st.put("passes", a.contacts().passes().stream().filter(c -> c.station() == si).count());
            st.put("minutesPerDay", round(a.contacts().minutesPerDay(s), 2));
            st.put("volumeGbitPerDay", round(a.contacts().volumePerDay(s) / 1e9, 3));
        }
        ObjectNode links = root.putObject("links");
        links.put("rule", a.plan().crosslinks().rule().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        links.put("candidatePairs", a.candidatePairs());
        links.put("windows", a.linkWindows().size());
        links.put("meanLinksUp", round(a.network().meanLinksUp(), 2));
        ObjectNode net = root.putObject("network");
        net.put("sampledSteps", a.network().samples());
        net.put("meanHopsToGround", round(a.network().meanHopsToGround(), 3));
        net.put("maxHopsToGround", a.network().maxHopsToGround());
        net.put("meanLatencyToGroundMs", round(a.network().meanLatencyToGround() * 1000, 3));
        net.put("maxLatencyToGroundMs", round(a.network().maxLatencyToGround() * 1000, 3));
        net.put("unreachableShare", round(a.network().unreachableShare(), 4));
        powerSummary(root.putObject("power"), a.power());
        ObjectNode placement = root.putObject("placement");
        placement.put("workloads", a.placement().problem().workloads().size());
        placement.put("workloadsServed", a.placement().workloadsServed());
        placement.put("replicas", a.placement().replicas());
        placement.put("replicasPlaced", a.placement().result().assignments().size());
        placement.put("activeGpus", a.placement().result().activeGpus());
        placement.put("lowerBoundActiveGpus", a.placement().result().bound().value());
        ObjectNode timings = root.putObject("stageSeconds");
        for (StageTiming t : a.timings()) {
            timings.put(t.stage(), round(t.seconds(), 3));
        }
        ArrayNode findings = root.putArray("findings");
        for (Finding fi : a.findings()) {
            ObjectNode o = findings.addObject();
            o.put("severity", fi.severity().name());
            o.put("path", fi.path());
            o.put("code", fi.code());
            o.put("message", fi.message());
        }
        try {
            return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Header of {@code placement.csv}. */
    static final String PLACEMENT_HEADER = "workload,replica,satellite,tile,gpu,profile,powerMode,memoryGiB,computeTops";

    /**
     * @param p the placement
     * @return {@code placement.csv}: one row per placed replica
     */
    static String placementCsv(PlacementOutcome p) {
        StringBuilder sb = new StringBuilder(PLACEMENT_HEADER).append('\n');
        java.util.Map<String, io.skyrack.core.placement.PlacementWorkload> w = new java.util.HashMap<>();
        p.problem().workloads().forEach(x -> w.put(x.name(), x));
        for (io.skyrack.core.placement.Assignment a : p.result().assignments()) {
            var g = p.gpu(a);
            var wl = w.get(a.workload());
            sb.append(csv(a.workload())).append(',').append(a.replica()).append(',').append(a.satellite()).append(',')
                    .append(g.map(x -> x.tile()).orElse("")).append(',').append(a.gpu()).append(',')
                    .append(g.map(x -> x.profileId()).orElse("")).append(',')
                    .append(g.flatMap(x -> x.mode()).orElse("")).append(',')
                    .append(num(wl == null ? Double.NaN : wl.memory() / (double) (1L << 30), 3)).append(',')
                    .append(num(wl == null ? Double.NaN : wl.compute() / 1e12, 3)).append('\n');
        }
        return sb.toString();
    }

    /**
     * @param p the placement
     * @return {@code placement.json}: assignments, unplaced replicas with reasons, per-GPU use, objective, bound
     */
    static String placementJson(PlacementOutcome p) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        var r = p.result();
        ObjectNode summary = root.putObject("summary");
        summary.put("workloads", p.problem().workloads().size());
        summary.put("workloadsServed", p.workloadsServed());
        summary.put("replicas", p.replicas());
        summary.put("replicasPlaced", r.assignments().size());
        summary.put("gpus", p.problem().gpus().size());
        summary.put("activeGpus", r.activeGpus());
        summary.put("lowerBoundActiveGpus", r.bound().value());
        ObjectNode bound = summary.putObject("lowerBoundByDimension");
        bound.put("memory", r.bound().memory());
        bound.put("compute", r.bound().compute());
        bound.put("power", r.bound().power());
        bound.put("faultDomains", r.bound().faultDomains());
        put(summary, "gapPercent", r.gapPercent(), 3);
        summary.put("provenOptimal", r.provenOptimal());
        ObjectNode obj = root.putObject("objective");
        obj.put("score", r.objective().score());
        obj.put("hardPenalty", r.objective().hardPenalty());
        obj.put("unservedDemand", r.objective().unservedDemand());
        obj.put("activeGpus", r.objective().activeGpus());
        obj.put("latencyMicros", r.objective().latencyMicros());
        obj.put("hops", r.objective().hops());
        ArrayNode as = root.putArray("assignments");
        for (io.skyrack.core.placement.Assignment a : r.assignments()) {
            ObjectNode o = as.addObject();
            var g = p.gpu(a);
            o.put("workload", a.workload());
            o.put("replica", a.replica());
            o.put("satellite", a.satellite());
            o.put("tile", g.map(x -> x.tile()).orElse(""));
            o.put("gpu", a.gpu());
            o.put("gpuId", a.gpuId());
            o.put("profile", g.map(x -> x.profileId()).orElse(""));
            o.put("powerMode", g.flatMap(x -> x.mode()).orElse(""));
        }
        ArrayNode un = root.putArray("unplaced");
        for (io.skyrack.core.placement.UnplacedReplica u : r.unplaced()) {
            ObjectNode o = un.addObject();
            o.put("workload", u.workload());
            o.put("replica", u.replica());
            o.put("constraint", u.constraint().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            o.put("reason", u.reason());
        }
        ArrayNode gs = root.putArray("gpus");
        for (io.skyrack.core.placement.GpuUse u : r.gpus()) {
            ObjectNode o = gs.addObject();
            var g = java.util.Optional.ofNullable(p.gpus().get(u.gpuId()));
            o.put("gpuId", u.gpuId());
            o.put("satellite", u.satellite());
            o.put("profile", g.map(x -> x.profileId()).orElse(""));
            o.put("powerMode", g.flatMap(x -> x.mode()).orElse(""));
            o.put("replicas", u.replicas());
            put(o, "memoryUsedGiB", u.memoryUsed() / (double) (1L << 30), 3);
            put(o, "memoryGiB", u.memory() / (double) (1L << 30), 3);
            put(o, "computeUsedTops", u.computeUsed() / 1e12, 3);
            put(o, "computeTops", u.compute() / 1e12, 3);
            put(o, "powerW", u.power(), 2);
        }
        try {
            return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Puts a number, or null when it is not finite (JSON has no infinity or NaN). */
    private static void put(ObjectNode o, String field, double v, int decimals) {
        if (Double.isFinite(v)) {
            o.put(field, round(v, decimals));
        } else {
            o.putNull(field);
        }
    }

    private static void powerSummary(ObjectNode o, PowerThermal p) {
        o.put("environment", p.environment());
        o.put("orbitSampleSeconds", round(p.step(), 3));
        o.put("orbit", "first orbit of the window, orbit-periodic thermal state");
        PowerThermal.Totals t = p.totals();
        ObjectNode total = o.putObject("total");
        total.put("satellites", t.satellites());
        total.put("tiles", t.tiles());
        put(total, "averageGeneratedKw", t.averageGeneratedW() / 1000, 3);
        put(total, "averageComputeKw", t.averageComputeW() / 1000, 3);
        put(total, "computeShare", t.computeShare(), 4);
        put(total, "peakJunctionC", t.peakJunctionK() - 273.15, 2);
        put(total, "junctionMarginK", t.junctionMarginK(), 2);
        put(total, "throttledMinutesPerOrbitMax", t.throttledMinutesMax(), 2);
        total.put("throttledSatellites", t.throttledSatellites());
        put(total, "radiatorAreaMarginM2", t.radiatorAreaMargin(), 3);
        total.put("unconvergedSatellites", t.unconverged());
        ArrayNode sats = o.putArray("satellites");
        for (PowerThermal.SatellitePower s : p.satellites()) {
            ObjectNode n = sats.addObject();
            n.put("satellite", s.name());
            n.put("tiles", s.tiles().size());
            put(n, "orbitalPeriodMin", s.period() / 60, 3);
            put(n, "averageGeneratedW", s.averageGeneratedW(), 2);
            put(n, "averageComputeW", s.averageComputeW(), 2);
            put(n, "computeShare", s.computeShare(), 4);
            put(n, "peakJunctionC", s.peakJunctionK() - 273.15, 2);
            put(n, "junctionMarginK", s.junctionMarginK(), 2);
            put(n, "throttledMinutesPerOrbit", s.throttledMinutes(), 2);
            put(n, "radiatorAreaMarginM2", s.radiatorAreaMargin(), 3);
            put(n, "unservedWhPerOrbit", s.unservedEnergyJ() / 3600, 3);
            n.put("converged", s.converged());
        }
    }

    private static double round(double v, int decimals) {
        if (!Double.isFinite(v)) {
            return v;
        }
        double scale = Math.pow(10, decimals);
        return Math.round(v * scale) / scale;
    }
}
