package io.skyrack.core.validation;

import io.skyrack.core.persistence.PlanCodec;
import io.skyrack.core.plan.Constellation;
import io.skyrack.core.plan.CrosslinkPolicy;
import io.skyrack.core.plan.CrosslinkPolicy.LinkPair;
import io.skyrack.core.plan.ExplicitConstellationSpec;
import io.skyrack.core.plan.ExplicitConstellationSpec.KeplerianSatellite;
import io.skyrack.core.plan.GroundStation;
import io.skyrack.core.plan.Plan;
import io.skyrack.core.plan.SatelliteRoster;
import io.skyrack.core.plan.TileArray;
import io.skyrack.core.plan.TileArray.TileSlot;
import io.skyrack.core.plan.TileSpec;
import io.skyrack.core.plan.TleConstellationSpec;
import io.skyrack.core.plan.TleConstellationSpec.TleEntry;
import io.skyrack.core.plan.WalkerConstellationSpec;
import io.skyrack.core.plan.Workload;
import io.skyrack.gpu.GpuCatalog;
import io.skyrack.gpu.GpuProfile;
import io.skyrack.gpu.PowerMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Checks a plan's meaning: unique names, references between its parts and to the GPU catalog, and the
 * rules that span several fields. Field types and ranges are checked when reading a file, or here through
 * {@link #validate(Plan, GpuCatalog)} for plans built in code.
 */
public final class PlanValidator {

    /** Largest number of satellites a plan may hold. */
    public static final int MAX_SATELLITES = 20_000;

    /** Equatorial radius of the Earth, WGS-84 (m). */
    private static final double EARTH_RADIUS = 6_378_137.0;
    /** Lowest perigee altitude that survives more than a few revolutions (m). */
    private static final double MIN_PERIGEE_ALTITUDE = 160_000.0;

    private final GpuCatalog catalog;
    private final List<Finding> out = new ArrayList<>();

    private PlanValidator(GpuCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * Every check: field ranges as for a file, then meaning and references.
     *
     * @param plan the plan
     * @param catalog GPU profiles the plan may refer to
     * @return all findings, errors first
     */
    public static List<Finding> validate(Plan plan, GpuCatalog catalog) {
        List<Finding> all = new ArrayList<>(PlanCodec.checkFields(plan));
        all.addAll(semantics(plan, catalog));
        return all;
    }

    /**
     * Meaning and references only (for plans whose fields were already checked while reading).
     *
     * @param plan the plan
     * @param catalog GPU profiles the plan may refer to
     * @return findings
     */
    public static List<Finding> semantics(Plan plan, GpuCatalog catalog) {
        PlanValidator v = new PlanValidator(catalog);
        v.check(plan);
        return List.copyOf(v.out);
    }

    private void error(String path, String code, String message) {
        out.add(Finding.error(path, code, message));
    }

    private void warning(String path, String code, String message) {
        out.add(Finding.warning(path, code, message));
    }

    private void check(Plan plan) {
        if (plan.window().step() > plan.window().duration()) {
            error("/analysis/stepSeconds", "window.step", "the " + fmt(plan.window().step())
                    + " s step is longer than the " + fmt(plan.window().duration()) + " s analysis window");
        }
        Map<String, TileSpec> tiles = checkTiles(plan);
        Set<String> satellites = checkConstellations(plan, tiles);
        checkStations(plan);
        checkCrosslinks(plan, satellites);
        checkWorkloads(plan, satellites);
    }

    private Map<String, TileSpec> checkTiles(Plan plan) {
        Map<String, TileSpec> byId = new HashMap<>();
        for (int i = 0; i < plan.tiles().size(); i++) {
            TileSpec t = plan.tiles().get(i);
            String p = "/tiles/" + i;
            if (byId.putIfAbsent(t.id(), t) != null) {
                error(p + "/id", "id.duplicate", "TILE id '" + t.id() + "' is used twice");
            }
            for (int j = 0; j < t.gpus().size(); j++) {
                TileSpec.GpuSlot g = t.gpus().get(j);
                String gp = p + "/gpus/" + j;
                Optional<GpuProfile> profile = catalog.find(g.profileId());
                if (profile.isEmpty()) {
                    error(gp + "/profile", "ref.gpu-profile", "unknown GPU profile '" + g.profileId() + "'; known: "
                            + String.join(", ", new TreeSet<>(catalog.ids())));
                } else if (profile.get().mode(g.powerMode()).isEmpty()) {
                    error(gp + "/powerMode", "ref.power-mode", "'" + g.powerMode() + "' is not a power mode of "
                            + g.profileId() + "; it has " + profile.get().powerModes().stream()
                            .map(PowerMode::name).collect(Collectors.joining(", ")));
                }
            }
            if (t.gpus().isEmpty()) {
                warning(p + "/gpus", "tile.no-gpu", "TILE '" + t.id() + "' carries no GPU modules");
            }
        }
        return byId;
    }

    private Set<String> checkConstellations(Plan plan, Map<String, TileSpec> tiles) {
        Set<String> ids = new HashSet<>();
        Map<String, String> satellites = new HashMap<>();
        int total = 0;
        for (int i = 0; i < plan.constellations().size(); i++) {
            Constellation c = plan.constellations().get(i);
            String p = "/constellations/" + i;
            if (!ids.add(c.id())) {
                error(p + "/id", "id.duplicate", "constellation id '" + c.id() + "' is used twice");
            }
            if (c instanceof WalkerConstellationSpec w && w.planes() > 0 && w.phasing() > w.planes() - 1) {
                error(p + "/phasing", "walker.phasing", "phasing F = " + w.phasing() + " must be at most P − 1 = "
                        + (w.planes() - 1));
            }
            if (c instanceof ExplicitConstellationSpec e) {
                checkKeplerian(e, p);
            }
            if (c instanceof TleConstellationSpec t) {
                checkTles(t, p);
                checkTleEpochs(t, p, plan);
            }
            checkAltitude(c, p);
            checkTileArray(c.template().tileArray(), tiles, p + "/template/tileArray");
            total += c.satelliteCount();
            List<String> names = SatelliteRoster.names(c);
            for (int n = 0; n < names.size(); n++) {
                String prev = satellites.putIfAbsent(names.get(n), p);
                if (prev != null) {
                    String where = c instanceof ExplicitConstellationSpec || c instanceof TleConstellationSpec
                            ? p + "/satellites/" + n + "/name" : p + "/id";
                    error(where, "satellite.duplicate", "satellite name '" + names.get(n)
                            + "' is also produced by " + prev);
                }
            }
        }
        if (total > MAX_SATELLITES) {
            error("/constellations", "satellites.too-many", "the plan has " + total + " satellites; at most "
                    + MAX_SATELLITES + " are supported");
        }
        if (total == 0) {
            warning("/constellations", "satellites.none", "the plan has no satellites");
        }
        return satellites.keySet();
    }

    private void checkKeplerian(ExplicitConstellationSpec e, String p) {
        for (int k = 0; k < e.satellites().size(); k++) {
            KeplerianSatellite s = e.satellites().get(k);
            double perigee = s.semiMajorAxis() * (1 - s.eccentricity()) - EARTH_RADIUS;
            if (perigee < MIN_PERIGEE_ALTITUDE) {
                error(p + "/satellites/" + k + "/eccentricity", "orbit.perigee", "the perigee altitude of "
                        + fmt(perigee / 1000) + " km is below the " + fmt(MIN_PERIGEE_ALTITUDE / 1000)
                        + " km minimum");
            }
        }
    }

    private void checkTles(TleConstellationSpec t, String p) {
        for (int k = 0; k < t.satellites().size(); k++) {
            TleEntry e = t.satellites().get(k);
            String sp = p + "/satellites/" + k;
            checkTleLine(e.line1(), sp + "/line1");
            checkTleLine(e.line2(), sp + "/line2");
            if (e.line1().length() == 69 && e.line2().length() == 69
                    && !e.line1().substring(2, 7).equals(e.line2().substring(2, 7))) {
                error(sp + "/line2", "tle.catalog", "line 2 is for catalog number " + e.line2().substring(2, 7).trim()
                        + " but line 1 for " + e.line1().substring(2, 7).trim());
            }
        }
    }

    /** Lowest altitude at which drag, which the propagators ignore, leaves a lifetime of more than weeks (m). */
    private static final double DRAG_WARNING_ALTITUDE = 250_000.0;
    /** TLE age beyond which SGP4 errors grow past a few kilometres (days). */
    private static final double TLE_AGE_WARNING_DAYS = 14.0;

    private void checkAltitude(Constellation c, String p) {
        double altitude = Double.NaN;
        if (c instanceof WalkerConstellationSpec w) {
            altitude = w.altitude();
        } else if (c instanceof io.skyrack.core.plan.SunSynchronousSpec s) {
            altitude = s.altitude();
        }
        if (altitude >= MIN_PERIGEE_ALTITUDE && altitude < DRAG_WARNING_ALTITUDE) {
            warning(p + "/altitudeKm", "orbit.drag", fmt(altitude / 1000) + " km is inside the upper atmosphere: drag, "
                    + "which the analysis does not model, brings such orbits down within weeks");
        }
    }

    private void checkTleEpochs(TleConstellationSpec t, String p, Plan plan) {
        for (int k = 0; k < t.satellites().size(); k++) {
            String line1 = t.satellites().get(k).line1();
            if (line1.length() != 69) {
                continue;
            }
            try {
                int yy = Integer.parseInt(line1.substring(18, 20).trim());
                double day = Double.parseDouble(line1.substring(20, 32).trim());
                int year = yy < 57 ? 2000 + yy : 1900 + yy;
                java.time.Instant epoch = java.time.LocalDate.of(year, 1, 1).atStartOfDay(java.time.ZoneOffset.UTC)
                        .toInstant().plusNanos(Math.round((day - 1) * 86_400e9));
                double days = java.time.Duration.between(epoch, plan.window().start()).toSeconds() / 86_400.0;
                double end = days + plan.window().duration() / 86_400.0;
                double worst = Math.max(Math.abs(days), Math.abs(end));
                if (worst > TLE_AGE_WARNING_DAYS) {
                    warning(p + "/satellites/" + k + "/line1", "tle.age", "the element set's epoch " + epoch
                            + " is " + Math.round(worst) + " days from the analysis window; SGP4 errors grow by "
                            + "kilometres a day, so use a recent TLE");
                }
            } catch (NumberFormatException | java.time.DateTimeException e) {
                error(p + "/satellites/" + k + "/line1", "tle.epoch", "columns 19–32 do not hold a TLE epoch (YYDDD.DDDDDDDD)");
            }
        }
    }

    private void checkTleLine(String line, String ptr) {
        if (line.length() != 69) {
            return; // reported by the field pattern
        }
        int sum = 0;
        for (int i = 0; i < 68; i++) {
            char ch = line.charAt(i);
            if (ch >= '0' && ch <= '9') {
                sum += ch - '0';
            } else if (ch == '-') {
                sum += 1;
            }
        }
        char last = line.charAt(68);
        if (last < '0' || last > '9' || (sum % 10) != last - '0') {
            error(ptr, "tle.checksum", "checksum digit is '" + last + "' but the line sums to " + (sum % 10));
        }
    }

    private void checkTileArray(TileArray a, Map<String, TileSpec> tiles, String p) {
        Set<Long> used = new HashSet<>();
        String fill = a.uniformFill();
        for (int k = 0; k < a.slots().size(); k++) {
            TileSlot s = a.slots().get(k);
            String sp = fill != null ? p + "/fill" : p + "/slots/" + k;
            if (!tiles.containsKey(s.tileId())) {
                error(fill != null ? sp : sp + "/tile", "ref.tile", "unknown TILE '" + s.tileId() + "'"
                        + (tiles.isEmpty() ? "; the plan defines no TILEs" : "; defined: "
                        + String.join(", ", new TreeSet<>(tiles.keySet()))));
                if (fill != null) {
                    break;
                }
            }
            if (s.row() >= a.rows()) {
                error(sp + "/row", "tiles.outside", "row " + s.row() + " is outside the " + a.rows()
                        + "-row array (rows are numbered from 0)");
            }
            if (s.column() >= a.columns()) {
                error(sp + "/column", "tiles.outside", "column " + s.column() + " is outside the " + a.columns()
                        + "-column array (columns are numbered from 0)");
            }
            if (!used.add(((long) s.row() << 32) | s.column())) {
                error(sp, "tiles.overlap", "slot (" + s.row() + ", " + s.column() + ") holds two TILEs");
            }
        }
        if (a.slots().isEmpty()) {
            warning(p, "tiles.empty", "the TILE array holds no TILEs");
        }
    }

    private void checkStations(Plan plan) {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < plan.groundStations().size(); i++) {
            GroundStation g = plan.groundStations().get(i);
            if (!names.add(g.name())) {
                error("/groundStations/" + i + "/name", "id.duplicate", "station name '" + g.name()
                        + "' is used twice");
            }
        }
    }

    private void checkCrosslinks(Plan plan, Set<String> satellites) {
        CrosslinkPolicy c = plan.crosslinks();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < c.manualPairs().size(); i++) {
            LinkPair lp = c.manualPairs().get(i);
            String p = "/crosslinks/manualPairs/" + i;
            checkSatelliteRef(lp.satelliteA(), satellites, p + "/a");
            checkSatelliteRef(lp.satelliteB(), satellites, p + "/b");
            if (lp.satelliteA().equals(lp.satelliteB())) {
                error(p, "link.self", "a satellite cannot link to itself ('" + lp.satelliteA() + "')");
            }
            String key = lp.satelliteA().compareTo(lp.satelliteB()) < 0
                    ? lp.satelliteA() + "\u0000" + lp.satelliteB() : lp.satelliteB() + "\u0000" + lp.satelliteA();
            if (!seen.add(key)) {
                error(p, "link.duplicate", "the pair " + lp.satelliteA() + " – " + lp.satelliteB()
                        + " is listed twice");
            }
        }
        if (c.rule() == CrosslinkPolicy.TopologyRule.MANUAL && c.manualPairs().isEmpty() && satellites.size() > 1) {
            warning("/crosslinks/manualPairs", "link.none", "the manual rule has no pairs, so no crosslinks exist");
        }
    }

    private void checkWorkloads(Plan plan, Set<String> satellites) {
        Set<String> names = plan.workloads().stream().map(Workload::name).collect(Collectors.toSet());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < plan.workloads().size(); i++) {
            Workload w = plan.workloads().get(i);
            String p = "/workloads/" + i;
            if (!seen.add(w.name())) {
                error(p + "/name", "id.duplicate", "workload name '" + w.name() + "' is used twice");
            }
            w.source().satellite().ifPresent(s -> checkSatelliteRef(s, satellites, p + "/source/satellite"));
            w.pinnedSatellite().ifPresent(s -> checkSatelliteRef(s, satellites, p + "/pinnedSatellite"));
            if (w.pinnedSatellite().isPresent() && w.replicas() > 1) {
                error(p + "/replicas", "workload.pinned-replicas", w.replicas() + " replicas must run on distinct "
                        + "satellites, so they cannot all be pinned to " + w.pinnedSatellite().get());
            }
            if (w.replicas() > satellites.size() && !satellites.isEmpty()) {
                warning(p + "/replicas", "workload.replicas", w.replicas() + " replicas need as many satellites, "
                        + "but the plan has " + satellites.size());
            }
            for (int k = 0; k < w.antiAffinity().size(); k++) {
                String other = w.antiAffinity().get(k);
                if (other.equals(w.name())) {
                    error(p + "/antiAffinity/" + k, "workload.anti-self", "a workload cannot be anti-affine to itself");
                } else if (!names.contains(other)) {
                    error(p + "/antiAffinity/" + k, "ref.workload", "unknown workload '" + other + "'");
                }
            }
        }
    }

    private void checkSatelliteRef(String name, Set<String> satellites, String ptr) {
        if (!satellites.contains(name)) {
            error(ptr, "ref.satellite", "unknown satellite '" + name + "'" + hint(name, satellites));
        }
    }

    private static String hint(String name, Set<String> satellites) {
        if (satellites.isEmpty()) {
            return "; the plan has no satellites";
        }
        List<String> sorted = new ArrayList<>(new TreeSet<>(satellites));
        String prefix = name.length() > 3 ? name.substring(0, 3) : name;
        List<String> close = sorted.stream().filter(s -> s.startsWith(prefix)).limit(3).collect(Collectors.toList());
        List<String> show = close.isEmpty() ? sorted.subList(0, Math.min(3, sorted.size())) : close;
        return "; satellites are named like " + String.join(", ", show);
    }

    private static String fmt(double v) {
        return io.skyrack.core.persistence.Numbers.format(Math.round(v * 10) / 10.0);
    }
}
