package io.ecstriage.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Timestamps as the CLI prints them: ISO-8601 with or without offset, epoch seconds (ECS) or millis (logs). */
public final class Times {
    private Times() {}

    public static Instant instant(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) return null;
        if (node.isNumber()) return epoch(node.asDouble());
        String s = node.asText().trim();
        if (s.isEmpty()) return null;
        if (isDecimal(s)) return epoch(Double.parseDouble(s));
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(s.endsWith("Z") ? s : s + "Z");
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    /** Whether `s` matches -?\d+(\.\d+)? (ASCII digits), without compiling a regex for every timestamp read. */
    static boolean isDecimal(String s) {
        int i = s.startsWith("-") ? 1 : 0;
        int digits = i;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') i++;
        if (i == digits) return false;
        if (i == s.length()) return true;
        if (s.charAt(i) != '.') return false;
        int fraction = ++i;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') i++;
        return i > fraction && i == s.length();
    }

    private static Instant epoch(double v) {
        // epoch milliseconds (CloudWatch Logs) are above 1e11; epoch seconds (ECS, older CLI) are below
        if (Math.abs(v) > 1e11) return Instant.ofEpochMilli((long) v);
        long seconds = (long) Math.floor(v);
        return Instant.ofEpochSecond(seconds, Math.round((v - seconds) * 1e9));
    }
}
