package io.skyrack.core.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.Map;

/**
 * JSON text as the bundle writes it: two-space indentation, except that an object or array holding only
 * scalars goes on one line (a route, a window, a GPU), so that large tables stay readable and small. Also the
 * number and time conventions every bundle file shares.
 */
final class BundleJson {

    private BundleJson() {
    }

    /**
     * @param node a JSON tree
     * @return its text, ending in a newline
     */
    static String write(JsonNode node) {
        StringBuilder sb = new StringBuilder(1 << 12);
        write(node, sb, 0);
        sb.append('\n');
        return sb.toString();
    }

    private static void write(JsonNode node, StringBuilder sb, int depth) {
        if (node.isValueNode() || node.isNull()) {
            scalar(node, sb);
            return;
        }
        boolean object = node.isObject();
        if (node.isEmpty()) {
            sb.append(object ? "{ }" : "[ ]");
            return;
        }
        boolean flat = true;
        for (JsonNode child : node) {
            flat &= child.isValueNode() || child.isNull();
        }
        sb.append(object ? '{' : '[');
        String sep = flat ? " " : "\n" + "  ".repeat(depth + 1);
        if (object) {
            Iterator<Map.Entry<String, JsonNode>> it = node.fields();
            boolean first = true;
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                sb.append(first ? "" : ",").append(sep);
                first = false;
                string(e.getKey(), sb);
                sb.append(" : ");
                write(e.getValue(), sb, depth + 1);
            }
        } else {
            boolean first = true;
            for (JsonNode child : node) {
                sb.append(first ? "" : ",").append(sep);
                first = false;
                write(child, sb, depth + 1);
            }
        }
        sb.append(flat ? " " : "\n" + "  ".repeat(depth)).append(object ? '}' : ']');
    }

    private static void scalar(JsonNode node, StringBuilder sb) {
        if (node.isTextual()) {
            string(node.textValue(), sb);
        } else if (node.isIntegralNumber()) {
            sb.append(node.longValue());
        } else if (node.isNumber()) {
            double v = node.doubleValue();
            sb.append(Double.isFinite(v) ? Double.toString(v) : "null");
        } else if (node.isBoolean()) {
            sb.append(node.booleanValue());
        } else {
            sb.append("null");
        }
    }

    /** Appends a JSON string literal: quotes, backslash and control characters escaped. */
    private static void string(String s, StringBuilder sb) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }

    /**
     * @param t an instant
     * @return ISO-8601 UTC, truncated to the millisecond ({@code 2026-06-01T00:00:00Z})
     */
    static String time(Instant t) {
        return t.truncatedTo(ChronoUnit.MILLIS).toString();
    }

    /**
     * @param v a value
     * @param decimals decimals to keep
     * @return the value rounded half away from zero to that many decimals; non-finite values unchanged
     */
    static double round(double v, int decimals) {
        if (!Double.isFinite(v)) {
            return v;
        }
        double scale = Math.pow(10, decimals);
        return Math.round(v * scale) / scale;
    }

    /**
     * Puts a rounded number, or null when it is not finite (JSON has no infinity or NaN).
     *
     * @param o object
     * @param field field name
     * @param v value
     * @param decimals decimals to keep
     */
    static void put(ObjectNode o, String field, double v, int decimals) {
        if (Double.isFinite(v)) {
            double r = round(v, decimals);
            if (r == Math.rint(r) && Math.abs(r) < 1e15) {
                o.put(field, (long) r);
            } else {
                o.put(field, r);
            }
        } else {
            o.putNull(field);
        }
    }
}
