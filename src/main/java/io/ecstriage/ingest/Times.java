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
        if (s.matches("-?\\d+(\\.\\d+)?")) return epoch(Double.parseDouble(s));
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

    private static Instant epoch(double v) {
        // epoch milliseconds (CloudWatch Logs) are above 1e11; epoch seconds (ECS, older CLI) are below
        if (Math.abs(v) > 1e11) return Instant.ofEpochMilli((long) v);
        long seconds = (long) Math.floor(v);
        return Instant.ofEpochSecond(seconds, Math.round((v - seconds) * 1e9));
    }
}
