package io.skyrack.core.placement;

import io.skyrack.core.plan.Workload.DataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Latency and route from one data source to every satellite, shared by the workloads with that source.
 * Routes are looked up from the network the first time a satellite is asked for.
 */
final class SourceRoutes {

    final DataSource source;
    /** Worst-case latency to each satellite (s), +∞ when unreachable. */
    final double[] latency;
    private final List<LinkNode>[] routes;
    private final NetworkView network;
    private final List<SatelliteNode> satellites;
    private final Map<String, LinkNode> links;

    @SuppressWarnings({"unchecked", "rawtypes"})
    SourceRoutes(DataSource source, NetworkView network, List<SatelliteNode> satellites, Map<String, LinkNode> links) {
        this.source = source;
        this.network = network;
        this.satellites = satellites;
        this.links = links;
        this.latency = new double[satellites.size()];
        for (int s = 0; s < latency.length; s++) {
            latency[s] = network.latency(source, satellites.get(s).name);
        }
        this.routes = new List[satellites.size()];
    }

    /** @param satellite satellite index @return the crosslinks crossed to reach it */
    synchronized List<LinkNode> route(int satellite) {
        List<LinkNode> r = routes[satellite];
        if (r == null) {
            List<LinkNode> list = new ArrayList<>();
            if (latency[satellite] < Double.POSITIVE_INFINITY) {
                for (String id : network.route(source, satellites.get(satellite).name)) {
                    LinkNode link = links.get(id);
                    if (link == null) {
                        throw new IllegalStateException("route to " + satellites.get(satellite).name
                                + " uses unknown link " + id);
                    }
                    list.add(link);
                }
            }
            r = List.copyOf(list);
            routes[satellite] = r;
        }
        return r;
    }
}
