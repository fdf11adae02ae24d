package io.skyrack.core.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks the internal references of a cluster record that passed its schema: every placement names a workload
 * and a GPU that exist (satellite, TILE slot, GPU index) and a power mode of that GPU; every link joins two
 * distinct satellites; every pass names a satellite and a station; every route is a chain of next hops over
 * links that are available at its slice (and ends with a pass in progress), with hop counts that count down
 * to the station. Every problem is reported, each located by a JSON path.
 */
final class ClusterReferences {

    /** Slack allowed when a slice time is compared with window and pass bounds, which are written to the ms (s). */
    static final double TIME_TOLERANCE = 0.5;

    private final String file;
    private final List<Problem> out = new ArrayList<>();

    private ClusterReferences(String file) {
        this.file = file;
    }

    /**
     * @param cluster the cluster tree
     * @param file bundle path to name in problems
     * @return every reference problem
     */
    static List<Problem> check(JsonNode cluster, String file) {
        ClusterReferences c = new ClusterReferences(file);
        c.run(cluster.path("spec"));
        return List.copyOf(c.out);
    }

    private void problem(String where, String message) {
        out.add(new Problem(file, "reference", where + ": " + message));
    }

    private void run(JsonNode spec) {
        // nodes: satellite → TILE slot → number of GPUs and their profiles
        Map<String, Map<String, List<String>>> nodes = new HashMap<>();
        Map<String, Set<String>> profileModes = new HashMap<>();
        JsonNode profiles = spec.path("gpuProfiles");
        for (int i = 0; i < profiles.size(); i++) {
            Set<String> modes = new HashSet<>();
            profiles.get(i).path("powerModes").forEach(m -> modes.add(m.path("name").asText()));
            if (profileModes.put(profiles.get(i).path("id").asText(), modes) != null) {
                problem("$.spec.gpuProfiles[" + i + "]", "duplicate GPU profile '" + profiles.get(i).path("id").asText()
                        + "'");
            }
        }
        JsonNode nodeList = spec.path("nodes");
        for (int n = 0; n < nodeList.size(); n++) {
            JsonNode node = nodeList.get(n);
            String where = "$.spec.nodes[" + n + "]";
            String name = node.path("name").asText();
            Map<String, List<String>> tiles = new HashMap<>();
            if (nodes.put(name, tiles) != null) {
                problem(where, "duplicate satellite '" + name + "'");
            }
            JsonNode tileList = node.path("tiles");
            for (int t = 0; t < tileList.size(); t++) {
                JsonNode tile = tileList.get(t);
                List<String> gpus = new ArrayList<>();
                if (tiles.put(tile.path("slot").asText(), gpus) != null) {
                    problem(where + ".tiles[" + t + "]", "duplicate TILE slot '" + tile.path("slot").asText() + "'");
                }
                JsonNode gpuList = tile.path("gpus");
                for (int g = 0; g < gpuList.size(); g++) {
                    JsonNode gpu = gpuList.get(g);
                    String gw = where + ".tiles[" + t + "].gpus[" + g + "]";
                    if (gpu.path("index").asInt() != g) {
                        problem(gw, "GPU index " + gpu.path("index").asInt() + " where " + g + " was expected");
                    }
                    String profile = gpu.path("profile").asText();
                    gpus.add(profile);
                    Set<String> modes = profileModes.get(profile);
                    if (modes == null) {
                        problem(gw, "GPU profile '" + profile + "' is not in spec.gpuProfiles");
                    } else if (!modes.contains(gpu.path("powerMode").asText())) {
                        problem(gw, "'" + gpu.path("powerMode").asText() + "' is not a power mode of " + profile);
                    }
                }
            }
        }
        placements(spec, nodes, profileModes);
        Map<String, List<double[]>> linkWindows = links(spec.path("crosslinks").path("links"), nodes.keySet());
        Set<String> stations = new HashSet<>();
        JsonNode stationList = spec.path("groundContacts").path("stations");
        for (int s = 0; s < stationList.size(); s++) {
            if (!stations.add(stationList.get(s).path("name").asText())) {
                problem("$.spec.groundContacts.stations[" + s + "]", "duplicate station '"
                        + stationList.get(s).path("name").asText() + "'");
            }
        }
        Map<String, List<double[]>> passes = passes(spec.path("groundContacts").path("passes"), nodes.keySet(),
                stations);
        routing(spec.path("routing").path("slices"), nodes.keySet(), stations, linkWindows, passes);
        JsonNode power = spec.path("power").path("satellites");
        for (int i = 0; i < power.size(); i++) {
            String sat = power.get(i).path("satellite").asText();
            if (!nodes.containsKey(sat)) {
                problem("$.spec.power.satellites[" + i + "]", "no satellite '" + sat + "'");
            }
        }
    }

