package io.skyrack.core.network;

import io.skyrack.core.orbit.EphemerisGrid;
import io.skyrack.core.plan.CrosslinkPolicy;
import java.util.Arrays;

/**
 * The nearest-k rule at one step: which pairs are linked.
 *
 * <ol>
 * <li>Only satellites with a free terminal take part (terminals taken by manual pairs are not free), and
 *     manual pairs are not selected again.</li>
 * <li>Each satellite selects its {@code k} nearest partners among those within the pair's range (the
 *     smallest of the policy's, both terminals' and the link budget's) whose line of sight clears the grazing
 *     margin; ties go to the lower satellite index.</li>
 * <li>A pair is a candidate when either end selected it.</li>
 * <li>Terminal limit: candidates are accepted shortest first (ties by satellite indices) while both ends have
 *     a free terminal, so that at an over-subscribed satellite the longest links are the ones dropped.</li>
 * </ol>
 *
 * <p>To avoid testing all pairs within the full range, each step first looks within a smaller radius from the
 * mean spacing of the satellites; a satellite with fewer than {@code k} valid partners there is searched again
 * out to the full range. Any partner beyond the smaller radius is farther than those within it, so the result
 * is the same as searching the full range directly.
 */
final class NearestKSelector {

    private final EphemerisGrid grid;
    private final PairGeometry geometry;
    private final int k;
    /** Satellites taking part (global indices), ascending. */
    private final int[] active;
    /** Free terminals of each global satellite. */
    private final int[] free;
    /** Largest range of each pair of active satellites, by constellation: {@code maxRange[ca][cb]}. */
    private final double[][] maxRange;
    private final int[] constellationOf;
    private final double searchRange;
    /** Fixed (manual) pairs, global indices encoded, ascending: never selected again. */
    private final long[] fixed;

    /**
     * @param grid the ephemeris
     * @param geometry line of sight on the grid
     * @param topology fixed pairs and terminals
     * @param policy the crosslink policy
     * @param models link models by constellation pair
     */
    NearestKSelector(EphemerisGrid grid, PairGeometry geometry, CrosslinkTopology topology, CrosslinkPolicy policy,
                     PairLinkModel[][] models) {
        this.grid = grid;
        this.geometry = geometry;
        this.k = Math.max(0, policy.nearestK());
        int n = grid.satelliteCount();
        this.free = new int[n];
        this.constellationOf = new int[n];
        int count = 0;
        for (int i = 0; i < n; i++) {
            free[i] = topology.freeTerminals(i);
            constellationOf[i] = topology.satellites().get(i).constellationIndex();
            if (free[i] > 0) {
                count++;
            }
        }
        this.active = new int[count];
        double largest = 0;
        for (int i = 0, a = 0; i < n; i++) {
            if (free[i] > 0) {
                active[a++] = i;
                largest = Math.max(largest, topology.terminals(i).maxRange());
            }
        }
        this.maxRange = new double[models.length][models.length];
        for (int a = 0; a < models.length; a++) {
            for (int b = 0; b < models.length; b++) {
                maxRange[a][b] = models[a][b] == null ? 0 : models[a][b].maxRange();
            }
        }
        this.searchRange = Math.min(policy.maxRange(), largest);
        this.fixed = topology.pairs().stream().mapToLong(p -> PairsWithinRange.encode(p.a(), p.b())).sorted().toArray();
    }

    /**
     * @param step step index
     * @return the accepted pairs at the step, encoded with {@link PairsWithinRange#encode}, ascending
     */
    long[] select(int step) {
        int n = active.length;
        if (n < 2 || k == 0 || !(searchRange > 0)) {
            return new long[0];
        }
        double[] x = new double[n];
        double[] y = new double[n];
        double[] z = new double[n];
        double meanRadius = 0;
        for (int a = 0; a < n; a++) {
            int i = grid.index(active[a], step);
            x[a] = grid.x()[i];
            y[a] = grid.y()[i];
            z[a] = grid.z()[i];
            meanRadius += Math.sqrt(x[a] * x[a] + y[a] * y[a] + z[a] * z[a]) / n;
        }
        // a first radius that holds about 4(k + 1) satellites of a shell of this many evenly spread
        double first = Math.min(searchRange, 4 * meanRadius * Math.sqrt((k + 1.0) / n));
        Neighbours near = valid(step, x, y, z, PairsWithinRange.find(x, y, z, first));
        long[] chosen = new long[n * k];
        int chosenCount = 0;
        double[] dist = new double[n];
        int[] partner = new int[n];
        for (int a = 0; a < n; a++) {
            int m;
            if (near.count(a) >= k || first >= searchRange) {
                m = near.copy(a, partner, dist);
            } else {
                m = scan(step, a, x, y, z, partner, dist);
            }
            int[] order = nearest(partner, dist, m, k);
            for (int q : order) {
                int b = partner[q];
                chosen[chosenCount++] = PairsWithinRange.encode(Math.min(a, b), Math.max(a, b));
            }
        }
        // either end's choice makes a candidate; then the shortest first while terminals last
        long[] candidates = Arrays.stream(chosen, 0, chosenCount).sorted().distinct().toArray();
        double[] length = new double[candidates.length];
        Integer[] byLength = new Integer[candidates.length];
        for (int c = 0; c < candidates.length; c++) {
            int a = PairsWithinRange.first(candidates[c]);
            int b = PairsWithinRange.second(candidates[c]);
            length[c] = distance(x, y, z, a, b);
            byLength[c] = c;
        }
        Arrays.sort(byLength, (p, q) -> {
            int byRange = Double.compare(length[p], length[q]);
            return byRange != 0 ? byRange : Long.compare(candidates[p], candidates[q]);
        });
        int[] left = new int[n];
        for (int a = 0; a < n; a++) {
            left[a] = free[active[a]];
        }
        long[] accepted = new long[candidates.length];
        int count = 0;
        for (int c : byLength) {
            int a = PairsWithinRange.first(candidates[c]);
            int b = PairsWithinRange.second(candidates[c]);
            if (left[a] > 0 && left[b] > 0) {
                left[a]--;
                left[b]--;
                accepted[count++] = PairsWithinRange.encode(active[a], active[b]);
            }
        }
        long[] out = Arrays.copyOf(accepted, count);
        Arrays.sort(out);
        return out;
    }

