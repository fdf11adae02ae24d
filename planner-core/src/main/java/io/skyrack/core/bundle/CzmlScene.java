package io.skyrack.core.bundle;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import io.skyrack.core.network.LinkWindow;
import io.skyrack.core.orbit.EphemerisGrid;
import io.skyrack.core.plan.GroundStation;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code scene.czml}: the constellation, its ground stations and crosslinks for Cesium-based viewers.
 *
 * <p>One JSON array, one packet per line: the {@code document} packet with the clock over the analysis window;
 * a packet per satellite ({@code satellite/<name>}) with Earth-fixed ({@code FIXED}) positions in metres, rounded
 * to {@link #POSITION_DECIMALS} decimals, sampled at the ephemeris steps, as seconds from the window start, with
 * Lagrange interpolation; a packet per ground station ({@code station/<name>}); and a packet per linked pair
 * ({@code crosslink/<a>/<b>}) whose polyline joins the two satellites' positions by reference and whose
 * availability is the list of the link's windows.
 */
final class CzmlScene {

    /** Lagrange interpolation degree of the sampled positions. */
    static final int INTERPOLATION_DEGREE = 7;
    /** Decimals of the positions (m). */
    static final int POSITION_DECIMALS = 1;
    /** Above this many satellites, satellites carry no label (a label per satellite clutters a large shell). */
    static final int MAX_LABELLED_SATELLITES = 100;

    private CzmlScene() {
    }

    /**
     * @param planName the plan's name
     * @param grid the ephemeris grid
     * @param steps grid steps to sample, ascending
     * @param stations ground stations
     * @param windows crosslink windows, in any order
     * @param out where to write (UTF-8)
     * @throws IOException when writing fails
     */
    static void write(String planName, EphemerisGrid grid, int[] steps, List<GroundStation> stations,
                      List<LinkWindow> windows, OutputStream out) throws IOException {
        Instant start = grid.start();
        String interval = BundleJson.time(start) + "/" + BundleJson.time(grid.instant(grid.stepCount() - 1));
        JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.setPrettyPrinter(new PacketPerLine());
        g.writeStartArray();
        document(g, planName, start, interval);
        for (int s = 0; s < grid.satelliteCount(); s++) {
            satellite(g, grid, s, steps, interval);
        }
        for (GroundStation st : stations) {
            station(g, st);
        }
        for (Map.Entry<String, List<LinkWindow>> e : byPair(windows).entrySet()) {
            crosslink(g, e.getValue());
        }
        g.writeEndArray();
        g.writeRaw('\n');
        g.flush();
    }

    /** @return windows grouped by pair, pairs in order of their first window */
    static Map<String, List<LinkWindow>> byPair(List<LinkWindow> windows) {
        Map<String, List<LinkWindow>> out = new LinkedHashMap<>();
        for (LinkWindow w : windows) {
            out.computeIfAbsent(w.satelliteA() + "/" + w.satelliteB(), k -> new ArrayList<>()).add(w);
        }
        return out;
    }

    private static void document(JsonGenerator g, String planName, Instant start, String interval) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", "document");
        g.writeStringField("name", planName);
        g.writeStringField("version", "1.0");
        g.writeObjectFieldStart("clock");
        g.writeStringField("interval", interval);
        g.writeStringField("currentTime", BundleJson.time(start));
        g.writeNumberField("multiplier", 60);
        g.writeStringField("range", "LOOP_STOP");
        g.writeStringField("step", "SYSTEM_CLOCK_MULTIPLIER");
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void satellite(JsonGenerator g, EphemerisGrid grid, int s, int[] steps, String interval)
            throws IOException {
        String name = grid.names().get(s);
        g.writeStartObject();
        g.writeStringField("id", "satellite/" + name);
        g.writeStringField("name", name);
        g.writeStringField("availability", interval);
        g.writeObjectFieldStart("point");
        g.writeNumberField("pixelSize", 5);
        color(g, 255, 196, 0, 255);
        g.writeEndObject();
        if (grid.satelliteCount() <= MAX_LABELLED_SATELLITES) {
            g.writeObjectFieldStart("label");
            g.writeStringField("text", name);
            g.writeStringField("font", "11pt sans-serif");
            g.writeStringField("horizontalOrigin", "LEFT");
            g.writeArrayFieldStart("pixelOffset");
            g.writeNumber(8);
            g.writeNumber(0);
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeObjectFieldStart("position");
        g.writeStringField("interpolationAlgorithm", "LAGRANGE");
        g.writeNumberField("interpolationDegree", Math.max(1, Math.min(INTERPOLATION_DEGREE, steps.length - 1)));
        g.writeStringField("referenceFrame", "FIXED");
        g.writeStringField("epoch", BundleJson.time(grid.start()));
        g.writeArrayFieldStart("cartesian");
        double[] fx = grid.fixedX();
        double[] fy = grid.fixedY();
        double[] fz = grid.fixedZ();
        for (int k : steps) {
            int i = grid.index(s, k);
            number(g, grid.time(k));
            number(g, BundleJson.round(fx[i], POSITION_DECIMALS));
            number(g, BundleJson.round(fy[i], POSITION_DECIMALS));
            number(g, BundleJson.round(fz[i], POSITION_DECIMALS));
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void station(JsonGenerator g, GroundStation st) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", "station/" + st.name());
        g.writeStringField("name", st.name());
        g.writeObjectFieldStart("position");
        g.writeArrayFieldStart("cartographicDegrees");
        number(g, BundleJson.round(Math.toDegrees(st.longitude()), 6));
        number(g, BundleJson.round(Math.toDegrees(st.latitude()), 6));
        number(g, BundleJson.round(st.altitude(), 1));
        g.writeEndArray();
        g.writeEndObject();
        g.writeObjectFieldStart("point");
        g.writeNumberField("pixelSize", 8);
        color(g, 64, 224, 96, 255);
        g.writeEndObject();
        g.writeObjectFieldStart("label");
        g.writeStringField("text", st.name());
        g.writeStringField("font", "11pt sans-serif");
        g.writeStringField("horizontalOrigin", "LEFT");
        g.writeArrayFieldStart("pixelOffset");
        g.writeNumber(10);
        g.writeNumber(0);
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void crosslink(JsonGenerator g, List<LinkWindow> windows) throws IOException {
        LinkWindow first = windows.get(0);
        g.writeStartObject();
        g.writeStringField("id", "crosslink/" + first.satelliteA() + "/" + first.satelliteB());
        g.writeStringField("name", first.satelliteA() + " - " + first.satelliteB());
        g.writeArrayFieldStart("availability");
        for (LinkWindow w : windows) {
            g.writeString(BundleJson.time(w.start()) + "/" + BundleJson.time(w.end()));
        }
        g.writeEndArray();
        g.writeObjectFieldStart("polyline");
        g.writeObjectFieldStart("positions");
        g.writeArrayFieldStart("references");
        g.writeString(reference(first.satelliteA()));
        g.writeString(reference(first.satelliteB()));
        g.writeEndArray();
        g.writeEndObject();
        g.writeStringField("arcType", "NONE");
        g.writeNumberField("width", 1);
        g.writeObjectFieldStart("material");
        g.writeObjectFieldStart("solidColor");
        color(g, 0, 200, 255, 160);
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndObject();
    }

    /** @return a CZML reference to a satellite's position, with {@code #} and {@code \} escaped in the id */
    private static String reference(String satellite) {
        String id = ("satellite/" + satellite).replace("\\", "\\\\").replace("#", "\\#");
        return id + "#position";
    }

    private static void color(JsonGenerator g, int r, int gr, int b, int a) throws IOException {
        g.writeObjectFieldStart("color");
        g.writeArrayFieldStart("rgba");
        g.writeNumber(r);
        g.writeNumber(gr);
        g.writeNumber(b);
        g.writeNumber(a);
        g.writeEndArray();
        g.writeEndObject();
    }

    /** Compact JSON, except that the packets of the top-level array go one per line. */
    private static final class PacketPerLine extends MinimalPrettyPrinter {
        private static final long serialVersionUID = 1L;

        @Override
        public void beforeArrayValues(JsonGenerator g) throws IOException {
            if (topLevel(g)) {
                g.writeRaw('\n');
            }
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(topLevel(g) ? ",\n" : ",");
        }

        @Override
        public void writeEndArray(JsonGenerator g, int values) throws IOException {
            g.writeRaw(topLevel(g) ? "\n]" : "]");
        }

        private static boolean topLevel(JsonGenerator g) {
            return g.getOutputContext().getParent() != null && g.getOutputContext().getParent().inRoot();
        }
    }

    private static void number(JsonGenerator g, double v) throws IOException {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            g.writeNumber((long) v);
        } else {
            g.writeNumber(v);
        }
    }
}
