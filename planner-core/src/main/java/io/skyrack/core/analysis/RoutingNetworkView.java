package io.skyrack.core.analysis;

import io.skyrack.core.contacts.Contacts;
import io.skyrack.core.network.CrosslinkSchedule;
import io.skyrack.core.network.LinkWindow;
import io.skyrack.core.network.SatellitePair;
import io.skyrack.core.orbit.EphemerisGrid;
import io.skyrack.core.placement.NetworkView;
import io.skyrack.core.plan.Workload.DataSource;
import io.skyrack.core.routing.LinkState;
import io.skyrack.core.routing.NetworkSnapshot;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Placement's view of the time-varying network the analysis computed: at sampled steps of the window (every
 * {@link #SAMPLE_INTERVAL} seconds), the link graph with its shortest-latency routes ({@link NetworkSnapshot}).
 * The latency from a source to a satellite is the worst over the samples, and the route is the one taken at
 * the sample where that worst latency occurs: a placement that meets its latency SLO here meets it at every
 * sampled moment. Ground-sourced data is uplinked while a station sees the constellation and reaches a
 * satellite through whichever station and satellites give the shortest route at that moment (so a satellite out
 * of contact is reached over crosslinks); moments when no station sees any satellite are skipped (the data
 * waits on the ground for the next contact, it does not arrive late), and a satellite unreachable at a moment
 * when the constellation is in contact has infinite worst-case latency.
 *
 * <p>A crosslink's identifier is {@code A~B} (satellite names), its capacity the rate of its terminals (the
 * lowest rate of its availability windows). Removing links or a satellite recomputes the routes on the reduced
 * graph. Routes are computed lazily per source and cached.
 */
final class RoutingNetworkView implements NetworkView {

    /** Time between the network samples that routes are computed on (s). */
    static final double SAMPLE_INTERVAL = 600.0;

    private final EphemerisGrid grid;
    private final CrosslinkSchedule schedule;
    private final Contacts contacts;
    private final double perHopDelay;
    private final Set<Integer> removedPairs;
    private final Set<Integer> removedSatellites;
    private final List<String> linkIds = new ArrayList<>();
    private final Map<String, Integer> linkIndex = new HashMap<>();
    private final Map<Long, Integer> pairOfNodes = new HashMap<>();
    private final Map<String, Integer> satelliteIndex = new HashMap<>();
    private final double[] capacity;
    private final int[] samples;
    private final Map<String, double[]> worst = new ConcurrentHashMap<>();
    private final Map<String, List<List<String>>> routes = new ConcurrentHashMap<>();
    private NetworkSnapshot[] snapshots;

    RoutingNetworkView(EphemerisGrid grid, CrosslinkSchedule schedule, Contacts contacts, double perHopDelay) {
        this(grid, schedule, contacts, perHopDelay, Set.of(), Set.of());
    }

    private RoutingNetworkView(EphemerisGrid grid, CrosslinkSchedule schedule, Contacts contacts, double perHopDelay,
                               Set<Integer> removedPairs, Set<Integer> removedSatellites) {
        this.grid = grid;
        this.schedule = schedule;
        this.contacts = contacts;
        this.perHopDelay = perHopDelay;
        this.removedPairs = Set.copyOf(removedPairs);
        this.removedSatellites = Set.copyOf(removedSatellites);
        for (int i = 0; i < grid.names().size(); i++) {
            satelliteIndex.put(grid.names().get(i), i);
        }
        List<SatellitePair> pairs = schedule.pairs();
        capacity = new double[pairs.size()];
        Arrays.fill(capacity, Double.POSITIVE_INFINITY);
        for (int p = 0; p < pairs.size(); p++) {
            SatellitePair sp = pairs.get(p);
            String id = sp.nameA() + "~" + sp.nameB();
            linkIds.add(id);
            linkIndex.put(id, p);
            pairOfNodes.put(key(sp.a(), sp.b()), p);
        }
        for (LinkWindow w : schedule.windows()) {
            schedule.pairIndex(w.satelliteA(), w.satelliteB()).ifPresent(p -> capacity[p] = Math.min(capacity[p],
                    w.rate()));
        }
        for (int p = 0; p < capacity.length; p++) {
            if (Double.isInfinite(capacity[p])) {
                capacity[p] = 0.0;
            }
        }
        int stride = Math.max(1, (int) Math.round(SAMPLE_INTERVAL / grid.step()));
        int n = (grid.stepCount() + stride - 1) / stride;
        samples = new int[n];
        for (int i = 0; i < n; i++) {
            samples[i] = Math.min(grid.stepCount() - 1, i * stride);
        }
    }

    private static long key(int a, int b) {
        return ((long) Math.min(a, b) << 32) | Math.max(a, b);
    }

