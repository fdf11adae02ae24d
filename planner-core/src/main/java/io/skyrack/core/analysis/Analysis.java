package io.skyrack.core.analysis;

import io.skyrack.core.contacts.Contacts;
import io.skyrack.core.lighting.Lighting;
import io.skyrack.core.network.CrosslinkSchedule;
import io.skyrack.core.orbit.EphemerisGrid;
import io.skyrack.core.plan.Plan;
import io.skyrack.core.power.PowerThermal;
import io.skyrack.core.routing.LinkState;
import io.skyrack.core.routing.NetworkSummary;
import io.skyrack.core.validation.Finding;
import java.util.List;

/**
 * Everything one analysis of a plan produced; immutable, shared by the CLI, the workbench and the exports.
 *
 * @param plan the plan analysed
 * @param grid positions and velocities of every satellite at every step
 * @param propagators which propagator each satellite used, in grid order
 * @param lighting Sun, beta angles, illumination and eclipses
 * @param contacts ground contacts
 * @param links crosslinks per step, for routing
 * @param linkWindows crosslink availability windows
 * @param candidatePairs number of candidate crosslink pairs from the topology rule
 * @param network hop counts and latency to the ground
 * @param schedule the crosslink engine's full result: pairs, availability, range, pointing, windows
 * @param power power and thermal budget of every TILE over its first orbit
 * @param placement workload placement on the GPUs' sustained modes
 * @param findings engineering findings of the analysis (JSON Pointers into the plan)
 * @param timings wall time of each stage
 */
public record Analysis(Plan plan, EphemerisGrid grid, List<String> propagators, Lighting lighting, Contacts contacts,
                       LinkState links, List<LinkWindowRow> linkWindows, int candidatePairs, NetworkSummary network,
                       CrosslinkSchedule schedule, PowerThermal power, PlacementOutcome placement,
                       List<Finding> findings, List<StageTiming> timings) {

    /** Copies the lists. */
    public Analysis {
        propagators = List.copyOf(propagators);
        linkWindows = List.copyOf(linkWindows);
        findings = List.copyOf(findings);
        timings = List.copyOf(timings);
    }
}
