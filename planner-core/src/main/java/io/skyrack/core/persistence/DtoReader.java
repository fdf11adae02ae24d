package io.skyrack.core.persistence;

import com.fasterxml.jackson.databind.JsonNode;
import io.skyrack.core.validation.Finding;
import io.skyrack.core.validation.JsonPointer;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Binds a JSON tree to DTO records, collecting every problem rather than stopping at the first.
 *
 * <p>Supported field types: {@code String}, {@code Integer}, {@code Long}, {@code Double}, {@code Boolean},
 * enums (kebab-case names), {@code List<T>}, records, and sealed interfaces annotated with {@link Variants}.
 * A field whose value is unusable is reported and left {@code null}, so that binding carries on and every
 * other problem is found too; the DTO is therefore only trustworthy when no error was reported.
 */
public final class DtoReader {

    private final Function<String, int[]> locator;
    private final List<Finding> findings = new ArrayList<>();

    private DtoReader(Function<String, int[]> locator) {
        this.locator = locator;
    }

    /**
     * The binding result.
     *
     * @param value the DTO (partially filled when there are errors)
     * @param findings problems, located in the source text when the locator knows the pointer
     * @param <T> DTO type
     */
    public record Bound<T>(T value, List<Finding> findings) {

        /** @return true when any finding is an error */
        public boolean hasErrors() {
            return findings.stream().anyMatch(Finding::isError);
        }
    }

    /**
     * @param root JSON object
     * @param type DTO record class
     * @param locator source location of a pointer ({line, column}, zeros when unknown)
     * @param <T> DTO type
     * @return the DTO and findings
     */
    public static <T> Bound<T> read(JsonNode root, Class<T> type, Function<String, int[]> locator) {
        DtoReader r = new DtoReader(locator);
        Object v = r.readValue(root, type, null, "");
        return new Bound<>(type.cast(v), List.copyOf(r.findings));
    }

    private void report(String pointer, String code, String message) {
        int[] loc = locator.apply(pointer);
        findings.add(Finding.error(pointer, code, message).at(loc[0], loc[1]));
    }

    private Object readValue(JsonNode node, Type type, RecordComponent component, String ptr) {
        if (node == null || node.isNull()) {
            report(ptr, "type.null", "null is not allowed here; give a value or leave the field out if it is optional");
            return null;
        }
        Class<?> raw = rawClass(type);
        if (raw == String.class) {
            return readString(node, component, ptr);
        } else if (raw == Integer.class || raw == Long.class) {
            return readInteger(node, raw, component, ptr);
        } else if (raw == Double.class) {
            return readDouble(node, component, ptr);
        } else if (raw == Boolean.class) {
            if (!node.isBoolean()) {
                report(ptr, "type.boolean", "expected true or false, got " + describe(node));
                return null;
            }
            return node.booleanValue();
        } else if (raw.isEnum()) {
            return readEnum(node, raw, ptr);
        } else if (raw == List.class) {
            return readList(node, ((ParameterizedType) type).getActualTypeArguments()[0], ptr);
        } else if (raw.isRecord()) {
            return readRecord(node, raw, ptr, null);
        } else if (raw.isInterface() && raw.isAnnotationPresent(Variants.class)) {
            return readVariant(node, raw, ptr);
        }
        throw new IllegalStateException("unsupported DTO type " + type);
    }

    private String readString(JsonNode node, RecordComponent component, String ptr) {
        if (!node.isTextual()) {
            report(ptr, "type.string", "expected a string, got " + describe(node));
            return null;
        }
        String s = node.textValue();
        Text t = component == null ? null : component.getAnnotation(Text.class);
        if (t != null) {
            if (s.length() < t.minLength()) {
                report(ptr, "text.short", t.minLength() == 1 ? "must not be empty"
                        : "must have at least " + t.minLength() + " characters");
            } else if (s.length() > t.maxLength()) {
                report(ptr, "text.long", "has " + s.length() + " characters; at most " + t.maxLength() + " are allowed");
            } else if (!t.pattern().isEmpty() && !Pattern.matches(t.pattern(), s)) {
                report(ptr, "text.pattern", "'" + abbreviate(s) + "' is not " + t.describe());
            }
        }
        return s;
    }

    private Object readInteger(JsonNode node, Class<?> raw, RecordComponent component, String ptr) {
        if (!node.isNumber()) {
            report(ptr, "type.integer", "expected a whole number, got " + describe(node));
            return null;
        }
        if (!node.isIntegralNumber()) {
            report(ptr, "type.integer", "expected a whole number, got " + node.asText());
            return null;
        }
        boolean fits = raw == Integer.class ? node.canConvertToInt() : node.canConvertToLong();
        if (!fits) {
            report(ptr, "range.overflow", node.asText() + " is too large");
            return null;
        }
        checkRange(node.doubleValue(), component, ptr);
        return raw == Integer.class ? (Object) node.intValue() : (Object) node.longValue();
    }

