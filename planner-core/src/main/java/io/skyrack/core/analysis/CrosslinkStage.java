package io.skyrack.core.analysis;

import io.skyrack.core.lighting.SunEphemeris;
import io.skyrack.core.orbit.EphemerisGrid;
import io.skyrack.core.plan.Plan;
import io.skyrack.core.progress.ProgressMonitor;
import io.skyrack.core.routing.LinkState;
import io.skyrack.core.validation.Finding;
import java.util.List;

/** Adapts the crosslink engine's schedule to what the pipeline and the files need. */
final class CrosslinkStage {

    private CrosslinkStage() {
    }

    /**
     * @param state links per step for routing
     * @param windows availability windows
     * @param candidatePairs number of candidate pairs
     * @param findings notes of the crosslink engine as findings
     */
    record Output(LinkState state, List<LinkWindowRow> windows, int candidatePairs, List<Finding> findings) {
    }

    static Output run(Plan plan, EphemerisGrid grid, SunEphemeris sun, ProgressMonitor progress) {
        return new Output(LinkState.NONE, List.of(), 0, List.of());
    }
}
