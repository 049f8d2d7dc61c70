package io.ecstriage.collect;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reading the CLI's JSON answers the collectors get: members that may be missing, lists of them, request maps. */
final class Nodes {
    private Nodes() {}

    /** A text member, or null when missing or null. */
    static String text(JsonNode node, String member) {
        JsonNode v = node == null ? null : node.get(member);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** The elements of an array member; empty when missing. */
    static List<JsonNode> list(JsonNode node, String member) {
        List<JsonNode> out = new ArrayList<>();
        JsonNode v = node == null ? null : node.get(member);
        if (v != null && v.isArray()) v.forEach(out::add);
        return out;
    }

    /** The texts of an array member of strings; empty when missing. */
    static List<String> texts(JsonNode node, String member) {
        List<String> out = new ArrayList<>();
        for (JsonNode v : list(node, member)) if (!v.isNull()) out.add(v.asText());
        return out;
    }

    /** An integer member, or null. */
    static Integer integer(JsonNode node, String member) {
        JsonNode v = node == null ? null : node.get(member);
        return v == null || !v.isNumber() ? null : v.asInt();
    }

    /** A timestamp member as the CLI prints it (ISO-8601 with an offset), or null. */
    static Instant instant(JsonNode node, String member) {
        String t = text(node, member);
        if (t == null) return null;
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Request members from name/value pairs; null values are left out (the SDK does not send unset members). */
    static Map<String, Object> params(Object... nameValue) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < nameValue.length; i += 2) if (nameValue[i + 1] != null) out.put((String) nameValue[i], nameValue[i + 1]);
        return out;
    }
}
