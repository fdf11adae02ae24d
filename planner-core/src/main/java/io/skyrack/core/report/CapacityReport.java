package io.skyrack.core.report;

import io.skyrack.core.analysis.Analysis;
import io.skyrack.core.inventory.PlanInventory;
import io.skyrack.core.orbit.EphemerisGrid;
import io.skyrack.core.plan.AnalysisAssumptions;
import io.skyrack.core.plan.Constellation;
import io.skyrack.core.plan.GroundStation;
import io.skyrack.core.plan.Plan;
import io.skyrack.core.power.PowerThermal;
import io.skyrack.core.power.PowerThermalAnalyzer;
import io.skyrack.core.power.SustainedCapacity;
import io.skyrack.core.validation.Finding;
import io.skyrack.gpu.GpuCatalog;
import io.skyrack.thermal.Environment;
import io.skyrack.thermal.TileThermalResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The capacity report: one self-contained HTML file (inline CSS and SVG charts, no scripts, no external
 * resources) with the headline capacity figures, a picture of the constellation, power and thermal margins,
 * the placement summary and the assumptions behind every number — what a sales engineer hands a customer.
 *
 * <p>The document depends only on the plan and its analysis (no wall-clock time), so the same plan gives the
 * same bytes.
 */
public final class CapacityReport {

    private CapacityReport() {
    }

    /**
     * What placement achieved, for the report.
     *
     * @param workloads workloads in the plan
     * @param workloadsServed workloads with every replica placed
     * @param replicas replicas requested
     * @param replicasPlaced replicas placed
     * @param activeGpus GPUs running at least one replica
     * @param lowerBound lower bound on the GPUs any placement needs
     * @param unplaced one line per unplaced workload, with the reason
     */
    public record PlacementSummary(int workloads, int workloadsServed, int replicas, int replicasPlaced,
                                   int activeGpus, int lowerBound, List<String> unplaced) {

        /** Copies the list. */
        public PlacementSummary {
            unplaced = List.copyOf(unplaced);
        }
    }

