package io.skyrack.core.bundle;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Structural check of {@code scene.czml}, packet by packet (the file is large): a {@code document} packet with a
 * clock first, one satellite packet per node with time-ordered samples, and crosslink polylines whose references
 * name satellite packets.
 */
final class SceneCheck {

    private SceneCheck() {
    }

    /**
     * @param file the scene file
     * @param cluster the cluster record it belongs to
     * @param name bundle path to name in problems
     * @return every problem found
     */
    static List<Problem> check(Path file, JsonNode cluster, String name) {
        List<Problem> out = new ArrayList<>();
        Set<String> expected = new HashSet<>();
        cluster.path("spec").path("nodes").forEach(n -> expected.add("satellite/" + n.path("name").asText()));
        Set<String> ids = new HashSet<>();
        List<JsonNode> links = new ArrayList<>();
        ObjectMapper mapper = new ObjectMapper();
        try (JsonParser p = mapper.getFactory().createParser(file.toFile())) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                out.add(new Problem(name, "parse", "a CZML document is a JSON array"));
                return out;
            }
            int index = 0;
            while (p.nextToken() == JsonToken.START_OBJECT) {
                JsonNode packet = mapper.readTree(p);
                String id = packet.path("id").asText("");
                if (index == 0 && (!id.equals("document") || !packet.path("clock").has("interval"))) {
                    out.add(new Problem(name, "reference", "the first packet must be the document with a clock"));
                }
                if (!ids.add(id)) {
                    out.add(new Problem(name, "reference", "packet id '" + id + "' appears twice"));
                }
                if (id.startsWith("satellite/")) {
                    satellite(packet, id, name, out);
                } else if (id.startsWith("crosslink/")) {
                    links.add(packet);
                }
                index++;
            }
        } catch (IOException e) {
            out.add(new Problem(name, "parse", "not CZML: " + e.getMessage().lines().findFirst().orElse("")));
            return out;
        }
        for (String id : expected) {
            if (!ids.contains(id)) {
                out.add(new Problem(name, "reference", "no packet " + id));
            }
        }
        for (JsonNode link : links) {
            for (JsonNode ref : link.path("polyline").path("positions").path("references")) {
                String target = ref.asText().replaceFirst("#position$", "").replace("\\#", "#").replace("\\\\", "\\");
                if (!ids.contains(target)) {
                    out.add(new Problem(name, "reference", link.path("id").asText() + " refers to " + target
                            + ", which is not a packet"));
                }
            }
            if (!link.path("availability").isArray() || link.path("availability").isEmpty()) {
                out.add(new Problem(name, "reference", link.path("id").asText() + " has no availability intervals"));
            }
        }
        return out;
    }

    private static void satellite(JsonNode packet, String id, String name, List<Problem> out) {
        JsonNode c = packet.path("position").path("cartesian");
        if (!c.isArray() || c.isEmpty() || c.size() % 4 != 0) {
            out.add(new Problem(name, "reference", id + " has no [time, x, y, z] samples"));
            return;
        }
        for (int i = 4; i < c.size(); i += 4) {
            if (!(c.get(i).asDouble() > c.get(i - 4).asDouble())) {
                out.add(new Problem(name, "reference", id + ": sample times do not increase at sample " + i / 4));
                return;
            }
        }
    }
}
