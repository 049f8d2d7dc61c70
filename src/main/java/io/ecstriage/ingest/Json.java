package io.ecstriage.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Null-tolerant readers for CLI JSON: fields may be missing, null or of an older type. */
public final class Json {
    private Json() {}

    public static String text(JsonNode n, String field) {
        JsonNode v = n == null ? null : n.get(field);
        return v == null || v.isNull() || v.isContainerNode() ? null : v.asText();
    }

    public static Integer integer(JsonNode n, String field) {
        JsonNode v = n == null ? null : n.get(field);
        if (v == null || v.isNull()) return null;
        if (v.isNumber()) return v.asInt();
        try {
            return Integer.valueOf(v.asText().trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public static int integer(JsonNode n, String field, int fallback) {
        Integer v = integer(n, field);
        return v == null ? fallback : v;
    }

    public static Boolean bool(JsonNode n, String field) {
        JsonNode v = n == null ? null : n.get(field);
        if (v == null || v.isNull()) return null;
        return v.isBoolean() ? v.asBoolean() : Boolean.valueOf(v.asText());
    }

    public static List<String> strings(JsonNode n, String field) {
        List<String> out = new ArrayList<>();
        JsonNode v = n == null ? null : n.get(field);
        if (v != null && v.isArray()) v.forEach(e -> { if (!e.isNull() && !e.isContainerNode()) out.add(e.asText()); });
        return out;
    }

    public static Iterable<JsonNode> array(JsonNode n, String field) {
        JsonNode v = n == null ? null : n.get(field);
        return v != null && v.isArray() ? v : List.of();
    }

    /** [{"name": k, "value": v}] (ECS) or {k: v} (Amplify) into a map; keyName/valueName say which. */
    public static Map<String, String> pairs(JsonNode n, String field, String keyName, String valueName) {
        Map<String, String> out = new LinkedHashMap<>();
        JsonNode v = n == null ? null : n.get(field);
        if (v == null) return out;
        if (v.isArray()) {
            for (JsonNode e : v) {
                String k = text(e, keyName);
                if (k != null) out.put(k, text(e, valueName) == null ? "" : text(e, valueName));
            }
        } else if (v.isObject()) {
            v.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().isNull() ? "" : e.getValue().asText()));
        }
        return out;
    }
}