    private void placements(JsonNode spec, Map<String, Map<String, List<String>>> nodes,
                            Map<String, Set<String>> profileModes) {
        Map<String, Integer> replicas = new HashMap<>();
        spec.path("workloads").forEach(w -> replicas.put(w.path("name").asText(), w.path("replicas").asInt()));
        Set<String> seen = new HashSet<>();
        JsonNode list = spec.path("placements");
        for (int i = 0; i < list.size(); i++) {
            JsonNode p = list.get(i);
            String where = "$.spec.placements[" + i + "]";
            String workload = p.path("workload").asText();
            int replica = p.path("replica").asInt();
            Integer count = replicas.get(workload);
            if (count == null) {
                problem(where, "no workload '" + workload + "'");
            } else if (replica >= count) {
                problem(where, "replica " + replica + " of " + workload + ", which has " + count + " replicas");
            }
            if (!seen.add(workload + "\u0000" + replica)) {
                problem(where, "replica " + replica + " of " + workload + " is placed twice");
            }
            String sat = p.path("satellite").asText();
            Map<String, List<String>> tiles = nodes.get(sat);
            if (tiles == null) {
                problem(where, "no satellite '" + sat + "'");
                continue;
            }
            String slot = p.path("tile").asText();
            List<String> gpus = tiles.get(slot);
            if (gpus == null) {
                problem(where, "satellite " + sat + " has no TILE " + slot);
                continue;
            }
            int gpu = p.path("gpu").asInt();
            if (gpu >= gpus.size()) {
                problem(where, "TILE " + slot + " of " + sat + " has no GPU " + gpu + " (it has " + gpus.size() + ")");
                continue;
            }
            Set<String> modes = profileModes.getOrDefault(gpus.get(gpu), Set.of());
            if (!modes.contains(p.path("powerMode").asText())) {
                problem(where, "'" + p.path("powerMode").asText() + "' is not a power mode of GPU " + gpu + " ("
                        + gpus.get(gpu) + ") on " + sat + " " + slot);
            }
        }
    }

