package io.ecstriage.aws.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.ecstriage.json.SmallJson;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.Set;

/**
 * A scalar of a response as the CLI prints it, converted the way the SDK reads it and aws/CliJson writes it
 * (this package may not use either, so the few rules are repeated here and held equal by CliResponsesOracleTest).
 */
final class CliScalars {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    /** IAM's policy document members, which the CLI prints as JSON. */
    static final Set<String> POLICY_MEMBERS = Set.of("PolicyDocument", "Document", "AssumeRolePolicyDocument");

    private CliScalars() {}

    /** `text` (the wire's text of the value) as a JSON value of botocore type `type`. */
    static JsonNode value(String type, String timestampFormat, String text, boolean jsonWire) {
        return switch (type) {
            case "string" -> F.textNode(text);
            case "boolean" -> F.booleanNode(Boolean.parseBoolean(text));
            case "integer" -> F.numberNode(Integer.parseInt(text.trim()));
            case "long" -> F.numberNode(Long.parseLong(text.trim()));
            case "short" -> F.numberNode(Short.parseShort(text.trim()));
            case "double" -> F.numberNode(Double.parseDouble(text.trim()));
            case "float" -> F.numberNode(Float.parseFloat(text.trim()));
            case "bigdecimal" -> F.numberNode(new BigDecimal(text.trim()));
            case "timestamp" -> F.textNode(timestamp(instant(text.trim(), timestampFormat, jsonWire)));
            case "blob" -> F.textNode(Base64.getEncoder().encodeToString(Base64.getMimeDecoder().decode(text)));
            default -> throw new IllegalStateException("unexpected scalar type " + type);
        };
    }

    /**
     * Epoch seconds with a fraction, as AWS's JSON answers give them, in milliseconds (the rest cut off, as the SDK
     * does): exactly, and without BigDecimal for the plain decimals AWS writes, since that class's initialisation costs
     * about 15 ms of CPU on Java 24 and later (json/SmallJson).
     */
    static long epochMillis(String text) {
        boolean negative = text.startsWith("-");
        String unsigned = negative || text.startsWith("+") ? text.substring(1) : text;
        int dot = unsigned.indexOf('.');
        String whole = dot < 0 ? unsigned : unsigned.substring(0, dot);
        String fraction = dot < 0 ? "" : unsigned.substring(dot + 1);
        if (whole.isEmpty() || whole.length() > 15 || !allDigits(whole) || !allDigits(fraction)) {
            return new BigDecimal(text).scaleByPowerOfTen(3).longValue(); // an exponent, or no number at all (which throws)
        }
        long millis = Long.parseLong(whole) * 1000 + Long.parseLong((fraction + "000").substring(0, 3));
        return negative ? -millis : millis;
    }

    private static boolean allDigits(String s) {
        for (int k = 0; k < s.length(); k++) if (s.charAt(k) < '0' || s.charAt(k) > '9') return false;
        return true;
    }

    /** A timestamp's wire text: epoch seconds (JSON protocols' default) or ISO-8601 (XML protocols' default). */
    static Instant instant(String text, String format, boolean jsonWire) {
        String f = format != null ? format : jsonWire ? "unixTimestamp" : "iso8601";
        if (f.equals("unixTimestamp")) {
            return Instant.ofEpochMilli(epochMillis(text));
        }
        String iso = text.endsWith("+0000") ? text.substring(0, text.length() - 5) + "Z" : text;
        DateTimeParseException last = null;
        for (DateTimeFormatter formatter : Iso8601.FORMATS) {
            try {
                return formatter.parse(iso, Instant::from);
            } catch (DateTimeParseException e) {
                last = e;
            }
        }
        throw last;
    }

    /** Loaded only by XML answers: JSON ones carry epoch seconds. */
    private static final class Iso8601 {
        // the SDK's DateUtils.parseIso8601Date tries these in turn
        static final List<DateTimeFormatter> FORMATS = List.of(DateTimeFormatter.ISO_INSTANT.withZone(ZoneOffset.UTC),
                DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC), DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /** botocore's datetime.isoformat(): microseconds only when there are any, and an offset (as aws/CliJson.timestamp). */
    static String timestamp(Instant t) {
        LocalDateTime d = LocalDateTime.ofEpochSecond(t.getEpochSecond(), 0, ZoneOffset.UTC);
        StringBuilder out = new StringBuilder(32);
        if (d.getYear() > 9999) out.append('+'); // as DateTimeFormatter's yyyy
        pad(out, d.getYear(), 4).append('-');
        pad(out, d.getMonthValue(), 2).append('-');
        pad(out, d.getDayOfMonth(), 2).append('T');
        pad(out, d.getHour(), 2).append(':');
        pad(out, d.getMinute(), 2).append(':');
        pad(out, d.getSecond(), 2);
        int micros = t.getNano() / 1000;
        if (micros != 0) pad(out.append('.'), micros, 6);
        return out.append("+00:00").toString();
    }

    private static StringBuilder pad(StringBuilder out, int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) out.append('0');
        return out.append(digits);
    }

    /** IAM returns policy documents URL-encoded (emulators sometimes as plain JSON); the CLI prints them decoded; null when not a JSON object. */
    static JsonNode policyDocument(String s) {
        if (!s.startsWith("%7B") && !s.startsWith("{")) return null;
        try {
            String text = s.startsWith("%7B") ? URLDecoder.decode(s, StandardCharsets.UTF_8) : s;
            JsonNode doc = SmallJson.read(text);
            return doc != null && doc.isObject() ? doc : null;
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }
}
