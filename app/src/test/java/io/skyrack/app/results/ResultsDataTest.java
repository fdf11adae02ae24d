package io.skyrack.app.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.skyrack.core.analysis.Analysis;
import io.skyrack.core.analysis.AnalysisPipeline;
import io.skyrack.core.lighting.EclipseInterval;
import io.skyrack.core.orekit.OrekitContext;
import io.skyrack.core.persistence.PlanFiles;
import io.skyrack.core.progress.ProgressMonitor;
import io.skyrack.core.samples.SamplePlans;
import io.skyrack.gpu.GpuCatalog;
import io.skyrack.thermal.GpuGroup;
import io.skyrack.thermal.TileThermalResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultsDataTest {

    /**
     * The eclipse bands drawn on the power and temperature charts are the lighting engine's intervals over the
     * orbit the thermal budget covers; inside every umbra the TILE's cells, in the thermal solve, get no sunlight
     * (an independent path: the thermal inputs are sampled separately at 20 s).
     */
    @Test
    void eclipseBandsCoverTheUmbraeWhereTheThermalSolveHasNoSunlight() {
        GpuCatalog catalog = GpuCatalog.builtIn();
        var plan = PlanFiles.parse(SamplePlans.text("sophia-tile-demo"), catalog).plan().orElseThrow();
        Analysis a = new AnalysisPipeline(OrekitContext.bundled(), catalog).analyze(plan, ProgressMonitor.NONE);
        var sat = a.power().satellites().get(0);
        TileThermalResult r = sat.tiles().get(0).result();
        int n = r.samples();
        double step = r.time(1) - r.time(0);
        double orbit = r.time(n - 1) + step;
        int index = ResultsData.index(a, sat.name());
        List<double[]> bands = ResultsData.eclipseBands(a, index, orbit);
        assertTrue(!bands.isEmpty() && bands.size() <= 2, "one eclipse per orbit (two pieces if it spans the start)");
        double peak = 0;
        for (int k = 0; k < n; k++) {
            peak = Math.max(peak, r.availableW(k));
        }
        int checked = 0;
        for (EclipseInterval e : a.lighting().intervals()) {
            if (e.satellite() != index || e.kind() != EclipseInterval.Kind.UMBRA || e.startSeconds() >= orbit) {
                continue;
            }
            double inBands = bands.stream().mapToDouble(b -> Math.max(0, Math.min(b[1], e.endSeconds() / 60)
                    - Math.max(b[0], e.startSeconds() / 60))).sum();
            assertEquals(Math.min(orbit, e.endSeconds()) / 60 - Math.max(0, e.startSeconds()) / 60, inBands, 1e-9,
                    "the umbra lies in the bands");
            for (int k = 0; k < n; k++) {
                if (r.time(k) > e.startSeconds() + step && r.time(k) + step < e.endSeconds()) {
                    assertEquals(0.0, r.availableW(k), 1e-9 * peak, "no sunlight at " + r.time(k) + " s");
                    checked++;
                }
            }
        }
        assertTrue(checked > 30, "samples inside umbra checked: " + checked);
    }

    @Test
    void powerModeAxisNamesModesIdleAndOff() {
        var labels = ResultsData.modeLabels(List.of("15W", "30W", "MAXN"));
        assertEquals("15W", labels.toString(0));
        assertEquals("MAXN", labels.toString(2));
        assertEquals("idle", labels.toString(GpuGroup.MODE_IDLE));
        assertEquals("off", labels.toString(GpuGroup.MODE_OFF));
        assertEquals("", labels.toString(0.5));
        assertEquals("", labels.toString(3));
    }
}
