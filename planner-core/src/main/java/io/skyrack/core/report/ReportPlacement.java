package io.skyrack.core.report;

import io.skyrack.core.analysis.Analysis;
import io.skyrack.core.progress.ProgressMonitor;
import io.skyrack.gpu.GpuCatalog;
import java.util.Optional;

/** Runs workload placement for the report. */
public final class ReportPlacement {

    private ReportPlacement() {
    }

    /**
     * @param a the analysis
     * @param catalog GPU profiles
     * @param progress progress and cancellation
     * @return the placement summary; empty while the placement engine is not connected to the analysis
     */
    public static Optional<CapacityReport.PlacementSummary> of(Analysis a, GpuCatalog catalog, ProgressMonitor progress) {
        return Optional.empty();
    }
}
