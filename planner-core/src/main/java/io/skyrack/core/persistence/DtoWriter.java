package io.skyrack.core.persistence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.List;

/**
 * Turns DTO records into a Jackson tree: fields in declaration order, {@code null} fields left out, a
 * {@code type} property first for {@link Variants} records, and whole numbers without a fraction.
 */
public final class DtoWriter {

    private DtoWriter() {
    }

    /**
     * @param dto DTO record
     * @return the JSON tree
     */
    public static JsonNode write(Object dto) {
        return value(dto);
    }

    private static JsonNode value(Object v) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (v instanceof String s) {
            return f.textNode(s);
        } else if (v instanceof Integer i) {
            return f.numberNode(i);
        } else if (v instanceof Long l) {
            return f.numberNode(l);
        } else if (v instanceof Double d) {
            if (d == Math.rint(d) && Math.abs(d) < 1e15 && !(d == 0.0 && 1 / d < 0)) {
                return f.numberNode(d.longValue());
            }
            return f.numberNode(d);
        } else if (v instanceof Boolean b) {
            return f.booleanNode(b);
        } else if (v instanceof Enum<?> e) {
            return f.textNode(EnumNames.toJson(e));
        } else if (v instanceof List<?> list) {
            ArrayNode arr = f.arrayNode();
            for (Object o : list) {
                arr.add(value(o));
            }
            return arr;
        } else if (v != null && v.getClass().isRecord()) {
            return record(v);
        }
        throw new IllegalStateException("unsupported DTO value " + v);
    }

    private static ObjectNode record(Object dto) {
        ObjectNode obj = JsonNodeFactory.instance.objectNode();
        for (Class<?> iface : dto.getClass().getInterfaces()) {
            Variants v = iface.getAnnotation(Variants.class);
            if (v != null) {
                for (int i = 0; i < v.types().length; i++) {
                    if (v.types()[i] == dto.getClass()) {
                        obj.put("type", v.names()[i]);
                    }
                }
            }
        }
        for (RecordComponent c : dto.getClass().getRecordComponents()) {
            try {
                Object field = c.getAccessor().invoke(dto);
                if (field != null) {
                    obj.set(c.getName(), value(field));
                }
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read DTO " + dto.getClass().getName(), e);
            }
        }
        return obj;
    }
}