    private Double readDouble(JsonNode node, RecordComponent component, String ptr) {
        if (!node.isNumber()) {
            report(ptr, "type.number", "expected a number, got " + describe(node));
            return null;
        }
        double v = node.doubleValue();
        if (!Double.isFinite(v)) {
            report(ptr, "type.finite", node.asText() + " is not a finite number");
            return null;
        }
        checkRange(v, component, ptr);
        return v;
    }

    private void checkRange(double v, RecordComponent component, String ptr) {
        Range r = component == null ? null : component.getAnnotation(Range.class);
        if (r == null) {
            return;
        }
        String unit = r.unit().isEmpty() ? "" : (r.unit().equals("°") ? "°" : " " + r.unit());
        String why = r.why().isEmpty() ? "" : " (" + r.why() + ")";
        if (r.minExclusive() ? v <= r.min() : v < r.min()) {
            String m = r.minExclusive()
                    ? Numbers.format(v) + unit + " must be greater than " + Numbers.format(r.min()) + unit
                    : Numbers.format(v) + unit + " is below the " + Numbers.format(r.min()) + unit + " minimum";
            report(ptr, "range.min", m + why);
        } else if (r.maxExclusive() ? v >= r.max() : v > r.max()) {
            String m = r.maxExclusive()
                    ? Numbers.format(v) + unit + " must be less than " + Numbers.format(r.max()) + unit
                    : Numbers.format(v) + unit + " is above the " + Numbers.format(r.max()) + unit + " maximum";
            report(ptr, "range.max", m + why);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Object readEnum(JsonNode node, Class<?> raw, String ptr) {
        List<String> names = EnumNames.names((Class) raw);
        if (!node.isTextual()) {
            report(ptr, "type.enum", "expected one of " + String.join(", ", names) + ", got " + describe(node));
            return null;
        }
        Object v = EnumNames.fromJson((Class) raw, node.textValue());
        if (v == null) {
            report(ptr, "enum.unknown", "'" + abbreviate(node.textValue()) + "' is not one of "
                    + String.join(", ", names));
        }
        return v;
    }

    private List<Object> readList(JsonNode node, Type element, String ptr) {
        if (!node.isArray()) {
            report(ptr, "type.array", "expected an array ([…]), got " + describe(node));
            return null;
        }
        List<Object> out = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            out.add(readValue(node.get(i), element, null, JsonPointer.child(ptr, i)));
        }
        return out;
    }

    private Object readVariant(JsonNode node, Class<?> iface, String ptr) {
        Variants v = iface.getAnnotation(Variants.class);
        if (!node.isObject()) {
            report(ptr, "type.object", "expected an object ({…}), got " + describe(node));
            return null;
        }
        JsonNode t = node.get("type");
        String allowed = String.join(", ", v.names());
        if (t == null) {
            report(ptr, "field.missing", "missing required field 'type' (one of " + allowed + ")");
            return null;
        }
        String tp = JsonPointer.child(ptr, "type");
        if (!t.isTextual()) {
            report(tp, "type.string", "expected one of " + allowed + ", got " + describe(t));
            return null;
        }
        for (int i = 0; i < v.names().length; i++) {
            if (v.names()[i].equals(t.textValue())) {
                return readRecord(node, v.types()[i], ptr, "type");
            }
        }
        report(tp, "enum.unknown", "'" + abbreviate(t.textValue()) + "' is not one of " + allowed);
        return null;
    }

    private Object readRecord(JsonNode node, Class<?> type, String ptr, String discriminator) {
        if (!node.isObject()) {
            report(ptr, "type.object", "expected an object ({…}), got " + describe(node));
            return null;
        }
        RecordComponent[] comps = type.getRecordComponents();
        Set<String> known = new HashSet<>();
        Object[] args = new Object[comps.length];
        Class<?>[] types = new Class<?>[comps.length];
        for (int i = 0; i < comps.length; i++) {
            RecordComponent c = comps[i];
            types[i] = c.getType();
            known.add(c.getName());
            JsonNode child = node.get(c.getName());
            String cp = JsonPointer.child(ptr, c.getName());
            if (child == null) {
                if (!c.isAnnotationPresent(Opt.class)) {
                    report(ptr, "field.missing", "missing required field '" + c.getName() + "'");
                }
                continue;
            }
            args[i] = readValue(child, c.getGenericType(), c, cp);
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!known.contains(f) && !f.equals(discriminator)) {
                report(JsonPointer.child(ptr, f), "field.unknown", "unknown field '" + abbreviate(f)
                        + "'; allowed here: " + String.join(", ", known));
            }
        }
        try {
            Constructor<?> ctor = type.getDeclaredConstructor(types);
            return ctor.newInstance(args);
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException
                 | InvocationTargetException e) {
            throw new IllegalStateException("cannot build DTO " + type.getName(), e);
        }
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        throw new IllegalStateException("unsupported DTO type " + type);
    }

    private static String describe(JsonNode node) {
        if (node.isTextual()) {
            return "the string \"" + abbreviate(node.textValue()) + "\"";
        } else if (node.isNumber()) {
            return "the number " + node.asText();
        } else if (node.isBoolean()) {
            return node.asText();
        } else if (node.isArray()) {
            return "an array";
        } else if (node.isObject()) {
            return "an object";
        }
        return "null";
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "…";
    }
}
