package io.skyrack.core.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.skyrack.core.samples.SamplePlans;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The published schema matches the reader, and an independent validator agrees with it on the samples. */
class PlanSchemaTest {

    /** docs/ as seen from the module folder that Maven runs the tests in. */
    private static final Path PUBLISHED = Path.of("..", "docs", "plan-format.schema.json");

    private static JsonSchema schema() {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(PlanSchema.generate());
    }

    @Test
    void publishedSchemaIsUpToDate() throws Exception {
        assertTrue(Files.exists(PUBLISHED), "missing " + PUBLISHED.toAbsolutePath());
        assertEquals(PlanSchema.generate(), Files.readString(PUBLISHED),
                "docs/plan-format.schema.json is stale: regenerate it with PlanSchema.main (see docs/plan-format.md)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"kepler-edge", "sophia-tile-demo", "starcloud-h100", "suncatcher-cluster", "walker-1584"})
    void samplesConformToTheSchema(String sample) throws Exception {
        JsonNode doc = new ObjectMapper().readTree(SamplePlans.text(sample));
        Set<ValidationMessage> errors = schema().validate(doc);
        assertEquals(Set.of(), errors);
    }

    @Test
    void savedPlansConformToTheSchema() throws Exception {
        var plan = PlanFiles.parse(SamplePlans.text("kepler-edge"), io.skyrack.gpu.GpuCatalog.builtIn()).plan().orElseThrow();
        JsonNode doc = new ObjectMapper().readTree(PlanCodec.write(plan));
        assertEquals(Set.of(), schema().validate(doc));
    }

    @ParameterizedTest
    @ValueSource(strings = {"altitude-too-low", "unknown-field", "float-for-integer", "unknown-attitude",
        "negative-area", "missing-field", "bad-epoch"})
    void schemaAlsoRejectsTheFieldLevelFixtures(String fixture) throws Exception {
        JsonNode doc = new ObjectMapper().readTree(getClass().getResource("/bad-plans/" + fixture + ".skyrack.json"));
        assertFalse(schema().validate(doc).isEmpty(), fixture);
    }
}
