package io.skyrack.core.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.skyrack.core.plan.Plan;
import io.skyrack.core.validation.Finding;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads plan text into a {@link Plan} with findings, and writes a plan as canonical, pretty JSON text. */
public final class PlanCodec {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private PlanCodec() {
    }

    /**
     * The outcome of reading plan text.
     *
     * @param plan the plan, present when the text has the right shape and types
     * @param findings every problem found while reading, with source locations
     * @param source where each JSON Pointer sits in the text
     */
    public record ReadResult(Optional<Plan> plan, List<Finding> findings, StrictJsonParser.Result source) {
    }

    /**
     * Reads plan text: syntax, migration of older versions, types, ranges and shape. Cross-references are
     * checked by {@link io.skyrack.core.validation.PlanValidator}.
     *
     * @param text file content
     * @return plan and findings
     */
    public static ReadResult read(String text) {
        StrictJsonParser.Result parsed = StrictJsonParser.parse(text);
        List<Finding> findings = new ArrayList<>(parsed.findings());
        if (parsed.root() == null) {
            return new ReadResult(Optional.empty(), findings, parsed);
        }
        JsonNode root = PlanMigrations.migrate((ObjectNode) parsed.root(), findings, parsed::locate);
        if (root == null) {
            return new ReadResult(Optional.empty(), findings, parsed);
        }
        DtoReader.Bound<PlanDto> bound = DtoReader.read(root, PlanDto.class, parsed::locate);
        findings.addAll(bound.findings());
        if (findings.stream().anyMatch(Finding::isError)) {
            return new ReadResult(Optional.empty(), findings, parsed);
        }
        List<Finding> shape = new ArrayList<>();
        Plan plan = PlanMapper.toDomain(bound.value(), shape);
        for (Finding f : shape) {
            int[] loc = parsed.locate(f.path());
            findings.add(f.at(loc[0], loc[1]));
        }
        return new ReadResult(Optional.ofNullable(plan), findings, parsed);
    }

    /**
     * Checks the ranges and shapes of a plan built in code, as if it had been read from a file.
     *
     * @param plan the plan
     * @return range and type findings (no source locations)
     */
    public static List<Finding> checkFields(Plan plan) {
        JsonNode tree = DtoWriter.write(PlanMapper.toDto(plan));
        return DtoReader.read(tree, PlanDto.class, p -> new int[] {0, 0}).findings();
    }

    /**
     * @param plan the plan
     * @return pretty-printed JSON text of the current schema version, ending in a newline
     */
    public static String write(Plan plan) {
        JsonNode tree = DtoWriter.write(PlanMapper.toDto(plan));
        DefaultPrettyPrinter pp = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return MAPPER.writer(pp).writeValueAsString(tree) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