    /**
     * @param a the analysis of a plan
     * @param catalog GPU profiles
     * @param placement the placement summary, if placement ran
     * @param generator generator name and version, printed in the footer
     * @return the HTML document
     */
    public static String html(Analysis a, GpuCatalog catalog, Optional<PlacementSummary> placement, String generator) {
        Plan plan = a.plan();
        PlanInventory inv = PlanInventory.of(plan, catalog);
        List<SustainedCapacity.Gpu> gpus = SustainedCapacity.of(plan, a.power(), catalog);
        PowerThermal.Totals t = a.power().totals();
        StringBuilder h = new StringBuilder(200_000);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
        h.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        h.append("<title>").append(esc(plan.name())).append(" — capacity report</title>");
        h.append("<style>").append(CSS).append("</style></head><body>\n");
        h.append("<header><div class=\"kicker\">Orbital compute capacity report</div><h1>").append(esc(plan.name()))
                .append("</h1><p class=\"lede\">").append(esc(plan.description())).append("</p><p class=\"meta\">")
                .append("Analysis window ").append(esc(a.grid().start().toString())).append(" + ")
                .append(String.format(Locale.ROOT, "%.1f h", a.grid().time(a.grid().stepCount() - 1) / 3600))
                .append(" at ").append(String.format(Locale.ROOT, "%.0f s", a.grid().step())).append(" steps</p></header>\n");

        // headline figures
        h.append("<section><h2>Headline capacity</h2><div class=\"cards\">");
        card(h, "Satellites", String.format(Locale.ROOT, "%,d", inv.satellites()), "");
        card(h, "Compute TILEs", String.format(Locale.ROOT, "%,d", inv.tiles()), "");
        card(h, "GPUs", String.format(Locale.ROOT, "%,d", inv.gpuCount()), gpuMix(inv));
        card(h, "Sustained INT8", String.format(Locale.ROOT, "%,.0f TOPS", SustainedCapacity.totalTops(gpus)),
                "dense, held through the whole orbit");
        card(h, "Peak INT8", String.format(Locale.ROOT, "%,.0f TOPS", inv.nominalTops()),
                "sparse, at the commanded power modes");
        card(h, "Compute power", power(t.averageComputeW()), "orbit average");
        card(h, "Energy to compute", String.format(Locale.ROOT, "%.1f %%", 100 * t.computeShare()),
                "of the power drawn from the solar cells");
        placement.ifPresent(p -> card(h, "Workloads served", p.workloadsServed() + " of " + p.workloads(),
                p.replicasPlaced() + " of " + p.replicas() + " replicas placed"));
        h.append("</div></section>\n");

        // constellation picture
        h.append("<section><h2>Constellation</h2>");
        h.append("<p>Sub-satellite points at the start of the window, one orbit's ground track per constellation "
                + "and the ground stations.</p>");
        h.append(map(a));
        h.append(constellationTable(plan));
        h.append("</section>\n");

        // power and thermal
        h.append("<section><h2>Power and thermal margins</h2>");
        h.append(String.format(Locale.ROOT, "<p>Orbit-periodic solution of every TILE's thermal network over its "
                        + "satellite's first orbit in the window (%s). Generated %s and compute %s on average; the "
                        + "hottest GPU junction reaches %s, %s under its throttle limit; %d satellite(s) throttle; the "
                        + "smallest radiator margin in the hot case is %s.</p>", esc(a.power().environment()),
                power(t.averageGeneratedW()), power(t.averageComputeW()), celsius(t.peakJunctionK()),
                Double.isFinite(t.junctionMarginK()) ? String.format(Locale.ROOT, "%.1f K", t.junctionMarginK()) : "—",
                t.throttledSatellites(), Double.isFinite(t.radiatorAreaMargin())
                        ? String.format(Locale.ROOT, "%.2f m²", t.radiatorAreaMargin()) : "insufficient"));
        h.append(marginTable(a));
        representative(a).ifPresent(p -> {
            TileThermalResult r = p.tiles().get(0).result();
            double[] min = new double[r.samples()];
            double[] gen = new double[min.length];
            double[] comp = new double[min.length];
            double[] bat = new double[min.length];
            double[] face = new double[min.length];
            double[] board = new double[min.length];
            double[] junction = new double[min.length];
            double[] rad = new double[min.length];
            for (int k = 0; k < min.length; k++) {
                min[k] = r.time(k) / 60;
                for (PowerThermal.TilePower tp : p.tiles()) {
                    if (tp.result().solved()) {
                        gen[k] += tp.result().generatedW(k);
                        comp[k] += tp.result().computeW(k);
                        bat[k] += tp.result().batteryChargeJ(k) / 3600;
                    }
                }
                face[k] = r.solarFaceK(k) - 273.15;
                board[k] = r.boardK(k) - 273.15;
                junction[k] = r.junctionMaxK(k) - 273.15;
                rad[k] = r.radiatorK(k) - 273.15;
            }
            h.append("<div class=\"charts\">");
            h.append(new SvgChart("Power over one orbit — " + p.name(), "minutes into the orbit", "W")
                    .line("drawn from the cells", min, gen).line("GPUs", min, comp).render(560, 300));
            h.append(new SvgChart("Battery — " + p.name(), "minutes into the orbit", "Wh")
                    .line("charge", min, bat).render(560, 300));
            SvgChart temps = new SvgChart("Temperatures, first TILE — " + p.name(), "minutes into the orbit", "°C")
                    .line("solar face", min, face).line("board", min, board).line("GPU junction", min, junction)
                    .line("radiator", min, rad);
            if (Double.isFinite(r.summary().junctionMarginK())) {
                temps.limit("throttle limit", r.summary().peakJunctionK() + r.summary().junctionMarginK() - 273.15);
            }
            h.append(temps.render(560, 300));
            h.append("</div>");
        });
        h.append("</section>\n");

        // placement
        h.append("<section><h2>Workload placement</h2>");
        if (placement.isPresent()) {
            PlacementSummary p = placement.get();
            h.append(String.format(Locale.ROOT, "<p>%d of %d workloads served (%d of %d replicas) on %d active GPUs; "
                            + "no placement can use fewer than %d.</p>", p.workloadsServed(), p.workloads(),
                    p.replicasPlaced(), p.replicas(), p.activeGpus(), p.lowerBound()));
            if (!p.unplaced().isEmpty()) {
                h.append("<ul>");
                p.unplaced().forEach(u -> h.append("<li>").append(esc(u)).append("</li>"));
                h.append("</ul>");
            }
        } else {
            h.append("<p>").append(plan.workloads().size()).append(" workload(s) in the plan; placement was not run "
                    + "for this report.</p>");
        }
        h.append("</section>\n");

        // assumptions
        h.append("<section><h2>Assumptions</h2><ul>");
        AnalysisAssumptions as = plan.assumptions();
        Environment env = PowerThermalAnalyzer.environment(as);
        h.append(String.format(Locale.ROOT, "<li>Environment: %s case — solar constant %.0f W/m², albedo %.2f, "
                        + "Earth infrared %.0f W/m²; mission year %s (cell degradation applied).</li>",
                as.environment().name().toLowerCase(Locale.ROOT), env.solarConstant(), env.albedo(), env.olr(),
                fmtYear(as.missionYear())));
        h.append("<li>Capacity basis: ").append(as.capacityBasis() == AnalysisAssumptions.CapacityBasis.ORBIT_MINIMUM
                ? "the lowest power mode each GPU holds through the orbit (eclipse included)"
                : "the orbit-average power mode (a battery carries the eclipse)").append(".</li>");
        h.append("<li>Orbits: ").append(esc(String.join(", ", a.propagators().stream().distinct().toList())))
                .append(" propagation (Orekit); Sun: ").append(esc(a.lighting().sun().source()))
                .append("; conical Earth shadow with umbra and penumbra.</li>");
        h.append("<li>Throughput: NVIDIA's published INT8 figures; lower power modes scaled by power where NVIDIA "
                + "publishes only the top mode; dense = sparse / 2.</li>");
        for (Finding f : a.findings()) {
            if (f.code().equals("thermal.assumption")) {
                h.append("<li>").append(esc(f.message())).append("</li>");
            }
        }
        h.append("</ul>");
        List<Finding> warnings = a.findings().stream().filter(f -> f.severity() != Finding.Severity.INFO).toList();
        if (!warnings.isEmpty()) {
            h.append("<h3>Findings</h3><ul>");
            warnings.forEach(f -> h.append("<li>").append(esc(f.message())).append("</li>"));
            h.append("</ul>");
        }
        h.append("</section>\n<footer>").append(esc(generator)).append(" · orbit mechanics by Orekit · map data "
                + "Natural Earth (public domain)</footer>\n</body></html>\n");
        return h.toString();
    }

