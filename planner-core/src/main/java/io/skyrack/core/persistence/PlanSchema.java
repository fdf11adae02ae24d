package io.skyrack.core.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Generates the JSON Schema (draft 2020-12) of the plan file from the DTO records and their
 * {@link Range}, {@link Text}, {@link Opt} and {@link Variants} annotations, so the published schema and
 * the reader cannot drift apart. {@code docs/plan-format.schema.json} is this output; a test keeps it so.
 */
public final class PlanSchema {

    /** The schema's {@code $id}. */
    public static final String ID = "https://skyrack.io/schemas/plan-v" + PlanDto.CURRENT_SCHEMA_VERSION + ".json";

    private final JsonNodeFactory f = JsonNodeFactory.instance;
    private final Map<Class<?>, ObjectNode> defs = new LinkedHashMap<>();

    private PlanSchema() {
    }

    /** @return the schema as pretty JSON text ending in a newline */
    public static String generate() {
        PlanSchema s = new PlanSchema();
        ObjectNode root = s.f.objectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$id", ID);
        root.put("title", "Skyrack plan file (*.skyrack.json), schema version " + PlanDto.CURRENT_SCHEMA_VERSION);
        root.put("description", "Generated from io.skyrack.core.persistence.PlanDto; units are in the field names.");
        ObjectNode body = s.record(PlanDto.class, null);
        root.setAll(body);
        ObjectNode defsNode = root.putObject("$defs");
        s.defs.forEach((type, schema) -> defsNode.set(type.getSimpleName(), schema));
        try {
            return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Writes the schema to a file.
     *
     * @param args the output file (default {@code docs/plan-format.schema.json})
     * @throws IOException when the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/plan-format.schema.json");
        Files.writeString(out, generate(), StandardCharsets.UTF_8);
    }

    private ObjectNode ref(Class<?> type) {
        if (!defs.containsKey(type)) {
            defs.put(type, f.objectNode());
            ObjectNode schema = type.isInterface() ? variants(type) : record(type, null);
            defs.put(type, schema);
        }
        return f.objectNode().put("$ref", "#/$defs/" + type.getSimpleName());
    }

    private ObjectNode variants(Class<?> iface) {
        Variants v = iface.getAnnotation(Variants.class);
        ObjectNode o = f.objectNode();
        o.put("description", "Chosen by the 'type' property.");
        ArrayNode one = o.putArray("oneOf");
        for (int i = 0; i < v.names().length; i++) {
            one.add(record(v.types()[i], v.names()[i]));
        }
        return o;
    }

    private ObjectNode record(Class<?> type, String discriminator) {
        ObjectNode o = f.objectNode();
        o.put("type", "object");
        ObjectNode props = o.putObject("properties");
        ArrayNode required = f.arrayNode();
        if (discriminator != null) {
            props.putObject("type").put("const", discriminator);
            required.add("type");
        }
        for (RecordComponent c : type.getRecordComponents()) {
            props.set(c.getName(), value(c.getGenericType(), c));
            if (!c.isAnnotationPresent(Opt.class)) {
                required.add(c.getName());
            }
        }
        o.set("required", required);
        o.put("additionalProperties", false);
        return o;
    }

    private ObjectNode value(Type type, RecordComponent c) {
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        ObjectNode o = f.objectNode();
        if (raw == String.class) {
            o.put("type", "string");
            Text t = c == null ? null : c.getAnnotation(Text.class);
            if (t != null) {
                if (t.minLength() > 0) {
                    o.put("minLength", t.minLength());
                }
                o.put("maxLength", t.maxLength());
                if (!t.pattern().isEmpty()) {
                    o.put("pattern", "^(" + t.pattern() + ")$");
                    o.put("description", t.describe());
                }
            }
        } else if (raw == Integer.class || raw == Long.class) {
            o.put("type", "integer");
            range(o, c);
        } else if (raw == Double.class) {
            o.put("type", "number");
            range(o, c);
        } else if (raw == Boolean.class) {
            o.put("type", "boolean");
        } else if (raw.isEnum()) {
            ArrayNode e = o.putArray("enum");
            for (Object k : raw.getEnumConstants()) {
                e.add(EnumNames.toJson((Enum<?>) k));
            }
        } else if (raw == java.util.List.class) {
            o.put("type", "array");
            o.set("items", value(((ParameterizedType) type).getActualTypeArguments()[0], null));
        } else {
            return ref(raw);
        }
        return o;
    }

    private static void range(ObjectNode o, RecordComponent c) {
        Range r = c == null ? null : c.getAnnotation(Range.class);
        if (r == null) {
            return;
        }
        if (Double.isFinite(r.min())) {
            o.put(r.minExclusive() ? "exclusiveMinimum" : "minimum", r.min());
        }
        if (Double.isFinite(r.max())) {
            o.put(r.maxExclusive() ? "exclusiveMaximum" : "maximum", r.max());
        }
        if (!r.unit().isEmpty()) {
            o.put("description", "unit: " + r.unit() + (r.why().isEmpty() ? "" : "; " + r.why()));
        }
    }
}
