package io.skyrack.core.routing;

import io.skyrack.core.contacts.Contacts;
import io.skyrack.core.orbit.EphemerisGrid;
import io.skyrack.core.progress.ProgressMonitor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * How well the network reaches the ground over the window: hop counts and latency of each satellite's
 * shortest-latency route to any ground station, sampled over the grid steps.
 *
 * @param samples number of grid steps sampled
 * @param meanHopsToGround mean hop count over satellites and sampled steps with a route
 * @param maxHopsToGround largest hop count seen
 * @param meanLatencyToGround mean latency of those routes (s)
 * @param maxLatencyToGround largest latency seen (s)
 * @param unreachableShare share of (satellite, step) samples with no route to the ground (0–1)
 * @param meanLinksUp mean number of crosslinks up at a step
 */
public record NetworkSummary(int samples, double meanHopsToGround, int maxHopsToGround, double meanLatencyToGround,
                             double maxLatencyToGround, double unreachableShare, double meanLinksUp) {

    /** Largest number of steps sampled; longer windows are sampled at a regular stride. */
    public static final int MAX_SAMPLES = 720;

    /**
     * @param grid ephemeris grid
     * @param links crosslinks
     * @param contacts ground contacts
     * @param perHopDelay per-hop processing delay (s)
     * @param progress progress and cancellation
     * @return the summary
     */
    public static NetworkSummary compute(EphemerisGrid grid, LinkState links, Contacts contacts, double perHopDelay,
                                         ProgressMonitor progress) {
        int steps = grid.stepCount();
        int stride = Math.max(1, (int) Math.ceil(steps / (double) MAX_SAMPLES));
        int[] sampled = IntStream.iterate(0, k -> k < steps, k -> k + stride).toArray();
        int n = grid.satelliteCount();
        double[][] perStep = new double[sampled.length][];
        AtomicInteger done = new AtomicInteger();
        IntStream.range(0, sampled.length).parallel().forEach(m -> {
            progress.checkCancelled();
            NetworkSnapshot net = NetworkSnapshot.at(grid, links, contacts, sampled[m], perHopDelay);
            double hopSum = 0;
            double latSum = 0;
            int reached = 0;
            int maxHops = 0;
            double maxLat = 0;
            if (net.stations() > 0) {
                NetworkSnapshot.Routes r = net.toGround();
                for (int i = 0; i < n; i++) {
                    if (r.hops()[i] >= 0) {
                        reached++;
                        hopSum += r.hops()[i];
                        latSum += r.latency()[i];
                        maxHops = Math.max(maxHops, r.hops()[i]);
                        maxLat = Math.max(maxLat, r.latency()[i]);
                    }
                }
            }
            int groundEdges = 0;
            for (int s = 0; s < net.stations(); s++) {
                groundEdges += net.degree(n + s);
            }
            perStep[m] = new double[] {hopSum, latSum, reached, maxHops, maxLat, net.edgeCount() - groundEdges};
            progress.progress("Routes", done.incrementAndGet() / (double) sampled.length);
        });
        double hops = 0;
        double lat = 0;
        double reached = 0;
        int maxHops = 0;
        double maxLat = 0;
        double linksUp = 0;
        for (double[] s : perStep) {
            hops += s[0];
            lat += s[1];
            reached += s[2];
            maxHops = Math.max(maxHops, (int) s[3]);
            maxLat = Math.max(maxLat, s[4]);
            linksUp += s[5];
        }
        double total = (double) n * sampled.length;
        return new NetworkSummary(sampled.length, reached > 0 ? hops / reached : Double.NaN, maxHops,
                reached > 0 ? lat / reached : Double.NaN, maxLat, total > 0 ? 1 - reached / total : 0,
                sampled.length > 0 ? linksUp / sampled.length : 0);
    }
}
