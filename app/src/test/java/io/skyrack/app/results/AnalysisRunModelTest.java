package io.skyrack.app.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.skyrack.app.services.TaskExecutor;
import io.skyrack.core.orekit.OrekitContext;
import io.skyrack.core.persistence.PlanFiles;
import io.skyrack.core.plan.Plan;
import io.skyrack.core.samples.SamplePlans;
import io.skyrack.gpu.GpuCatalog;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnalysisRunModelTest {

    private static final GpuCatalog CATALOG = GpuCatalog.builtIn();

    private static Plan sample(String name) {
        return PlanFiles.parse(SamplePlans.text(name), CATALOG).plan().orElseThrow();
    }

    private static AnalysisRunModel model() {
        AnalysisRunModel m = new AnalysisRunModel(OrekitContext.bundled(), CATALOG, TaskExecutor.DIRECT);
        m.setPoster(Runnable::run);
        return m;
    }

    @Test
    void analysesTheOpenPlanAndMarksItStaleWhenThePlanChanges() {
        AnalysisRunModel m = model();
        List<String> stages = new ArrayList<>();
        m.stageProperty().addListener((o, a, b) -> stages.add(b));
        Plan plan = sample("sophia-tile-demo");
        m.planChanged(plan);
        m.analyze();
        assertNotNull(m.analysisProperty().get());
        assertFalse(m.runningProperty().get());
        assertTrue(m.messageProperty().get().startsWith("Analysed sophia-tile-demo"), m.messageProperty().get());
        assertTrue(stages.stream().anyMatch(s -> s.startsWith("Power and thermal")), stages.toString());
        ResultsData.Capacity c = ResultsData.capacity(m.analysisProperty().get(), CATALOG);
        assertEquals(6, c.gpus());
        // 6 Orin NX 16GB at 25 W: 50 dense TOPS each, held all orbit on the battery
        assertEquals(300.0, c.sustainedTops(), 1e-6);
        assertFalse(m.staleProperty().get());
        m.planChanged(plan.withName("renamed"));
        assertTrue(m.staleProperty().get());
        assertTrue(m.messageProperty().get().contains("stale"));
        m.planChanged(null);
        assertNull(m.analysisProperty().get());
    }

    @Test
    void cancelledRunKeepsNoResult() {
        AnalysisRunModel m = new AnalysisRunModel(OrekitContext.bundled(), CATALOG, new TaskExecutor() {
            @Override
            public <T> void run(String title, java.util.concurrent.Callable<T> work,
                                java.util.function.Consumer<T> onDone, java.util.function.Consumer<Throwable> onFail) {
                try {
                    onDone.accept(work.call());
                } catch (Exception e) {
                    onFail.accept(e);
                }
            }
        });
        m.setPoster(r -> {
            r.run();
            m.cancel();
        });
        m.planChanged(sample("kepler-edge"));
        m.analyze();
        assertNull(m.analysisProperty().get());
        assertEquals("Analysis cancelled", m.messageProperty().get());
        assertFalse(m.runningProperty().get());
    }

    @Test
    void betaSeriesIsDownsampled() {
        AnalysisRunModel m = model();
        m.planChanged(sample("kepler-edge"));
        m.analyze();
        double[][] b = ResultsData.beta(m.analysisProperty().get(), 0, 600);
        assertTrue(b[0].length <= 600 && b[0].length > 400, "points " + b[0].length);
        // a dawn-dusk orbit near the March equinox: beta near 90 degrees minus the obliquity effect, far from 0
        assertTrue(Math.abs(b[1][0]) > 60, "beta " + b[1][0]);
    }
}
