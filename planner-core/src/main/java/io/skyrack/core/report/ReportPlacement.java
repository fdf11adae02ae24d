package io.skyrack.core.report;

import io.skyrack.core.analysis.Analysis;
import io.skyrack.core.analysis.PlacementOutcome;
import io.skyrack.core.progress.ProgressMonitor;
import io.skyrack.gpu.GpuCatalog;
import java.util.Optional;

/** The placement summary of an analysis, for the capacity report. */
public final class ReportPlacement {

    private ReportPlacement() {
    }

    /**
     * @param a the analysis (its placement ran in the pipeline)
     * @param catalog GPU profiles
     * @param progress progress and cancellation (unused: the placement is already in the analysis)
     * @return the placement summary; empty when the plan has no workloads
     */
    public static Optional<CapacityReport.PlacementSummary> of(Analysis a, GpuCatalog catalog, ProgressMonitor progress) {
        PlacementOutcome p = a.placement();
        if (p.problem().workloads().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CapacityReport.PlacementSummary(p.problem().workloads().size(), (int) p.workloadsServed(),
                p.replicas(), p.result().assignments().size(), p.result().activeGpus(), p.result().bound().value(),
                p.unplacedSummary()));
    }
}
