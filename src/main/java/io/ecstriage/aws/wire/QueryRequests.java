package io.ecstriage.aws.wire;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The form body of an EC2 or query-protocol request (`Action=DescribeSubnets&Version=2016-11-15&Filter.1.Name=…`),
 * serialised from the API's member names by the operation's input shape as botocore does: EC2 names members by
 * queryName or capitalised locationName and numbers list items directly (`Filter.1.Value.1`, `SubnetId.1`); query
 * names them by locationName and puts list items under `member` (`Names.member.1`) unless the list is flattened,
 * and sends an empty list as an empty value.
 */
public final class QueryRequests {
    private QueryRequests() {}

    /**
     * @param params the request's members by API name (`Filters`, `LoadBalancerArns`): strings, numbers, booleans,
     *               Instants; lists as {@link List}; structures and maps as {@link Map}
     */
    public static String encode(String service, String operation, Map<String, ?> params) {
        ServiceModel model = ServiceModel.of(service);
        boolean ec2 = model.protocol().equals("ec2");
        if (!ec2 && !model.protocol().equals("query")) throw new IllegalArgumentException(service + " is not a query-protocol service");
        String api = model.operationName(operation);
        List<String[]> fields = new ArrayList<>();
        fields.add(new String[] {"Action", api});
        fields.add(new String[] {"Version", model.apiVersion()});
        String input = model.operation(api).path("input").asText(null);
        if (input != null) new Encoder(model, ec2, fields).structure(model.shape(input), params, "");
        else if (!params.isEmpty()) throw new IllegalArgumentException(api + " takes no parameters: " + params.keySet());
        StringBuilder body = new StringBuilder();
        for (String[] f : fields) {
            if (body.length() > 0) body.append('&');
            body.append(percentEncode(f[0])).append('=').append(percentEncode(f[1]));
        }
        return body.toString();
    }

    private record Encoder(ServiceModel model, boolean ec2, List<String[]> fields) {

        void structure(JsonNode shape, Map<?, ?> value, String prefix) {
            Set<Object> unknown = new HashSet<>(value.keySet());
            for (Iterator<Map.Entry<String, JsonNode>> it = shape.path("members").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> m = it.next();
                unknown.remove(m.getKey());
                Object v = value.get(m.getKey());
                if (v == null) continue;
                JsonNode ref = m.getValue();
                String name = prefix + name(m.getKey(), ref);
                JsonNode memberShape = model.shape(ref.path("shape").asText());
                if (!ec2 && memberShape.path("type").asText().equals("list") && (ref.path("flattened").asBoolean() || memberShape.path("flattened").asBoolean())) {
                    String item = memberShape.path("member").path("locationName").asText(null);
                    if (item != null) name = prefix + item;
                    list(memberShape, v, name, true);
                } else {
                    value(memberShape, v, name);
                }
            }
            if (!unknown.isEmpty()) throw new IllegalArgumentException("not members of the request: " + unknown);
        }

        private String name(String member, JsonNode ref) {
            if (!ec2) return ref.path("locationName").asText(member);
            if (ref.has("queryName")) return ref.path("queryName").asText();
            String location = ref.path("locationName").asText(null);
            return location == null ? member : Character.toUpperCase(location.charAt(0)) + location.substring(1);
        }

        private void value(JsonNode shape, Object v, String name) {
            switch (shape.path("type").asText()) {
                case "structure" -> structure(shape, asMap(v, name), name + ".");
                case "list" -> list(shape, v, name, false);
                case "map" -> map(shape, asMap(v, name), name);
                case "timestamp" -> fields.add(new String[] {name, v instanceof Instant t ? t.toString() : String.valueOf(v)});
                case "blob" -> fields.add(new String[] {name, v instanceof byte[] b ? Base64.getEncoder().encodeToString(b) : String.valueOf(v)});
                default -> fields.add(new String[] {name, String.valueOf(v)});
            }
        }

        private void list(JsonNode shape, Object v, String name, boolean flattened) {
            if (!(v instanceof List<?> items)) throw new IllegalArgumentException(name + " takes a list, not " + v);
            if (items.isEmpty()) {
                if (!ec2) fields.add(new String[] {name, ""});
                return;
            }
            String prefix = ec2 || flattened ? name : name + "." + shape.path("member").path("locationName").asText("member");
            JsonNode member = model.shape(shape.path("member").path("shape").asText());
            for (int i = 0; i < items.size(); i++) value(member, items.get(i), prefix + "." + (i + 1));
        }

        private void map(JsonNode shape, Map<?, ?> entries, String name) {
            String prefix = shape.path("flattened").asBoolean() ? name : name + ".entry";
            String key = shape.path("key").path("locationName").asText("key");
            String valueName = shape.path("value").path("locationName").asText("value");
            JsonNode valueShape = model.shape(shape.path("value").path("shape").asText());
            int i = 1;
            for (Map.Entry<?, ?> e : entries.entrySet()) {
                fields.add(new String[] {prefix + "." + i + "." + key, String.valueOf(e.getKey())});
                value(valueShape, e.getValue(), prefix + "." + i + "." + valueName);
                i++;
            }
        }

        private static Map<?, ?> asMap(Object v, String name) {
            if (v instanceof Map<?, ?> m) return m;
            throw new IllegalArgumentException(name + " takes a structure or map (a java.util.Map), not " + v);
        }
    }

    /** RFC 3986: everything but unreserved characters percent-encoded, as SigV4 requires of the canonical form. */
    static String percentEncode(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.' || c == '~') out.append(c);
            else out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16))).append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
        }
        return out.toString();
    }
}
