package io.skyrack.core.persistence;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.skyrack.core.validation.Finding;
import io.skyrack.core.validation.JsonPointer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses JSON text into a Jackson tree strictly, remembering the line and column of every value.
 *
 * <p>Rejected: syntax errors, duplicate keys (each one reported), anything after the root value, a root
 * that is not an object, non-numeric numbers ({@code NaN}), documents over {@link #MAX_DOCUMENT_CHARS}
 * characters, nesting deeper than {@link #MAX_DEPTH}, strings longer than {@link #MAX_STRING_CHARS} and
 * numbers longer than {@link #MAX_NUMBER_CHARS} digits.
 */
public final class StrictJsonParser {

    /** Largest accepted document (characters). */
    public static final int MAX_DOCUMENT_CHARS = 64 * 1024 * 1024;
    /** Deepest accepted nesting of arrays and objects. */
    public static final int MAX_DEPTH = 32;
    /** Longest accepted string value (characters). */
    public static final int MAX_STRING_CHARS = 100_000;
    /** Longest accepted number literal (characters). */
    public static final int MAX_NUMBER_CHARS = 64;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxStringLength(MAX_STRING_CHARS)
                    .maxNumberLength(MAX_NUMBER_CHARS)
                    .build())
            .build();

    /**
     * The parse result.
     *
     * @param root the tree, or {@code null} when the text is not usable JSON
     * @param locations 1-based line and column of each value, by JSON Pointer
     * @param findings problems found; any error means {@code root} must not be trusted
     */
    public record Result(JsonNode root, Map<String, int[]> locations, List<Finding> findings) {

        /**
         * @param pointer JSON Pointer
         * @return {line, column}, or {0, 0} when unknown; the nearest known ancestor is used
         */
        public int[] locate(String pointer) {
            String p = pointer;
            while (true) {
                int[] loc = locations.get(p);
                if (loc != null) {
                    return loc;
                }
                int cut = p.lastIndexOf('/');
                if (cut < 0) {
                    return new int[] {0, 0};
                }
                p = p.substring(0, cut);
            }
        }
    }

    private final Map<String, int[]> locations = new HashMap<>();
    private final List<Finding> findings = new ArrayList<>();

    private final boolean arrayRoot;

    private StrictJsonParser(boolean arrayRoot) {
        this.arrayRoot = arrayRoot;
    }

    /**
     * @param text the JSON text
     * @return the tree, locations and findings
     */
    public static Result parse(String text) {
        return new StrictJsonParser(false).run(text);
    }

    /**
     * Parses a document whose root may also be an array, such as a list of records from another tool; the
     * same rules apply otherwise.
     *
     * @param text the JSON text
     * @return the tree, locations and findings
     */
    public static Result parseObjectOrArray(String text) {
        return new StrictJsonParser(true).run(text);
    }

    private Result run(String text) {
        if (text.length() > MAX_DOCUMENT_CHARS) {
            findings.add(Finding.error("", "json.too-large", "the document has " + text.length()
                    + " characters; the limit is " + MAX_DOCUMENT_CHARS).at(1, 1));
            return new Result(null, Map.of(), List.copyOf(findings));
        }
        JsonNode root = null;
        try (JsonParser p = FACTORY.createParser(text)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                findings.add(Finding.error("", "json.empty", "the document is empty").at(1, 1));
            } else if (first != JsonToken.START_OBJECT && !(arrayRoot && first == JsonToken.START_ARRAY)) {
                findings.add(Finding.error("", "json.root", arrayRoot
                        ? "the document must be a JSON object ({…}) or array ([…])"
                        : "the document must be a JSON object ({…})").at(line(p), column(p)));
            } else {
                root = readValue(p, "");
                JsonToken extra = p.nextToken();
                if (extra != null) {
                    findings.add(Finding.error("", "json.trailing",
                            "unexpected content after the end of the document").at(line(p), column(p)));
                }
            }
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            String msg = e.getOriginalMessage();
            int nl = msg.indexOf('\n');
            findings.add(Finding.error("", "json.syntax", "JSON syntax error: " + (nl > 0 ? msg.substring(0, nl) : msg))
                    .at(loc == null ? 0 : loc.getLineNr(), loc == null ? 0 : loc.getColumnNr()));
            root = null;
        } catch (IOException e) {
            findings.add(Finding.error("", "json.io", "could not read the text: " + e.getMessage()));
            root = null;
        }
        boolean failed = findings.stream().anyMatch(f -> f.code().startsWith("json.") && !f.code().equals("json.duplicate"));
        return new Result(failed ? null : root, Map.copyOf(locations), List.copyOf(findings));
    }

    private JsonNode readValue(JsonParser p, String pointer) throws IOException {
        locations.put(pointer, new int[] {line(p), column(p)});
        JsonToken t = p.currentToken();
        JsonNodeFactory f = JsonNodeFactory.instance;
        switch (t) {
            case START_OBJECT: {
                ObjectNode obj = f.objectNode();
                for (JsonToken k = p.nextToken(); k != JsonToken.END_OBJECT; k = p.nextToken()) {
                    String field = p.currentName();
                    String child = JsonPointer.child(pointer, field);
                    int kl = line(p);
                    int kc = column(p);
                    p.nextToken();
                    if (obj.has(field)) {
                        findings.add(Finding.error(child, "json.duplicate", "duplicate key '" + field
                                + "'; each key may appear once in an object").at(kl, kc));
                        skipValue(p);
                    } else {
                        obj.set(field, readValue(p, child));
                    }
                }
                return obj;
            }
            case START_ARRAY: {
                ArrayNode arr = f.arrayNode();
                int i = 0;
                for (JsonToken k = p.nextToken(); k != JsonToken.END_ARRAY; k = p.nextToken()) {
                    arr.add(readValue(p, JsonPointer.child(pointer, i++)));
                }
                return arr;
            }
            case VALUE_STRING:
                return f.textNode(p.getText());
            case VALUE_NUMBER_INT:
                switch (p.getNumberType()) {
                    case INT:
                        return f.numberNode(p.getIntValue());
                    case LONG:
                        return f.numberNode(p.getLongValue());
                    default:
                        return f.numberNode(p.getBigIntegerValue());
                }
            case VALUE_NUMBER_FLOAT:
                return f.numberNode(p.getDoubleValue());
            case VALUE_TRUE:
                return f.booleanNode(true);
            case VALUE_FALSE:
                return f.booleanNode(false);
            case VALUE_NULL:
                return f.nullNode();
            default:
                throw new IllegalStateException("unexpected token " + t);
        }
    }

    private static void skipValue(JsonParser p) throws IOException {
        p.skipChildren();
    }

    private static int line(JsonParser p) {
        return p.currentTokenLocation().getLineNr();
    }

    private static int column(JsonParser p) {
        return p.currentTokenLocation().getColumnNr();
    }
}
