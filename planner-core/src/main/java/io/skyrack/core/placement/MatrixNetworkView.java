package io.skyrack.core.placement;

import io.skyrack.core.plan.Workload.DataSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * A {@link NetworkView} over a fixed graph: crosslinks with worst-case latencies and capacities, and an
 * uplink latency per satellite. Shortest-latency routes from every satellite and from the ground are found
 * once (Dijkstra, ties broken by satellite index so routes are deterministic) and kept as a latency matrix
 * and a predecessor-link matrix.
 */
public final class MatrixNetworkView implements NetworkView {

    private static final int NONE = -1;

    private final List<String> satellites;
    private final Map<String, Integer> satelliteIndex;
    private final List<NetworkLink> links;
    private final Map<String, Integer> linkIndex;
    private final double[] uplinkLatency;
    private final Set<String> removedSatellites;
    /** Row k: latency from node k (satellite k, or the ground for k = n) to each satellite (s). */
    private final double[][] latency;
    /** Row k: index of the last link on the route from node k to each satellite, or {@link #NONE}. */
    private final int[][] lastLink;

    /**
     * @param satellites satellite names, in index order
     * @param links crosslinks between them
     * @param uplinkLatency per satellite, worst-case latency of the ground uplink to it (s); +∞ where no
     *     station reaches it
     */
    public MatrixNetworkView(List<String> satellites, List<NetworkLink> links, double[] uplinkLatency) {
        this(satellites, links, uplinkLatency, Set.of());
    }

    private MatrixNetworkView(List<String> satellites, List<NetworkLink> links, double[] uplinkLatency,
                              Set<String> removedSatellites) {
        this.satellites = List.copyOf(satellites);
        this.links = List.copyOf(links);
        this.uplinkLatency = uplinkLatency.clone();
        this.removedSatellites = Set.copyOf(removedSatellites);
        int n = this.satellites.size();
        if (uplinkLatency.length != n) {
            throw new IllegalArgumentException("uplink latencies: " + uplinkLatency.length + " for " + n
                    + " satellites");
        }
        satelliteIndex = new HashMap<>();
        for (int i = 0; i < n; i++) {
            if (satelliteIndex.put(this.satellites.get(i), i) != null) {
                throw new IllegalArgumentException("duplicate satellite " + this.satellites.get(i));
            }
        }
        linkIndex = new HashMap<>();
        for (int l = 0; l < this.links.size(); l++) {
            NetworkLink link = this.links.get(l);
            if (linkIndex.put(link.id(), l) != null) {
                throw new IllegalArgumentException("duplicate link " + link.id());
            }
            if (!satelliteIndex.containsKey(link.satelliteA()) || !satelliteIndex.containsKey(link.satelliteB())) {
                throw new IllegalArgumentException("link " + link.id() + " names an unknown satellite");
            }
        }
        latency = new double[n + 1][];
        lastLink = new int[n + 1][];
        int[][] adjacency = adjacency(n);
        for (int k = 0; k <= n; k++) {
            shortestPaths(k, n, adjacency);
        }
    }

    /**
     * A uniform test and benchmark network: satellites on a ring, each linked to its two neighbours.
     *
     * @param satellites satellite names, in ring order
     * @param hopLatency latency of each link (s)
     * @param capacity capacity of each link (bit/s)
     * @param uplinkLatency uplink latency to every satellite (s)
     * @return the network
     */
    public static MatrixNetworkView ring(List<String> satellites, double hopLatency, double capacity,
                                         double uplinkLatency) {
        int n = satellites.size();
        List<NetworkLink> links = new ArrayList<>();
        for (int i = 0; i < n && n > 1; i++) {
            int j = (i + 1) % n;
            if (n == 2 && i == 1) {
                break;
            }
            links.add(new NetworkLink(satellites.get(i) + "~" + satellites.get(j), satellites.get(i),
                    satellites.get(j), hopLatency, capacity));
        }
        double[] up = new double[n];
        Arrays.fill(up, uplinkLatency);
        return new MatrixNetworkView(satellites, links, up);
    }

    @Override
    public double latency(DataSource source, String satellite) {
        Integer to = satelliteIndex.get(satellite);
        int from = sourceNode(source);
        if (source.kind() == DataSource.Kind.ANY_SATELLITE) {
            return to == null || removedSatellites.contains(satellite) ? Double.POSITIVE_INFINITY : 0.0;
        }
        if (to == null || from == NONE) {
            return Double.POSITIVE_INFINITY;
        }
        return latency[from][to];
    }

