package io.skyrack.core.analysis;

import io.skyrack.core.lighting.SunEphemeris;
import io.skyrack.core.network.CrosslinkAnalyzer;
import io.skyrack.core.network.CrosslinkSchedule;
import io.skyrack.core.orbit.EphemerisGrid;
import io.skyrack.core.orekit.OrekitContext;
import io.skyrack.core.plan.Plan;
import io.skyrack.core.progress.ProgressMonitor;
import io.skyrack.core.routing.LinkState;
import io.skyrack.core.validation.Finding;
import java.util.List;

/** Runs the crosslink engine and adapts its schedule to what routing and the result files need. */
final class CrosslinkStage {

    private CrosslinkStage() {
    }

    /**
     * @param schedule the crosslink engine's full result
     * @param state links per step for routing
     * @param windows availability windows
     * @param candidatePairs number of candidate pairs
     * @param findings notes of the crosslink engine as findings
     */
    record Output(CrosslinkSchedule schedule, LinkState state, List<LinkWindowRow> windows, int candidatePairs,
                  List<Finding> findings) {
    }

    static Output run(OrekitContext orekit, Plan plan, EphemerisGrid grid, SunEphemeris sun,
                      ProgressMonitor progress) {
        CrosslinkSchedule schedule = new CrosslinkAnalyzer(orekit)
                .analyze(plan, grid, new double[][] {sun.x(), sun.y(), sun.z()}, progress);
        List<LinkWindowRow> rows = schedule.windows().stream()
                .map(w -> new LinkWindowRow(w.satelliteA(), w.satelliteB(), w.start(), w.end(), w.minRange(),
                        w.maxRange(), w.rate(), w.marginDb()))
                .toList();
        return new Output(schedule, new ScheduleLinks(schedule), rows, schedule.pairs().size(), schedule.findings());
    }
}
