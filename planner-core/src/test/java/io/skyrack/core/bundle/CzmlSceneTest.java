package io.skyrack.core.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.skyrack.core.analysis.Analysis;
import io.skyrack.core.network.LinkWindow;
import io.skyrack.core.orbit.EphemerisGrid;
import java.io.ByteArrayOutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The CZML scene, structurally: packet ids, clock, intervals, sample counts, references and positions. */
class CzmlSceneTest {

    /** Positions are rounded to 0.1 m. */
    private static final double POSITION_TOLERANCE = 0.05 + 1e-9;

    @ParameterizedTest
    @ValueSource(strings = {"sophia-tile-demo", "suncatcher-cluster"})
    void packetsClockSamplesAndCrosslinks(String sample) throws Exception {
        Analysis a = BundleFixtures.analysis(sample);
        EphemerisGrid g = a.grid();
        int stride = 4;
        int[] steps = BundleExporter.sampleSteps(g, stride);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CzmlScene.write(a.plan().name(), g, steps, a.plan().groundStations(), a.schedule().windows(), out);
        String text = out.toString(java.nio.charset.StandardCharsets.UTF_8);
        JsonNode doc = new ObjectMapper().readTree(text);
        Map<String, List<LinkWindow>> byPair = CzmlScene.byPair(a.schedule().windows());
        int stations = a.plan().groundStations().size();
        assertEquals(1 + g.satelliteCount() + stations + byPair.size(), doc.size());
        assertEquals(doc.size() + 2, text.lines().count(), "one packet per line between the brackets");

        String interval = BundleJson.time(g.start()) + "/" + BundleJson.time(g.instant(g.stepCount() - 1));
        JsonNode document = doc.get(0);
        assertEquals("document", document.path("id").asText());
        assertEquals("1.0", document.path("version").asText());
        assertEquals(interval, document.path("clock").path("interval").asText());

        Set<String> ids = new HashSet<>();
        for (int s = 0; s < g.satelliteCount(); s++) {
            JsonNode p = doc.get(1 + s);
            assertEquals("satellite/" + g.names().get(s), p.path("id").asText());
            assertEquals(interval, p.path("availability").asText());
            JsonNode pos = p.path("position");
            assertEquals("FIXED", pos.path("referenceFrame").asText());
            assertEquals("LAGRANGE", pos.path("interpolationAlgorithm").asText());
            assertEquals(BundleJson.time(g.start()), pos.path("epoch").asText());
            JsonNode c = pos.path("cartesian");
            assertEquals(4 * steps.length, c.size());
            assertEquals(g.time(g.stepCount() - 1), c.get(c.size() - 4).asDouble(), 1e-9, "samples reach the end");
            for (int i = 0; i < steps.length; i++) {
                int idx = g.index(s, steps[i]);
                assertEquals(g.time(steps[i]), c.get(4 * i).asDouble(), 1e-9);
                assertEquals(g.fixedX()[idx], c.get(4 * i + 1).asDouble(), POSITION_TOLERANCE);
                assertEquals(g.fixedY()[idx], c.get(4 * i + 2).asDouble(), POSITION_TOLERANCE);
                assertEquals(g.fixedZ()[idx], c.get(4 * i + 3).asDouble(), POSITION_TOLERANCE);
            }
            ids.add(p.path("id").asText());
        }
        for (int s = 0; s < stations; s++) {
            assertEquals("station/" + a.plan().groundStations().get(s).name(),
                    doc.get(1 + g.satelliteCount() + s).path("id").asText());
        }
        int i = 1 + g.satelliteCount() + stations;
        for (List<LinkWindow> windows : byPair.values()) {
            JsonNode p = doc.get(i++);
            LinkWindow w0 = windows.get(0);
            assertEquals("crosslink/" + w0.satelliteA() + "/" + w0.satelliteB(), p.path("id").asText());
            assertEquals(windows.size(), p.path("availability").size());
            for (int k = 0; k < windows.size(); k++) {
                assertEquals(BundleJson.time(windows.get(k).start()) + "/" + BundleJson.time(windows.get(k).end()),
                        p.path("availability").get(k).asText());
            }
            JsonNode refs = p.path("polyline").path("positions").path("references");
            assertEquals(2, refs.size());
            for (JsonNode r : refs) {
                assertTrue(r.asText().endsWith("#position"));
                assertTrue(ids.contains(r.asText().replace("#position", "")), r.asText());
            }
        }
    }
}
