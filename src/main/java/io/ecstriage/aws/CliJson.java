package io.ecstriage.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.document.Document;
import software.amazon.awssdk.core.util.SdkAutoConstructList;
import software.amazon.awssdk.core.util.SdkAutoConstructMap;

/**
 * An SDK response as `aws … --output json` prints it: members under the service model's member names
 * ({@link SdkField#memberName()}: camelCase for ECS and Logs, PascalCase for EC2, ELBv2, CloudFormation),
 * unset members left out, timestamps in ISO-8601 (as botocore prints them, in UTC), blobs in base64.
 */
public final class CliJson {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC);

    private CliJson() {}

    public static ObjectNode render(SdkPojo pojo) {
        ObjectNode out = F.objectNode();
        for (SdkField<?> field : pojo.sdkFields()) {
            Object value = field.getValueOrDefault(pojo);
            if (value == null || value instanceof SdkAutoConstructList || value instanceof SdkAutoConstructMap) continue;
            JsonNode policy = value instanceof String s && POLICY_MEMBERS.contains(field.memberName()) ? policyDocument(s) : null;
            out.set(field.memberName(), policy != null ? policy : value(value));
        }
        return out;
    }

    static JsonNode value(Object v) {
        if (v == null) return F.nullNode();
        if (v instanceof SdkPojo p) return render(p);
        if (v instanceof String s) return F.textNode(s);
        if (v instanceof Boolean b) return F.booleanNode(b);
        if (v instanceof Integer i) return F.numberNode(i);
        if (v instanceof Long l) return F.numberNode(l);
        if (v instanceof Short s) return F.numberNode(s);
        if (v instanceof Double d) return F.numberNode(d);
        if (v instanceof Float f) return F.numberNode(f);
        if (v instanceof BigDecimal d) return F.numberNode(d);
        if (v instanceof Instant t) return F.textNode(timestamp(t));
        if (v instanceof SdkBytes b) return F.textNode(Base64.getEncoder().encodeToString(b.asByteArray()));
        if (v instanceof Document d) return document(d);
        if (v instanceof List<?> list) {
            ArrayNode a = F.arrayNode();
            for (Object o : list) a.add(value(o));
            return a;
        }
        if (v instanceof Map<?, ?> map) {
            ObjectNode o = F.objectNode();
            map.forEach((k, x) -> o.set(String.valueOf(k), value(x)));
            return o;
        }
        return F.textNode(String.valueOf(v));
    }

    /** IAM's policy document members, which the CLI prints as JSON. */
    private static final java.util.Set<String> POLICY_MEMBERS = java.util.Set.of("PolicyDocument", "Document", "AssumeRolePolicyDocument");

    /** IAM returns policy documents URL-encoded (emulators sometimes as plain JSON); the CLI prints them decoded, as JSON. */
    static JsonNode policyDocument(String s) {
        if (!s.startsWith("%7B") && !s.startsWith("{")) return null;
        try {
            String text = s.startsWith("%7B") ? java.net.URLDecoder.decode(s, java.nio.charset.StandardCharsets.UTF_8) : s;
            JsonNode doc = new io.ecstriage.json.JsonTrees().read(text);
            return doc != null && doc.isObject() ? doc : null;
        } catch (java.io.IOException | IllegalArgumentException e) {
            return null;
        }
    }

    /** botocore's datetime.isoformat(): microseconds only when there are any, and an offset. */
    public static String timestamp(Instant t) {
        int micros = t.getNano() / 1000;
        return SECONDS.format(t) + (micros == 0 ? "" : String.format(".%06d", micros)) + "+00:00";
    }

    private static JsonNode document(Document d) {
        if (d.isNull()) return F.nullNode();
        if (d.isString()) return F.textNode(d.asString());
        if (d.isBoolean()) return F.booleanNode(d.asBoolean());
        if (d.isNumber()) return F.numberNode(d.asNumber().bigDecimalValue());
        if (d.isList()) {
            ArrayNode a = F.arrayNode();
            d.asList().forEach(x -> a.add(document(x)));
            return a;
        }
        ObjectNode o = F.objectNode();
        d.asMap().forEach((k, x) -> o.set(k, document(x)));
        return o;
    }
}
