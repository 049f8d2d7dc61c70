package io.ecstriage.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
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
        Instant fast = isoUtc(s);
        if (fast != null) return fast;
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

    /**
     * "2026-11-20T10:00:00Z" and "2026-11-20T10:00:00.123Z", the forms the CLI prints most, read without the general
     * formatter (tens of thousands per large input); anything else, or out of range, is null and left to it.
     */
    static Instant isoUtc(String s) {
        int n = s.length();
        if (n < 20 || s.charAt(n - 1) != 'Z' || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T'
                || s.charAt(13) != ':' || s.charAt(16) != ':') return null;
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 7);
        int day = digits(s, 8, 10);
        int hour = digits(s, 11, 13);
        int minute = digits(s, 14, 16);
        int second = digits(s, 17, 19);
        int nanos = 0;
        if (n > 20) {
            int fraction = n - 21;
            if (s.charAt(19) != '.' || fraction < 1 || fraction > 9) return null;
            nanos = digits(s, 20, n - 1);
            if (nanos < 0) return null;
            for (int i = fraction; i < 9; i++) nanos *= 10;
        }
        if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59
                || second < 0 || second > 59 || day > YearMonth.of(year, month).lengthOfMonth()) return null;
        return LocalDateTime.of(year, month, day, hour, minute, second, nanos).toInstant(ZoneOffset.UTC);
    }

    /** The ASCII digits s[from, to) as a number, or -1 when one is not a digit. */
    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') return -1;
            v = v * 10 + (c - '0');
        }
        return v;
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