    private static String fmtYear(double y) {
        return y == Math.rint(y) ? String.valueOf((long) y) : String.format(Locale.ROOT, "%.1f", y);
    }

    private static String gpuMix(PlanInventory inv) {
        List<String> parts = new ArrayList<>();
        inv.gpus().values().forEach(g -> parts.add(g.count() + " × " + g.profileName()));
        return String.join(", ", parts);
    }

    private static void card(StringBuilder h, String title, String value, String note) {
        h.append("<div class=\"card\"><div class=\"t\">").append(esc(title)).append("</div><div class=\"v\">")
                .append(esc(value)).append("</div><div class=\"n\">").append(esc(note)).append("</div></div>");
    }

    private static String power(double w) {
        return w >= 10_000 ? String.format(Locale.ROOT, "%,.1f kW", w / 1000) : String.format(Locale.ROOT, "%,.0f W", w);
    }

    private static String celsius(double k) {
        return Double.isFinite(k) ? String.format(Locale.ROOT, "%.1f °C", k - 273.15) : "—";
    }

    /** The satellite with the least junction margin: the one a customer should look at. */
    private static Optional<PowerThermal.SatellitePower> representative(Analysis a) {
        return a.power().satellites().stream().filter(s -> !s.tiles().isEmpty() && s.tiles().get(0).result().solved())
                .min((x, y) -> Double.compare(key(x), key(y)));
    }

    private static double key(PowerThermal.SatellitePower s) {
        return Double.isNaN(s.junctionMarginK()) ? Double.MAX_VALUE : s.junctionMarginK();
    }

    private static String constellationTable(Plan plan) {
        StringBuilder h = new StringBuilder("<table><tr><th>Constellation</th><th>Kind</th><th>Satellites</th>"
                + "<th>TILEs each</th><th>Attitude</th></tr>");
        for (Constellation c : plan.constellations()) {
            h.append("<tr><td>").append(esc(c.name())).append("</td><td>").append(esc(kind(c))).append("</td><td>")
                    .append(io.skyrack.core.plan.SatelliteRoster.names(c).size()).append("</td><td>")
                    .append(c.template().tileArray().slots().size()).append("</td><td>")
                    .append(c.template().attitude().name().toLowerCase(Locale.ROOT).replace('_', '-'))
                    .append("</td></tr>");
        }
        return h.append("</table>").toString();
    }

