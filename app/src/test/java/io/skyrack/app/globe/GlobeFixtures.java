package io.skyrack.app.globe;

import io.skyrack.core.analysis.Analysis;
import io.skyrack.core.analysis.AnalysisPipeline;
import io.skyrack.core.orekit.OrekitContext;
import io.skyrack.core.persistence.PlanFiles;
import io.skyrack.core.plan.Plan;
import io.skyrack.core.progress.ProgressMonitor;
import io.skyrack.core.samples.SamplePlans;
import io.skyrack.gpu.GpuCatalog;

/** The kepler-edge sample analysed once for the globe's tests (about two seconds). */
final class GlobeFixtures {

    static final OrekitContext OREKIT = OrekitContext.bundled();
    static final Plan KEPLER = sample("kepler-edge");
    static final GlobeGeometry KEPLER_GEOMETRY = GlobeGeometry.compute(KEPLER, OREKIT);
    static final Analysis KEPLER_ANALYSIS = new AnalysisPipeline(OREKIT, GpuCatalog.builtIn())
            .analyze(KEPLER, ProgressMonitor.NONE);

    private GlobeFixtures() {
    }

    static Plan sample(String name) {
        return PlanFiles.parse(SamplePlans.text(name), GpuCatalog.builtIn()).plan().orElseThrow();
    }
}
