package io.skyrack.core.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.skyrack.core.analysis.Analysis;
import io.skyrack.core.analysis.AnalysisPipeline;
import io.skyrack.core.orekit.OrekitContext;
import io.skyrack.core.persistence.PlanFiles;
import io.skyrack.core.progress.ProgressMonitor;
import io.skyrack.core.samples.SamplePlans;
import io.skyrack.gpu.GpuCatalog;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CapacityReportTest {

    private static final GpuCatalog CATALOG = GpuCatalog.builtIn();
    private static Analysis analysis;

    @BeforeAll
    static void analyse() {
        analysis = new AnalysisPipeline(OrekitContext.bundled(), CATALOG).analyze(
                PlanFiles.parse(SamplePlans.text("sophia-tile-demo"), CATALOG).plan().orElseThrow(),
                ProgressMonitor.NONE);
    }

    @Test
    void selfContainedDeterministicAndWellFormed() throws Exception {
        String html = CapacityReport.html(analysis, CATALOG, Optional.empty(), "skyrack test");
        assertEquals(html, CapacityReport.html(analysis, CATALOG, Optional.empty(), "skyrack test"));
        // nothing is fetched: no scripts, no external images, styles or fonts
        assertFalse(html.contains("<script"));
        assertFalse(Pattern.compile("(src|href)\\s*=", Pattern.CASE_INSENSITIVE).matcher(html).find());
        assertFalse(html.contains("url("));
        // every inline SVG is well-formed XML
        Matcher m = Pattern.compile("<svg.*?</svg>", Pattern.DOTALL).matcher(html);
        int svgs = 0;
        while (m.find()) {
            DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(m.group().getBytes(StandardCharsets.UTF_8)));
            svgs++;
        }
        assertEquals(4, svgs, "map, power, battery and temperature charts");
        // the headline figures of the sample: 6 Orin NX 16GB at 25 W hold 50 dense TOPS each
        assertTrue(html.contains(">300 TOPS<"), "sustained TOPS");
        assertTrue(html.contains(">600 TOPS<"), "peak TOPS");
        assertTrue(html.contains("sophia-tile-demo"));
        assertTrue(html.contains("Natural Earth"));
        assertTrue(html.contains("junction-to-case resistance not published"), "assumptions are listed");
    }

    @Test
    void placementSummaryAppearsWhenGiven() {
        var p = new CapacityReport.PlacementSummary(3, 2, 10, 8, 5, 4, List.of("big-model: needs 96 GB"));
        String html = CapacityReport.html(analysis, CATALOG, Optional.of(p), "skyrack test");
        assertTrue(html.contains(">2 of 3<"));
        assertTrue(html.contains("no placement can use fewer than 4"));
        assertTrue(html.contains("big-model: needs 96 GB"));
    }

    @Test
    void ticksAreRoundAndCoverTheRange() {
        assertArrayEquals(new double[] {0, 20, 40, 60, 80, 100}, SvgChart.ticks(3, 97, 6), 1e-9);
        double[] t = SvgChart.ticks(-17.3, 48.9, 6);
        assertTrue(t[0] <= -17.3 && t[t.length - 1] >= 48.9);
        assertEquals(10.0, t[1] - t[0], 1e-9);
    }
}