    private static String kind(Constellation c) {
        String n = c.getClass().getSimpleName();
        return n.replace("ConstellationSpec", "").replace("Spec", "").replaceAll("([a-z])([A-Z])", "$1 $2")
                .toLowerCase(Locale.ROOT);
    }

    private static String marginTable(Analysis a) {
        StringBuilder h = new StringBuilder("<table><tr><th>Constellation</th><th>Drawn per satellite</th>"
                + "<th>GPU power per satellite</th><th>Energy to compute</th><th>Peak junction</th><th>Margin</th>"
                + "<th>Throttled</th><th>Radiator margin</th></tr>");
        Plan plan = a.plan();
        for (int c = 0; c < plan.constellations().size(); c++) {
            int ci = c;
            List<PowerThermal.SatellitePower> mine = a.power().satellites().stream()
                    .filter(s -> s.constellationIndex() == ci).toList();
            if (mine.isEmpty()) {
                continue;
            }
            double gen = mine.stream().mapToDouble(PowerThermal.SatellitePower::averageGeneratedW).average().orElse(0);
            double comp = mine.stream().mapToDouble(PowerThermal.SatellitePower::averageComputeW).average().orElse(0);
            double peak = mine.stream().mapToDouble(PowerThermal.SatellitePower::peakJunctionK).filter(Double::isFinite)
                    .max().orElse(Double.NaN);
            double margin = mine.stream().mapToDouble(PowerThermal.SatellitePower::junctionMarginK)
                    .filter(d -> !Double.isNaN(d)).min().orElse(Double.NaN);
            double throttled = mine.stream().mapToDouble(PowerThermal.SatellitePower::throttledMinutes).max().orElse(0);
            double radiator = mine.stream().mapToDouble(PowerThermal.SatellitePower::radiatorAreaMargin)
                    .filter(d -> !Double.isNaN(d)).min().orElse(Double.NaN);
            h.append("<tr><td>").append(esc(plan.constellations().get(c).name())).append("</td><td>")
                    .append(power(gen)).append("</td><td>").append(power(comp)).append("</td><td>")
                    .append(gen > 0 ? String.format(Locale.ROOT, "%.1f %%", 100 * comp / gen) : "—")
                    .append("</td><td>").append(celsius(peak)).append("</td><td>")
                    .append(Double.isFinite(margin) ? String.format(Locale.ROOT, "%.1f K", margin) : "—")
                    .append("</td><td>").append(String.format(Locale.ROOT, "%.1f min/orbit", throttled))
                    .append("</td><td>").append(Double.isFinite(radiator) ? String.format(Locale.ROOT, "%.2f m²", radiator)
                            : Double.isNaN(radiator) ? "—" : "insufficient").append("</td></tr>");
        }
        return h.append("</table>").toString();
    }

