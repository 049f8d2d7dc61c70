package io.ecstriage.aws.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ecstriage.json.SmallJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A successful response body as `aws SERVICE OPERATION --output json` prints it (what aws/CliJson makes of the
 * SDK's response today): the operation's output shape under botocore's member names, unset members left out,
 * timestamps in ISO-8601, blobs in base64, IAM policy documents as JSON, members the model does not know and the
 * response wrapper (`DescribeSubnetsResult`, `ResponseMetadata`, `requestId`) dropped. Driven by the trimmed
 * models (ServiceModel): EC2 and query XML, JSON 1.1 and REST-JSON bodies.
 */
public final class CliResponses {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private CliResponses() {}

    /** @param operation the API (`DescribeSubnets`) or CLI (`describe-subnets`) name */
    public static ObjectNode decode(String service, String operation, byte[] body) {
        ServiceModel model = ServiceModel.of(service);
        JsonNode op = model.operation(operation);
        String output = op.path("output").asText(null);
        if (output == null) return F.objectNode();
        String text = new String(body, StandardCharsets.UTF_8);
        return switch (model.protocol()) {
            case "json", "rest-json" -> (ObjectNode) new Decoder(model, true).json(output, exactTree(text));
            case "ec2" -> (ObjectNode) new Decoder(model, false).xml(output, root(text));
            case "query" -> {
                XmlTree result = root(text).child(op.path("resultWrapper").asText());
                yield result == null ? F.objectNode() : (ObjectNode) new Decoder(model, false).xml(output, result);
            }
            default -> throw new IllegalStateException("unsupported protocol " + model.protocol() + " of " + service);
        };
    }

    private static XmlTree root(String text) {
        XmlTree root = XmlTree.parse(text);
        if (root == null) throw new IllegalArgumentException("not an XML response: " + abbreviate(text));
        return root;
    }

    /**
     * The body as a tree whose numbers are text nodes of their exact digits (an epoch-seconds timestamp read as a
     * double could lose its millisecond); the decoder reads every scalar as text.
     */
    private static JsonNode exactTree(String text) {
        if (text.isBlank()) return F.objectNode();
        try {
            JsonNode tree = SmallJson.read(text, true);
            if (tree == null || !tree.isObject()) throw new IllegalArgumentException("not a JSON object response: " + abbreviate(text));
            return tree;
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable JSON response: " + abbreviate(text), e);
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }

    /** Walks one output shape over the wire's tree (JSON) or elements (XML). */
    private record Decoder(ServiceModel model, boolean jsonWire) {

        JsonNode json(String shapeName, JsonNode node) {
            if (node.isNull()) return F.nullNode();
            JsonNode shape = model.shape(shapeName);
            String type = shape.path("type").asText();
            switch (type) {
                case "structure" -> {
                    ObjectNode out = F.objectNode();
                    for (Iterator<Map.Entry<String, JsonNode>> it = shape.path("members").fields(); it.hasNext(); ) {
                        Map.Entry<String, JsonNode> m = it.next();
                        JsonNode ref = m.getValue();
                        if (ref.has("location")) continue; // bound to a header or the URI, not the body
                        JsonNode v = node.get(ref.path("locationName").asText(m.getKey()));
                        if (v == null || v.isNull()) continue;
                        put(out, m.getKey(), json(ref.path("shape").asText(), v));
                    }
                    return out;
                }
                case "list" -> {
                    ArrayNode out = F.arrayNode();
                    String member = shape.path("member").path("shape").asText();
                    node.forEach(e -> out.add(json(member, e)));
                    return out;
                }
                case "map" -> {
                    ObjectNode out = F.objectNode();
                    String value = shape.path("value").path("shape").asText();
                    node.fields().forEachRemaining(e -> out.set(e.getKey(), json(value, e.getValue())));
                    return out;
                }
                default -> {
                    return CliScalars.value(type, shape.path("timestampFormat").asText(null), node.asText(), true);
                }
            }
        }

        JsonNode xml(String shapeName, XmlTree element) {
            JsonNode shape = model.shape(shapeName);
            String type = shape.path("type").asText();
            switch (type) {
                case "structure" -> {
                    ObjectNode out = F.objectNode();
                    for (Iterator<Map.Entry<String, JsonNode>> it = shape.path("members").fields(); it.hasNext(); ) {
                        Map.Entry<String, JsonNode> m = it.next();
                        JsonNode ref = m.getValue();
                        if (ref.has("location")) continue;
                        JsonNode memberShape = model.shape(ref.path("shape").asText());
                        if (flattened(ref, memberShape)) {
                            List<XmlTree> items = element.all(flattenedName(m.getKey(), ref, memberShape));
                            if (!items.isEmpty()) put(out, m.getKey(), flattenedValue(ref.path("shape").asText(), memberShape, items));
                            continue;
                        }
                        XmlTree child = element.child(ref.path("locationName").asText(m.getKey()));
                        if (child != null) put(out, m.getKey(), xml(ref.path("shape").asText(), child));
                    }
                    return out;
                }
                case "list" -> {
                    ArrayNode out = F.arrayNode();
                    JsonNode member = shape.path("member");
                    for (XmlTree item : element.all(member.path("locationName").asText("member"))) out.add(xml(member.path("shape").asText(), item));
                    return out;
                }
                case "map" -> {
                    return entries(shape, element.all("entry"));
                }
                default -> {
                    return CliScalars.value(type, shape.path("timestampFormat").asText(null), element.text(), false);
                }
            }
        }

        private JsonNode flattenedValue(String shapeName, JsonNode shape, List<XmlTree> items) {
            if (shape.path("type").asText().equals("map")) return entries(shape, items);
            ArrayNode out = F.arrayNode();
            String member = shape.path("member").path("shape").asText();
            for (XmlTree item : items) out.add(xml(member, item));
            return out;
        }

        private ObjectNode entries(JsonNode shape, List<XmlTree> entries) {
            // in a HashMap's order, not the document's: the SDK's XML unmarshaller collects maps in one, and CliJson prints its order
            Map<String, JsonNode> map = new HashMap<>();
            String keyName = shape.path("key").path("locationName").asText("key");
            String valueName = shape.path("value").path("locationName").asText("value");
            for (XmlTree entry : entries) {
                XmlTree key = entry.child(keyName);
                XmlTree value = entry.child(valueName);
                if (key != null) map.put(key.text(), value == null ? F.nullNode() : xml(shape.path("value").path("shape").asText(), value));
            }
            ObjectNode out = F.objectNode();
            map.forEach(out::set);
            return out;
        }

        private static boolean flattened(JsonNode ref, JsonNode shape) {
            String type = shape.path("type").asText();
            return (type.equals("list") || type.equals("map")) && (ref.path("flattened").asBoolean() || shape.path("flattened").asBoolean());
        }

        /** botocore's rule: a flattened list whose member has a locationName repeats under that name. */
        private static String flattenedName(String member, JsonNode ref, JsonNode shape) {
            String itemName = shape.path("member").path("locationName").asText(null);
            return itemName != null ? itemName : ref.path("locationName").asText(member);
        }

        private static void put(ObjectNode out, String member, JsonNode value) {
            JsonNode policy = value.isTextual() && CliScalars.POLICY_MEMBERS.contains(member) ? CliScalars.policyDocument(value.asText()) : null;
            out.set(member, policy != null ? policy : value);
        }
    }
}
