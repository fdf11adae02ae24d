package io.skyrack.core.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The bundle's table of contents: what made it, from which plan, and every other file with its size and
 * SHA-256, sorted by path. {@code manifest.json} and {@code manifest.sig} are not listed in it.
 *
 * @param schemaVersion version of the bundle format ({@link #SCHEMA_VERSION})
 * @param generatorName name of the program that wrote the bundle
 * @param generatorVersion its version
 * @param planName the plan's name
 * @param planFile bundle path of the plan file
 * @param planSha256 SHA-256 of the plan's canonical JSON (the bytes of the plan file)
 * @param createdAt creation time: the plan's epoch, ISO-8601 UTC, so that a plan always gives the same bundle
 * @param files every other file, sorted by path
 */
public record Manifest(int schemaVersion, String generatorName, String generatorVersion, String planName,
                       String planFile, String planSha256, String createdAt, List<FileEntry> files) {

    /** The bundle format version this code writes and reads. */
    public static final int SCHEMA_VERSION = 1;

    /** Checks structure and copies the list. */
    public Manifest {
        Objects.requireNonNull(generatorName, "generatorName");
        Objects.requireNonNull(generatorVersion, "generatorVersion");
        Objects.requireNonNull(planName, "planName");
        Objects.requireNonNull(planFile, "planFile");
        Objects.requireNonNull(planSha256, "planSha256");
        Objects.requireNonNull(createdAt, "createdAt");
        files = List.copyOf(files);
    }

    /**
     * @param path a bundle path
     * @return its entry, if listed
     */
    public Optional<FileEntry> file(String path) {
        return files.stream().filter(f -> f.path().equals(path)).findFirst();
    }

    /** @return the manifest as a JSON tree */
    JsonNode toJson() {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("bundleSchemaVersion", schemaVersion);
        ObjectNode gen = root.putObject("generator");
        gen.put("name", generatorName);
        gen.put("version", generatorVersion);
        ObjectNode plan = root.putObject("plan");
        plan.put("name", planName);
        plan.put("file", planFile);
        plan.put("sha256", planSha256);
        root.put("createdAt", createdAt);
        ArrayNode list = root.putArray("files");
        for (FileEntry f : files) {
            ObjectNode o = list.addObject();
            o.put("path", f.path());
            o.put("size", f.size());
            o.put("sha256", f.sha256());
        }
        return root;
    }

    /**
     * Reads a manifest tree that passed the manifest schema.
     *
     * @param root the tree
     * @return the manifest
     */
    static Manifest fromJson(JsonNode root) {
        List<FileEntry> files = new ArrayList<>();
        for (JsonNode f : root.path("files")) {
            files.add(new FileEntry(f.path("path").asText(), f.path("size").asLong(), f.path("sha256").asText()));
        }
        return new Manifest(root.path("bundleSchemaVersion").asInt(), root.path("generator").path("name").asText(),
                root.path("generator").path("version").asText(), root.path("plan").path("name").asText(),
                root.path("plan").path("file").asText(), root.path("plan").path("sha256").asText(),
                root.path("createdAt").asText(), files);
    }
}
