package io.skyrack.core.bundle;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.skyrack.core.analysis.Analysis;
import io.skyrack.core.contacts.Contact;
import io.skyrack.core.network.CrosslinkSchedule;
import io.skyrack.core.network.LinkWindow;
import io.skyrack.core.network.SatellitePair;
import io.skyrack.core.orbit.EphemerisGrid;
import io.skyrack.core.plan.GroundStation;
import io.skyrack.core.routing.NetworkSnapshot;
import java.util.ArrayList;
import java.util.List;

/**
 * The network parts of {@code cluster.json}: the crosslink schedule (every pair with at least one window, and
 * its windows), routing tables per time slice (each satellite's next hop towards its nearest ground station by
 * latency) and the ground contact plan.
 */
final class ClusterNetwork {

    private ClusterNetwork() {
    }

    /**
     * @param o the {@code crosslinks} object to fill
     * @param a the analysis
     */
    static void crosslinks(ObjectNode o, Analysis a) {
        CrosslinkSchedule s = a.schedule();
        o.put("rule", ClusterDocument.spelled(a.plan().crosslinks().rule()));
        BundleJson.put(o, "perHopDelayMs", a.plan().crosslinks().perHopDelay() * 1000, 6);
        List<List<LinkWindow>> byPair = new ArrayList<>();
        for (int p = 0; p < s.pairs().size(); p++) {
            byPair.add(new ArrayList<>());
        }
        for (LinkWindow w : s.windows()) {
            int p = s.pairIndex(w.satelliteA(), w.satelliteB()).orElseThrow(
                    () -> new IllegalStateException("window of a pair that is not a candidate: " + w));
            byPair.get(p).add(w);
        }
        ArrayNode links = o.putArray("links");
        for (int p = 0; p < s.pairs().size(); p++) {
            if (byPair.get(p).isEmpty()) {
                continue;
            }
            SatellitePair pair = s.pairs().get(p);
            ObjectNode l = links.addObject();
            l.put("a", pair.nameA());
            l.put("b", pair.nameB());
            l.put("origin", ClusterDocument.spelled(pair.origin()));
            ArrayNode ws = l.putArray("windows");
            for (LinkWindow w : byPair.get(p)) {
                ObjectNode wo = ws.addObject();
                wo.put("start", BundleJson.time(w.start()));
                wo.put("end", BundleJson.time(w.end()));
                BundleJson.put(wo, "rateGbps", w.rate() / 1e9, 6);
                BundleJson.put(wo, "minRangeKm", w.minRange() / 1000, 3);
                BundleJson.put(wo, "maxRangeKm", w.maxRange() / 1000, 3);
                BundleJson.put(wo, "marginDb", w.marginDb(), 2);
            }
        }
    }

    /**
     * Routing tables: at every slice, each satellite's shortest-latency route to the nearest ground station,
     * given as its next hop (null when it downlinks directly), the station, the hop count and the latency. The
     * full path is the chain of next hops.
     *
     * @param o the {@code routing} object to fill
     * @param a the analysis
     * @param interval time between slices (s), rounded to a whole number of grid steps
     */
    static void routing(ObjectNode o, Analysis a, double interval) {
        EphemerisGrid grid = a.grid();
        int stride = Math.max(1, (int) Math.round(interval / grid.step()));
        double delay = a.plan().crosslinks().perHopDelay();
        List<GroundStation> stations = a.plan().groundStations();
        BundleJson.put(o, "intervalSeconds", stride * grid.step(), 6);
        BundleJson.put(o, "perHopDelayMs", delay * 1000, 6);
        o.put("target", "nearest ground station by latency");
        ArrayNode slices = o.putArray("slices");
        int n = grid.satelliteCount();
        for (int k = 0; k < grid.stepCount(); k += stride) {
            ObjectNode slice = slices.addObject();
            slice.put("time", BundleJson.time(grid.instant(k)));
            ArrayNode routes = slice.putArray("routes");
            ArrayNode unreachable = slice.putArray("unreachable");
            if (stations.isEmpty()) {
                grid.names().forEach(unreachable::add);
                continue;
            }
            NetworkSnapshot.Routes r = NetworkSnapshot.at(grid, a.links(), a.contacts(), k, delay).toGround();
            for (int s = 0; s < n; s++) {
                if (r.hops()[s] < 0) {
                    unreachable.add(grid.names().get(s));
                    continue;
                }
                int next = r.previous()[s];
                int end = s;
                while (end < n) {
                    end = r.previous()[end];
                }
                ObjectNode route = routes.addObject();
                route.put("satellite", grid.names().get(s));
                route.put("nextHop", next < n ? grid.names().get(next) : null);
                route.put("station", stations.get(end - n).name());
                route.put("hops", r.hops()[s]);
                BundleJson.put(route, "latencyMs", r.latency()[s] * 1000, 4);
            }
        }
    }

    /**
     * @param o the {@code groundContacts} object to fill
     * @param a the analysis
     */
    static void contacts(ObjectNode o, Analysis a) {
        ArrayNode stations = o.putArray("stations");
        for (GroundStation g : a.plan().groundStations()) {
            ObjectNode s = stations.addObject();
            s.put("name", g.name());
            BundleJson.put(s, "latitudeDeg", Math.toDegrees(g.latitude()), 6);
            BundleJson.put(s, "longitudeDeg", Math.toDegrees(g.longitude()), 6);
            BundleJson.put(s, "altitudeM", g.altitude(), 1);
            BundleJson.put(s, "minElevationDeg", Math.toDegrees(g.minElevation()), 3);
            BundleJson.put(s, "downlinkRateMbps", g.downlinkRate() / 1e6, 6);
        }
        ArrayNode passes = o.putArray("passes");
        for (Contact c : a.contacts().passes()) {
            ObjectNode p = passes.addObject();
            p.put("satellite", c.satelliteName());
            p.put("station", c.stationName());
            p.put("start", BundleJson.time(c.start()));
            p.put("end", BundleJson.time(c.end()));
            BundleJson.put(p, "maxElevationDeg", Math.toDegrees(c.maxElevation()), 3);
            BundleJson.put(p, "volumeGbit", c.volume() / 1e9, 3);
        }
    }
}
