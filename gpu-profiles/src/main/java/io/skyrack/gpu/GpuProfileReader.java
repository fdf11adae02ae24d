package io.skyrack.gpu;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads one GPU profile file strictly and validates it, reporting every problem at once.
 *
 * <p>Reading is strict so that a typo never silently becomes a default: unknown properties,
 * duplicate keys, content after the profile object, {@code null} for a required number, a
 * fraction where an integer belongs, a number where text belongs and missing keys are all
 * rejected. Those structural errors stop the read (Jackson cannot go on past them) and give one
 * finding, with line and column. A structurally sound file is then checked by the validator,
 * which collects every engineering problem with its JSON Pointer.
 *
 * <p>Thread-safe: the underlying Jackson reader is immutable.
 */
public final class GpuProfileReader {

    private final ObjectReader reader;

    /** Creates a reader with the strict settings described above. */
    public GpuProfileReader() {
        JsonMapper mapper = JsonMapper.builder()
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .build();
        // Numbers and booleans must not turn into text either.
        for (CoercionInputShape shape : List.of(CoercionInputShape.Integer,
                CoercionInputShape.Float, CoercionInputShape.Boolean)) {
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
        }
        this.reader = mapper.readerFor(ProfileDocument.class);
    }

    /**
     * Reads and validates a profile from a file.
     *
     * @param file the profile file; its file name prefixes the findings
     * @return the profile, or the findings that prevent it
     * @throws IOException if the file cannot be read
     */
    public ReadResult read(Path file) throws IOException {
        return read(String.valueOf(file.getFileName()), Files.readAllBytes(file));
    }

    /**
     * Reads and validates a profile from JSON text.
     *
     * @param fileName name used to prefix finding messages, such as {@code my-gpu.json}
     * @param json the file content, UTF-8
     * @return the profile, or the findings that prevent it
     */
    public ReadResult read(String fileName, byte[] json) {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(json, "json");
        ProfileDocument document;
        try {
            document = reader.readValue(json);
        } catch (JacksonException e) {
            return ReadResult.failed(List.of(structuralFinding(fileName, e)));
        } catch (IOException e) {
            // Reading from a byte array performs no I/O; anything else is a Jackson defect.
            throw new IllegalStateException("unexpected I/O error reading " + fileName, e);
        }
        List<CatalogFinding> findings = new GpuProfileValidator(fileName).validate(document);
        if (!findings.isEmpty()) {
            return ReadResult.failed(findings);
        }
        return new ReadResult(Optional.of(document.toProfile()), List.of());
    }

    private static CatalogFinding structuralFinding(String fileName, JacksonException e) {
        JsonLocation location = e.getLocation();
        String where = location != null && location.getLineNr() > 0
                && location.getColumnNr() > 0
                ? "line " + location.getLineNr() + ", column " + location.getColumnNr() + ": "
                : "";
        return new CatalogFinding(pointerOf(e), fileName + ": " + where + describe(e));
    }

    /** Says what went wrong in the words of the file format, not of Jackson's classes. */
    private static String describe(JacksonException e) {
        String original = String.valueOf(e.getOriginalMessage());
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "unknown property \"" + unknown.getPropertyName() + "\"";
        }
        if (original.startsWith("Duplicate field")) {
            return original.replace("Duplicate field", "duplicate key");
        }
        if (original.startsWith("Trailing token")) {
            return "unexpected content after the profile object";
        }
        if (original.startsWith("No content to map")) {
            return "the file is empty";
        }
        if (original.contains("creator property")) {
            return "required key is missing (write null for an unpublished figure)";
        }
        if (e instanceof InvalidFormatException invalid) {
            return "expected " + expected(invalid.getTargetType()) + ", got " + invalid.getValue();
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            String got = original.contains("`null`") ? "null"
                    : original.contains("String value") ? "a string" : "another type";
            return "expected " + expected(mismatch.getTargetType()) + ", got " + got;
        }
        if (e instanceof JsonMappingException) {
            return original;
        }
        return "JSON syntax error: " + original;
    }

    private static String expected(Class<?> type) {
        if (type == int.class || type == Integer.class) {
            return "an integer";
        }
        if (type == double.class || type == Double.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (List.class.isAssignableFrom(type)) {
            return "an array";
        }
        return "an object";
    }

    /** Builds the JSON Pointer of the place the error refers to. */
    static String pointerOf(JacksonException e) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            StringBuilder pointer = new StringBuilder();
            for (JsonMappingException.Reference step : mapping.getPath()) {
                pointer.append('/');
                if (step.getFieldName() != null) {
                    pointer.append(escape(step.getFieldName()));
                } else if (step.getIndex() >= 0) {
                    pointer.append(step.getIndex());
                }
            }
            return pointer.toString();
        }
        if (e.getProcessor() instanceof JsonParser parser && parser.getParsingContext() != null) {
            JsonPointer pointer = parser.getParsingContext().pathAsPointer();
            return pointer.toString();
        }
        return "";
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    /**
     * Outcome of reading one profile file.
     *
     * @param profile the profile, present exactly when there are no findings
     * @param findings problems found, each with a JSON Pointer into the file
     */
    public record ReadResult(Optional<GpuProfile> profile, List<CatalogFinding> findings) {

        /**
         * Creates a result, copying the findings.
         *
         * @param profile the profile, present exactly when there are no findings
         * @param findings problems found, each with a JSON Pointer into the file
         * @throws NullPointerException if a component is {@code null}
         */
        public ReadResult {
            Objects.requireNonNull(profile, "profile");
            findings = List.copyOf(findings);
        }

        static ReadResult failed(List<CatalogFinding> findings) {
            return new ReadResult(Optional.empty(), findings);
        }
    }
}