    private static double distance(double[] x, double[] y, double[] z, int a, int b) {
        double dx = x[a] - x[b];
        double dy = y[a] - y[b];
        double dz = z[a] - z[b];
        return Math.sqrt(dx * dx + dy * dy + dz * dz);
    }

    /** @return whether the pair of active satellites a, b can link at the step, at distance d */
    private boolean usable(int step, int a, int b, double d) {
        int ga = Math.min(active[a], active[b]);
        int gb = Math.max(active[a], active[b]);
        return d <= maxRange[constellationOf[ga]][constellationOf[gb]] && Arrays.binarySearch(fixed, PairsWithinRange.encode(ga, gb)) < 0
                && geometry.isClear(ga, gb, step);
    }

    /** Keeps the pairs within range and in sight, as adjacency lists of active indices. */
    private Neighbours valid(int step, double[] x, double[] y, double[] z, long[] pairs) {
        int n = x.length;
        int[] degree = new int[n + 1];
        boolean[] keep = new boolean[pairs.length];
        double[] d = new double[pairs.length];
        for (int p = 0; p < pairs.length; p++) {
            int a = PairsWithinRange.first(pairs[p]);
            int b = PairsWithinRange.second(pairs[p]);
            d[p] = distance(x, y, z, a, b);
            if (usable(step, a, b, d[p])) {
                keep[p] = true;
                degree[a + 1]++;
                degree[b + 1]++;
            }
        }
        for (int a = 0; a < n; a++) {
            degree[a + 1] += degree[a];
        }
        int[] fill = Arrays.copyOf(degree, n);
        int[] partner = new int[degree[n]];
        double[] dist = new double[degree[n]];
        for (int p = 0; p < pairs.length; p++) {
            if (keep[p]) {
                int a = PairsWithinRange.first(pairs[p]);
                int b = PairsWithinRange.second(pairs[p]);
                partner[fill[a]] = b;
                dist[fill[a]++] = d[p];
                partner[fill[b]] = a;
                dist[fill[b]++] = d[p];
            }
        }
        return new Neighbours(degree, partner, dist);
    }

    /** Every usable partner of active satellite a within the full search range. */
    private int scan(int step, int a, double[] x, double[] y, double[] z, int[] partner, double[] dist) {
        int m = 0;
        for (int b = 0; b < x.length; b++) {
            if (b != a) {
                double d = distance(x, y, z, a, b);
                if (d <= searchRange && usable(step, Math.min(a, b), Math.max(a, b), d)) {
                    partner[m] = b;
                    dist[m++] = d;
                }
            }
        }
        return m;
    }

    /** @return the positions in partner/dist of the k nearest of the first m, nearest first, ties by index */
    private static int[] nearest(int[] partner, double[] dist, int m, int k) {
        Integer[] order = new Integer[m];
        for (int q = 0; q < m; q++) {
            order[q] = q;
        }
        Arrays.sort(order, (p, q) -> {
            int byRange = Double.compare(dist[p], dist[q]);
            return byRange != 0 ? byRange : Integer.compare(partner[p], partner[q]);
        });
        int[] out = new int[Math.min(k, m)];
        for (int q = 0; q < out.length; q++) {
            out[q] = order[q];
        }
        return out;
    }

    /** Adjacency lists in compressed form. */
    private record Neighbours(int[] start, int[] partner, double[] dist) {

        int count(int a) {
            return start[a + 1] - start[a];
        }

        int copy(int a, int[] toPartner, double[] toDist) {
            int m = count(a);
            System.arraycopy(partner, start[a], toPartner, 0, m);
            System.arraycopy(dist, start[a], toDist, 0, m);
            return m;
        }
    }
}
