package io.skyrack.core.routing;

import io.skyrack.core.contacts.Contacts;
import io.skyrack.core.contacts.StationGeometry;
import io.skyrack.core.orbit.EphemerisGrid;
import java.util.Arrays;

/**
 * The network at one grid step as a weighted graph in compressed-sparse-row form. Nodes 0…n−1 are the
 * satellites in grid order, nodes n…n+s−1 the ground stations; each edge weighs its latency: range over
 * the speed of light plus the per-hop delay.
 */
public final class NetworkSnapshot {

    /** Speed of light in vacuum (m/s). */
    public static final double SPEED_OF_LIGHT = 299_792_458.0;

    private final int satellites;
    private final int stations;
    private final int[] offsets;
    private final int[] targets;
    private final double[] latency;

    private NetworkSnapshot(int satellites, int stations, int[] offsets, int[] targets, double[] latency) {
        this.satellites = satellites;
        this.stations = stations;
        this.offsets = offsets;
        this.targets = targets;
        this.latency = latency;
    }

    /**
     * @param grid ephemeris grid
     * @param links crosslinks
     * @param contacts ground contacts (may be null for a space-only network)
     * @param step grid step
     * @param perHopDelay processing delay added per hop (s)
     * @return the graph at that step
     */
    public static NetworkSnapshot at(EphemerisGrid grid, LinkState links, Contacts contacts, int step,
                                     double perHopDelay) {
        int n = grid.satelliteCount();
        int s = contacts == null ? 0 : contacts.stations().size();
        int nodes = n + s;
        int[] degree = new int[nodes];
        int pairs = links.pairCount();
        for (int p = 0; p < pairs; p++) {
            if (links.isUp(p, step)) {
                degree[links.satelliteA(p)]++;
                degree[links.satelliteB(p)]++;
            }
        }
        for (int st = 0; st < s; st++) {
            var vis = contacts.visible().get(st);
            for (int i = 0; i < n; i++) {
                if (vis.get(grid.index(i, step))) {
                    degree[i]++;
                    degree[n + st]++;
                }
            }
        }
        int[] offsets = new int[nodes + 1];
        for (int v = 0; v < nodes; v++) {
            offsets[v + 1] = offsets[v] + degree[v];
        }
        int[] fill = Arrays.copyOf(offsets, nodes);
        int[] targets = new int[offsets[nodes]];
        double[] latency = new double[offsets[nodes]];
        for (int p = 0; p < pairs; p++) {
            if (links.isUp(p, step)) {
                int a = links.satelliteA(p);
                int b = links.satelliteB(p);
                double w = links.range(p, step) / SPEED_OF_LIGHT + perHopDelay;
                targets[fill[a]] = b;
                latency[fill[a]++] = w;
                targets[fill[b]] = a;
                latency[fill[b]++] = w;
            }
        }
        for (int st = 0; st < s; st++) {
            var vis = contacts.visible().get(st);
            StationGeometry g = contacts.stations().get(st);
            for (int i = 0; i < n; i++) {
                int j = grid.index(i, step);
                if (vis.get(j)) {
                    double w = g.range(grid.fixedX()[j], grid.fixedY()[j], grid.fixedZ()[j]) / SPEED_OF_LIGHT
                            + perHopDelay;
                    targets[fill[i]] = n + st;
                    latency[fill[i]++] = w;
                    targets[fill[n + st]] = i;
                    latency[fill[n + st]++] = w;
                }
            }
        }
        return new NetworkSnapshot(n, s, offsets, targets, latency);
    }

    /** @return number of satellite nodes (the first nodes) */
    public int satellites() {
        return satellites;
    }

    /** @return number of station nodes (after the satellites) */
    public int stations() {
        return stations;
    }

    /** @return total number of nodes */
    public int nodes() {
        return satellites + stations;
    }

    /**
     * @param node a node
     * @return its number of edges
     */
    public int degree(int node) {
        return offsets[node + 1] - offsets[node];
    }

    /** @return number of crosslinks and ground links that are up */
    public int edgeCount() {
        return targets.length / 2;
    }

    /**
     * Shortest-latency routes from a set of sources (Dijkstra with a binary heap).
     *
     * @param sources starting nodes (latency 0 at each)
     * @return latency (s), hop count and predecessor of every node; unreachable nodes have infinite latency
     */
    public Routes shortestFrom(int... sources) {
        int nodes = nodes();
        double[] dist = new double[nodes];
        int[] hops = new int[nodes];
        int[] prev = new int[nodes];
        Arrays.fill(dist, Double.POSITIVE_INFINITY);
        Arrays.fill(hops, -1);
        Arrays.fill(prev, -1);
        MinHeap heap = new MinHeap(nodes);
        for (int src : sources) {
            dist[src] = 0;
            hops[src] = 0;
            heap.push(src, 0);
        }
        while (!heap.isEmpty()) {
            int u = heap.pop();
            for (int e = offsets[u]; e < offsets[u + 1]; e++) {
                int v = targets[e];
                double d = dist[u] + latency[e];
                if (d < dist[v]) {
                    dist[v] = d;
                    hops[v] = hops[u] + 1;
                    prev[v] = u;
                    heap.push(v, d);
                }
            }
        }
        return new Routes(dist, hops, prev);
    }

    /**
     * @return shortest-latency routes from every node to the nearest ground station (by latency); the
     *         predecessor of a satellite is its next hop towards the ground
     */
    public Routes toGround() {
        int[] sources = new int[stations];
        for (int s = 0; s < stations; s++) {
            sources[s] = satellites + s;
        }
        return shortestFrom(sources);
    }

    /**
     * Result of a shortest-path search.
     *
     * @param latency latency from the nearest source to each node (s)
     * @param hops number of edges on that route (−1 when unreachable)
     * @param previous the node before each node on its route (−1 for sources and unreachable nodes)
     */
    public record Routes(double[] latency, int[] hops, int[] previous) {

        /**
         * @param node a node
         * @return the route from the source to the node, source first; empty when unreachable
         */
        public int[] path(int node) {
            if (hops[node] < 0) {
                return new int[0];
            }
            int[] path = new int[hops[node] + 1];
            int v = node;
            for (int i = path.length - 1; i >= 0; i--) {
                path[i] = v;
                v = previous[v];
            }
            return path;
        }
    }

    /** A binary min-heap of (node, key) with lazy deletion of stale entries. */
    private static final class MinHeap {
        private int[] node;
        private double[] key;
        private int size;

        MinHeap(int capacity) {
            node = new int[Math.max(4, capacity)];
            key = new double[node.length];
        }

        boolean isEmpty() {
            return size == 0;
        }

        void push(int v, double k) {
            if (size == node.length) {
                node = Arrays.copyOf(node, size * 2);
                key = Arrays.copyOf(key, size * 2);
            }
            int i = size++;
            while (i > 0) {
                int parent = (i - 1) / 2;
                if (key[parent] <= k) {
                    break;
                }
                node[i] = node[parent];
                key[i] = key[parent];
                i = parent;
            }
            node[i] = v;
            key[i] = k;
        }

        int pop() {
            int top = node[0];
            int lastNode = node[--size];
            double lastKey = key[size];
            int i = 0;
            while (true) {
                int c = 2 * i + 1;
                if (c >= size) {
                    break;
                }
                if (c + 1 < size && key[c + 1] < key[c]) {
                    c++;
                }
                if (key[c] >= lastKey) {
                    break;
                }
                node[i] = node[c];
                key[i] = key[c];
                i = c;
            }
            node[i] = lastNode;
            key[i] = lastKey;
            return top;
        }
    }
}