    private Map<String, List<double[]>> links(JsonNode list, Set<String> satellites) {
        Map<String, List<double[]>> out = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode l = list.get(i);
            String where = "$.spec.crosslinks.links[" + i + "]";
            String a = l.path("a").asText();
            String b = l.path("b").asText();
            for (String s : new String[] {a, b}) {
                if (!satellites.contains(s)) {
                    problem(where, "no satellite '" + s + "'");
                }
            }
            if (a.equals(b)) {
                problem(where, "a link from " + a + " to itself");
            }
            List<double[]> windows = intervals(l.path("windows"), where + ".windows");
            if (out.put(pairKey(a, b), windows) != null) {
                problem(where, "the pair " + a + " - " + b + " is listed twice");
            }
        }
        return out;
    }

    private Map<String, List<double[]>> passes(JsonNode list, Set<String> satellites, Set<String> stations) {
        Map<String, List<double[]>> out = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode p = list.get(i);
            String where = "$.spec.groundContacts.passes[" + i + "]";
            String sat = p.path("satellite").asText();
            String st = p.path("station").asText();
            if (!satellites.contains(sat)) {
                problem(where, "no satellite '" + sat + "'");
            }
            if (!stations.contains(st)) {
                problem(where, "no station '" + st + "'");
            }
            double[] iv = interval(p, where);
            if (iv != null) {
                out.computeIfAbsent(sat + "\u0000" + st, k -> new ArrayList<>()).add(iv);
            }
        }
        return out;
    }

    private void routing(JsonNode slices, Set<String> satellites, Set<String> stations,
                         Map<String, List<double[]>> links, Map<String, List<double[]>> passes) {
        for (int i = 0; i < slices.size(); i++) {
            JsonNode slice = slices.get(i);
            String where = "$.spec.routing.slices[" + i + "]";
            double t = seconds(slice.path("time").asText());
            Map<String, JsonNode> bySatellite = new HashMap<>();
            JsonNode routes = slice.path("routes");
            for (int r = 0; r < routes.size(); r++) {
                String sat = routes.get(r).path("satellite").asText();
                if (bySatellite.put(sat, routes.get(r)) != null) {
                    problem(where + ".routes[" + r + "]", "a second route for " + sat);
                }
            }
            for (int r = 0; r < routes.size(); r++) {
                route(routes.get(r), where + ".routes[" + r + "]", t, satellites, stations, links, passes,
                        bySatellite);
            }
            JsonNode unreachable = slice.path("unreachable");
            for (int u = 0; u < unreachable.size(); u++) {
                if (!satellites.contains(unreachable.get(u).asText())) {
                    problem(where + ".unreachable[" + u + "]", "no satellite '" + unreachable.get(u).asText() + "'");
                }
            }
        }
    }

    private void route(JsonNode route, String where, double t, Set<String> satellites, Set<String> stations,
                       Map<String, List<double[]>> links, Map<String, List<double[]>> passes,
                       Map<String, JsonNode> bySatellite) {
        String sat = route.path("satellite").asText();
        String station = route.path("station").asText();
        int hops = route.path("hops").asInt();
        if (!satellites.contains(sat)) {
            problem(where, "no satellite '" + sat + "'");
            return;
        }
        if (!stations.contains(station)) {
            problem(where, "no station '" + station + "'");
            return;
        }
        JsonNode next = route.path("nextHop");
        if (next.isNull()) {
            if (hops != 1) {
                problem(where, sat + " downlinks directly but the route counts " + hops + " hops");
            }
            if (!covers(passes.get(sat + "\u0000" + station), t)) {
                problem(where, sat + " downlinks to " + station + " but no pass is in progress then");
            }
            return;
        }
        String hop = next.asText();
        if (!satellites.contains(hop)) {
            problem(where, "next hop '" + hop + "' is not a satellite");
            return;
        }
        List<double[]> windows = links.get(pairKey(sat, hop));
        if (windows == null) {
            problem(where, "no crosslink " + sat + " - " + hop);
        } else if (!covers(windows, t)) {
            problem(where, "the crosslink " + sat + " - " + hop + " is not available then");
        }
        JsonNode onward = bySatellite.get(hop);
        if (onward == null) {
            problem(where, "next hop " + hop + " has no route in this slice");
        } else if (onward.path("hops").asInt() != hops - 1 || !onward.path("station").asText().equals(station)) {
            problem(where, "next hop " + hop + " routes to " + onward.path("station").asText() + " in "
                    + onward.path("hops").asInt() + " hops, not to " + station + " in " + (hops - 1));
        } else if (onward.path("latencyMs").asDouble() > route.path("latencyMs").asDouble()) {
            problem(where, "latency " + route.path("latencyMs").asDouble() + " ms is below the next hop's "
                    + onward.path("latencyMs").asDouble() + " ms");
        }
    }

    private List<double[]> intervals(JsonNode list, String where) {
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            double[] iv = interval(list.get(i), where + "[" + i + "]");
            if (iv != null) {
                out.add(iv);
            }
        }
        return out;
    }

    private double[] interval(JsonNode o, String where) {
        double start = seconds(o.path("start").asText());
        double end = seconds(o.path("end").asText());
        if (Double.isNaN(start) || Double.isNaN(end)) {
            problem(where, "unreadable start or end time");
            return null;
        }
        if (end < start) {
            problem(where, "ends before it starts");
        }
        return new double[] {start, end};
    }

    private static boolean covers(List<double[]> intervals, double t) {
        if (intervals == null) {
            return false;
        }
        for (double[] iv : intervals) {
            if (t >= iv[0] - TIME_TOLERANCE && t <= iv[1] + TIME_TOLERANCE) {
                return true;
            }
        }
        return false;
    }

    private static String pairKey(String a, String b) {
        return a.compareTo(b) < 0 ? a + '\u0000' + b : b + '\u0000' + a;
    }

    private static double seconds(String time) {
        try {
            Instant t = Instant.parse(time);
            return t.getEpochSecond() + t.getNano() * 1e-9;
        } catch (DateTimeParseException e) {
            return Double.NaN;
        }
    }
}