    private synchronized NetworkSnapshot[] snapshots() {
        if (snapshots == null) {
            LinkState state = new ScheduleLinks(schedule, pair -> {
                SatellitePair sp = schedule.pairs().get(pair);
                return !removedPairs.contains(pair) && !removedSatellites.contains(sp.a())
                        && !removedSatellites.contains(sp.b());
            });
            NetworkSnapshot[] s = new NetworkSnapshot[samples.length];
            for (int i = 0; i < samples.length; i++) {
                s[i] = NetworkSnapshot.at(grid, state, contacts, samples[i], perHopDelay);
            }
            snapshots = s;
        }
        return snapshots;
    }

    /** Computes, for one source, the worst latency to every satellite and the route at that moment. */
    private void compute(DataSource source) {
        String k = sourceKey(source);
        if (worst.containsKey(k)) {
            return;
        }
        int n = grid.satelliteCount();
        double[] w = new double[n];
        Arrays.fill(w, -1.0);
        List<List<String>> r = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            r.add(List.of());
        }
        int src = source.kind() == DataSource.Kind.SATELLITE ? index(source.satellite().orElse("")) : -1;
        if (source.kind() == DataSource.Kind.SATELLITE && (src < 0 || removedSatellites.contains(src))) {
            Arrays.fill(w, Double.POSITIVE_INFINITY);
        } else {
            for (NetworkSnapshot snap : snapshots()) {
                NetworkSnapshot.Routes routes = source.kind() == DataSource.Kind.GROUND ? snap.toGround()
                        : snap.shortestFrom(src);
                if (source.kind() == DataSource.Kind.GROUND && !anyReachable(routes, n)) {
                    // no station sees the constellation: ground data waits for the next contact, it is not late
                    continue;
                }
                for (int i = 0; i < n; i++) {
                    double lat = removedSatellites.contains(i) ? Double.POSITIVE_INFINITY : routes.latency()[i];
                    if (lat > w[i]) {
                        w[i] = lat;
                        r.set(i, Double.isFinite(lat) ? links(routes.path(i), n) : List.of());
                    }
                }
            }
        }
        for (int i = 0; i < n; i++) {
            if (w[i] < 0) {
                w[i] = Double.POSITIVE_INFINITY;
            }
        }
        routes.put(k, r);
        worst.put(k, w);
    }

    private boolean anyReachable(NetworkSnapshot.Routes routes, int n) {
        for (int i = 0; i < n; i++) {
            if (!removedSatellites.contains(i) && Double.isFinite(routes.latency()[i])) {
                return true;
            }
        }
        return false;
    }

    /** The crosslinks along a node path (station hops are uplinks, not crosslinks). */
    private List<String> links(int[] path, int satellites) {
        List<String> out = new ArrayList<>();
        for (int i = 1; i < path.length; i++) {
            if (path[i - 1] < satellites && path[i] < satellites) {
                Integer p = pairOfNodes.get(key(path[i - 1], path[i]));
                if (p != null) {
                    out.add(linkIds.get(p));
                }
            }
        }
        return List.copyOf(out);
    }

    private int index(String satellite) {
        Integer i = satelliteIndex.get(satellite);
        return i == null ? -1 : i;
    }

    private static String sourceKey(DataSource s) {
        return s.kind() + ":" + s.satellite().orElse("");
    }

    @Override
    public double latency(DataSource source, String satellite) {
        if (source.kind() == DataSource.Kind.ANY_SATELLITE) {
            return 0.0;
        }
        int i = index(satellite);
        if (i < 0) {
            return Double.POSITIVE_INFINITY;
        }
        compute(source);
        return worst.get(sourceKey(source))[i];
    }

    @Override
    public List<String> route(DataSource source, String satellite) {
        if (source.kind() == DataSource.Kind.ANY_SATELLITE) {
            return List.of();
        }
        int i = index(satellite);
        if (i < 0) {
            return List.of();
        }
        compute(source);
        return routes.get(sourceKey(source)).get(i);
    }

    @Override
    public List<String> links() {
        List<String> out = new ArrayList<>();
        for (int p = 0; p < linkIds.size(); p++) {
            SatellitePair sp = schedule.pairs().get(p);
            if (!removedPairs.contains(p) && !removedSatellites.contains(sp.a()) && !removedSatellites.contains(sp.b())) {
                out.add(linkIds.get(p));
            }
        }
        return out;
    }

    @Override
    public double linkCapacity(String link) {
        Integer p = linkIndex.get(link);
        return p == null ? 0.0 : capacity[p];
    }

    @Override
    public NetworkView withoutLinks(Set<String> failed) {
        Set<Integer> pairs = new HashSet<>(removedPairs);
        for (String id : failed) {
            Integer p = linkIndex.get(id);
            if (p != null) {
                pairs.add(p);
            }
        }
        return new RoutingNetworkView(grid, schedule, contacts, perHopDelay, pairs, removedSatellites);
    }

    @Override
    public NetworkView withoutSatellite(String satellite) {
        Set<Integer> sats = new HashSet<>(removedSatellites);
        int i = grid.names().indexOf(satellite);
        if (i >= 0) {
            sats.add(i);
        }
        return new RoutingNetworkView(grid, schedule, contacts, perHopDelay, removedPairs, sats);
    }
}
