package io.skyrack.core.placement;

import io.skyrack.core.plan.Workload.DataSource;
import java.util.List;
import java.util.Set;

/**
 * The network as placement needs it: the worst-case latency and the route from a data source to each
 * satellite over the analysis window, and the capacity of each crosslink.
 *
 * <p>{@link DataSource.Kind#ANY_SATELLITE ANY_SATELLITE} data exists on every satellite (each one's own
 * imager), so an implementation returns latency 0 and an empty route for it. {@link DataSource.Kind#GROUND
 * GROUND} routes start at whichever satellite the uplink reaches first; the uplink itself is not a crosslink
 * and is not in the route.
 */
public interface NetworkView {

    /**
     * @param source data source
     * @param satellite satellite name
     * @return worst-case latency over the window from the source to that satellite (s), +∞ if unreachable
     */
    double latency(DataSource source, String satellite);

    /**
     * @param source data source
     * @param satellite satellite name
     * @return identifiers of the crosslinks the data crosses, in order; empty when none or unreachable
     */
    List<String> route(DataSource source, String satellite);

    /** @return identifiers of every crosslink */
    List<String> links();

    /**
     * @param link crosslink identifier
     * @return its capacity (bit/s)
     */
    double linkCapacity(String link);

    /**
     * @param failed crosslinks to remove
     * @return the network without them, routes recomputed
     */
    NetworkView withoutLinks(Set<String> failed);

    /**
     * @param satellite satellite to remove
     * @return the network without that satellite: its links are gone and nothing is routed through it
     */
    NetworkView withoutSatellite(String satellite);
}
