package io.skyrack.core.persistence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.skyrack.core.validation.Finding;
import java.util.List;
import java.util.function.Function;

/**
 * Upgrades plan files written by older versions of Skyrack to {@link PlanDto#CURRENT_SCHEMA_VERSION}.
 *
 * <p>Each future format change adds one step {@code vN → vN+1} operating on the JSON tree, so that old
 * files keep loading; files from a newer Skyrack are refused with a clear message rather than misread.
 */
public final class PlanMigrations {

    private PlanMigrations() {
    }

    /**
     * @param root the parsed document
     * @param findings receives version problems
     * @param locator source location of a pointer
     * @return the document in the current version, or {@code null} when it cannot be read
     */
    public static JsonNode migrate(ObjectNode root, List<Finding> findings, Function<String, int[]> locator) {
        JsonNode v = root.get("schemaVersion");
        if (v == null || !v.isIntegralNumber()) {
            // the binder reports the missing or mistyped field
            return root;
        }
        int version = v.asInt();
        if (version > PlanDto.CURRENT_SCHEMA_VERSION) {
            int[] loc = locator.apply("/schemaVersion");
            findings.add(Finding.error("/schemaVersion", "schema.newer", "schema version " + version
                    + " was written by a newer Skyrack; this one reads up to version "
                    + PlanDto.CURRENT_SCHEMA_VERSION).at(loc[0], loc[1]));
            return null;
        }
        // no older versions exist yet: version 1 is the first published format
        return root;
    }
}