    /** Equirectangular map, 720 × 360: land, graticule, ground tracks, satellites, stations. */
    private static String map(Analysis a) {
        EphemerisGrid g = a.grid();
        StringBuilder h = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"map\" viewBox=\"0 0 360 180\" "
                + "role=\"img\" aria-label=\"Constellation map\"><rect width=\"360\" height=\"180\" fill=\"#0b1d33\"/>");
        h.append("<path fill=\"#2e4a63\" stroke=\"#4d6b86\" stroke-width=\"0.15\" d=\"").append(LAND).append("\"/>");
        for (int lon = 30; lon < 360; lon += 30) {
            h.append("<line x1=\"").append(lon).append("\" y1=\"0\" x2=\"").append(lon)
                    .append("\" y2=\"180\" stroke=\"#ffffff\" stroke-opacity=\"0.08\" stroke-width=\"0.2\"/>");
        }
        for (int lat = 30; lat < 180; lat += 30) {
            h.append("<line x1=\"0\" y1=\"").append(lat).append("\" x2=\"360\" y2=\"").append(lat)
                    .append("\" stroke=\"#ffffff\" stroke-opacity=\"0.08\" stroke-width=\"0.2\"/>");
        }
        String[] colors = {"#ffd54f", "#4fc3f7", "#81c784", "#ff8a65", "#ba68c8"};
        List<String> names = g.names();
        int first = 0;
        for (int c = 0; c < a.plan().constellations().size(); c++) {
            int count = io.skyrack.core.plan.SatelliteRoster.names(a.plan().constellations().get(c)).size();
            String color = colors[c % colors.length];
            if (count > 0 && first < names.size()) {
                // one orbit of the first satellite's ground track
                double period = a.lighting().periods()[first];
                int steps = (int) Math.min(g.stepCount(), Math.ceil(period / g.step()) + 1);
                StringBuilder d = new StringBuilder();
                double prevLon = Double.NaN;
                for (int k = 0; k < steps; k++) {
                    double[] ll = latLon(g, first, k);
                    d.append(Double.isNaN(prevLon) || Math.abs(ll[1] - prevLon) > 180 ? "M" : "L")
                            .append(String.format(Locale.ROOT, "%.2f %.2f", ll[1] + 180, 90 - ll[0]));
                    prevLon = ll[1];
                }
                h.append("<path fill=\"none\" stroke=\"").append(color).append("\" stroke-opacity=\"0.6\" "
                        + "stroke-width=\"0.4\" d=\"").append(d).append("\"/>");
            }
            for (int s = first; s < first + count && s < names.size(); s++) {
                double[] ll = latLon(g, s, 0);
                h.append(String.format(Locale.ROOT, "<circle cx=\"%.2f\" cy=\"%.2f\" r=\"%.2f\" fill=\"%s\"/>",
                        ll[1] + 180, 90 - ll[0], count > 500 ? 0.5 : 1.0, color));
            }
            first += count;
        }
        for (GroundStation st : a.plan().groundStations()) {
            double x = Math.toDegrees(st.longitude()) + 180;
            double y = 90 - Math.toDegrees(st.latitude());
            h.append(String.format(Locale.ROOT, "<path d=\"M%.2f %.2fl-1.6 2.8h3.2z\" fill=\"#ffffff\"/>"
                    + "<text x=\"%.2f\" y=\"%.2f\" font-size=\"3\" fill=\"#ffffff\" font-family=\"sans-serif\">%s</text>",
                    x, y - 1.4, x + 2, y + 1.2, esc(st.name())));
        }
        return h.append("</svg>").toString();
    }

    private static double[] latLon(EphemerisGrid g, int s, int k) {
        int j = g.index(s, k);
        double x = g.fixedX()[j];
        double y = g.fixedY()[j];
        double z = g.fixedZ()[j];
        return new double[] {Math.toDegrees(Math.atan2(z, Math.hypot(x, y))), Math.toDegrees(Math.atan2(y, x))};
    }

    private static String esc(String s) {
        return SvgChart.esc(s);
    }

    private static final String LAND = loadLand();

    private static String loadLand() {
        try (InputStream in = CapacityReport.class.getResourceAsStream("land-110m.svgpath")) {
            if (in == null) {
                throw new IllegalStateException("land-110m.svgpath is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final String CSS = "body{font-family:-apple-system,'Segoe UI',Roboto,'DejaVu Sans',sans-serif;"
            + "margin:0 auto;max-width:1180px;padding:24px 32px;color:#1c2733;background:#f6f8fa}"
            + "header{border-bottom:3px solid #1f77b4;margin-bottom:18px}.kicker{text-transform:uppercase;"
            + "letter-spacing:.08em;color:#5f6b7a;font-size:12px}h1{margin:4px 0 6px;font-size:30px}"
            + ".lede{font-size:15px;color:#34414f;max-width:900px}.meta{color:#5f6b7a;font-size:12px}"
            + "h2{font-size:19px;margin:26px 0 10px;border-bottom:1px solid #d7dde4;padding-bottom:4px}"
            + ".cards{display:flex;flex-wrap:wrap;gap:12px}.card{background:#fff;border:1px solid #d7dde4;"
            + "border-radius:8px;padding:10px 14px;min-width:170px}.card .t{color:#5f6b7a;font-size:12px}"
            + ".card .v{font-size:24px;font-weight:700;margin:2px 0}.card .n{color:#5f6b7a;font-size:11px}"
            + "table{border-collapse:collapse;background:#fff;margin:10px 0;font-size:13px}"
            + "th,td{border:1px solid #d7dde4;padding:5px 9px;text-align:left}th{background:#eef2f6}"
            + ".map{width:100%;max-width:1080px;border-radius:6px;display:block}.charts{display:flex;flex-wrap:wrap;"
            + "gap:12px}.charts svg{border:1px solid #d7dde4;border-radius:6px}footer{margin-top:30px;color:#5f6b7a;"
            + "font-size:11px;border-top:1px solid #d7dde4;padding-top:8px}";
}