    @Override
    public List<String> route(DataSource source, String satellite) {
        Integer to = satelliteIndex.get(satellite);
        int from = sourceNode(source);
        if (source.kind() == DataSource.Kind.ANY_SATELLITE || to == null || from == NONE
                || Double.isInfinite(latency[from][to])) {
            return List.of();
        }
        List<String> route = new ArrayList<>();
        int at = to;
        int guard = satellites.size() + 1;
        while (lastLink[from][at] != NONE && guard-- > 0) {
            NetworkLink link = links.get(lastLink[from][at]);
            route.add(link.id());
            at = satelliteIndex.get(link.satelliteA()) == at ? satelliteIndex.get(link.satelliteB())
                    : satelliteIndex.get(link.satelliteA());
        }
        Collections.reverse(route);
        return List.copyOf(route);
    }

    @Override
    public List<String> links() {
        return links.stream().map(NetworkLink::id).toList();
    }

    @Override
    public double linkCapacity(String link) {
        Integer l = linkIndex.get(link);
        if (l == null) {
            throw new IllegalArgumentException("unknown link " + link);
        }
        return links.get(l).capacity();
    }

    @Override
    public MatrixNetworkView withoutLinks(Set<String> failed) {
        List<NetworkLink> kept = links.stream().filter(l -> !failed.contains(l.id())).toList();
        return new MatrixNetworkView(satellites, kept, uplinkLatency, removedSatellites);
    }

    @Override
    public MatrixNetworkView withoutSatellite(String satellite) {
        List<NetworkLink> kept = links.stream()
                .filter(l -> !l.satelliteA().equals(satellite) && !l.satelliteB().equals(satellite)).toList();
        Set<String> removed = new HashSet<>(removedSatellites);
        removed.add(satellite);
        return new MatrixNetworkView(satellites, kept, uplinkLatency, removed);
    }

    private int sourceNode(DataSource source) {
        return switch (source.kind()) {
            case GROUND -> satellites.size();
            case ANY_SATELLITE -> NONE;
            case SATELLITE -> {
                String name = source.satellite().orElse("");
                Integer i = satelliteIndex.get(name);
                yield i == null || removedSatellites.contains(name) ? NONE : i;
            }
        };
    }

    /** @return per satellite, pairs (neighbour, link index) flattened */
    private int[][] adjacency(int n) {
        List<List<Integer>> adj = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            adj.add(new ArrayList<>());
        }
        for (int l = 0; l < links.size(); l++) {
            int a = satelliteIndex.get(links.get(l).satelliteA());
            int b = satelliteIndex.get(links.get(l).satelliteB());
            adj.get(a).add(b);
            adj.get(a).add(l);
            adj.get(b).add(a);
            adj.get(b).add(l);
        }
        int[][] out = new int[n][];
        for (int i = 0; i < n; i++) {
            out[i] = adj.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
        return out;
    }

    /** Dijkstra from node k (the ground when k = n) over the satellites that are not removed. */
    private void shortestPaths(int k, int n, int[][] adjacency) {
        double[] dist = new double[n];
        int[] last = new int[n];
        Arrays.fill(dist, Double.POSITIVE_INFINITY);
        Arrays.fill(last, NONE);
        latency[k] = dist;
        lastLink[k] = last;
        boolean[] alive = new boolean[n];
        for (int i = 0; i < n; i++) {
            alive[i] = !removedSatellites.contains(satellites.get(i));
        }
        PriorityQueue<double[]> queue = new PriorityQueue<>((x, y) -> x[0] != y[0] ? Double.compare(x[0], y[0])
                : Double.compare(x[1], y[1]));
        if (k == n) {
            for (int i = 0; i < n; i++) {
                if (alive[i] && uplinkLatency[i] < Double.POSITIVE_INFINITY) {
                    dist[i] = uplinkLatency[i];
                    queue.add(new double[] {dist[i], i});
                }
            }
        } else if (alive[k]) {
            dist[k] = 0;
            queue.add(new double[] {0, k});
        }
        boolean[] done = new boolean[n];
        while (!queue.isEmpty()) {
            double[] top = queue.poll();
            int u = (int) top[1];
            if (done[u]) {
                continue;
            }
            done[u] = true;
            int[] adj = adjacency[u];
            for (int e = 0; e < adj.length; e += 2) {
                int v = adj[e];
                if (!alive[v] || done[v]) {
                    continue;
                }
                double d = dist[u] + links.get(adj[e + 1]).latency();
                if (d < dist[v]) {
                    dist[v] = d;
                    last[v] = adj[e + 1];
                    queue.add(new double[] {d, v});
                }
            }
        }
    }
}
