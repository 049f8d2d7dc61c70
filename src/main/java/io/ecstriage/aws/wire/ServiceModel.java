package io.ecstriage.aws.wire;

import com.fasterxml.jackson.databind.JsonNode;
import io.ecstriage.json.SmallJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One AWS service's trimmed botocore model (models/&lt;service&gt;.json, written by scripts/trim-aws-models.py):
 * its protocol, the operations we call with their input and output shapes, their paginators, and only the shapes
 * those reach. Loaded on first use of the service; the models are read-only data, so one copy serves every caller.
 */
public final class ServiceModel {
    private static final Map<String, ServiceModel> LOADED = new ConcurrentHashMap<>();

    /** How a shape line of the trimmed models begins and the section ends (scripts/trim-aws-models.py: one line per shape). */
    private static final String SHAPES = "\n \"shapes\":{\n";
    private static final String END = "\n }\n}";

    private final String service;
    /** Everything but the shapes: metadata, operations, paginators. */
    private final JsonNode model;
    /** Each shape's JSON text, parsed on first use: a request needs none, an answer only those its output reaches. */
    private final Map<String, String> shapeTexts;
    private final Map<String, JsonNode> shapes = new ConcurrentHashMap<>();

    private ServiceModel(String service, JsonNode model, Map<String, String> shapeTexts) {
        this.service = service;
        this.model = model;
        this.shapeTexts = shapeTexts;
    }

    /** The model of an aws CLI service name (`ecs`, `elbv2`, `logs`…). */
    public static ServiceModel of(String service) {
        return LOADED.computeIfAbsent(service, ServiceModel::load);
    }

    /**
     * Loads these services' models on a background thread, so that the first call of each, when its inputs arrive,
     * does not parse its model first; a caller that needs one still loading waits for that load instead of repeating it.
     */
    public static void preload(java.util.List<String> services) {
        Thread t = new Thread(() -> services.forEach(ServiceModel::of), "wire-models");
        t.setDaemon(true);
        t.start();
    }

    private static ServiceModel load(String service) {
        try (InputStream in = ServiceModel.class.getResourceAsStream("models/" + service + ".json")) {
            if (in == null) throw new IllegalArgumentException("no wire model for service " + service + " (see scripts/trim-aws-models.py)");
            return parse(service, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the wire model of " + service, e);
        }
    }

    /** A model's text: the part before the shapes parsed now, each shape line kept as text; any other layout parsed whole. */
    static ServiceModel parse(String service, String text) {
        int start = text.indexOf(SHAPES);
        int end = text.lastIndexOf(END);
        if (start < 0 || end < start || !text.substring(end + END.length()).isBlank()) return parsedWhole(service, text);
        Map<String, String> texts = new java.util.HashMap<>();
        for (String line : text.substring(start + SHAPES.length(), end).split("\n")) {
            String l = line.strip();
            if (l.endsWith(",")) l = l.substring(0, l.length() - 1);
            int colon = l.indexOf("\":");
            if (!l.startsWith("\"") || colon < 0) return parsedWhole(service, text);
            texts.put(l.substring(1, colon), l.substring(colon + 2));
        }
        String head = text.substring(0, start).stripTrailing();
        if (head.endsWith(",")) head = head.substring(0, head.length() - 1);
        return new ServiceModel(service, tree(head + "\n}"), texts);
    }

    private static ServiceModel parsedWhole(String service, String text) {
        JsonNode whole = tree(text);
        Map<String, String> texts = new java.util.HashMap<>();
        whole.path("shapes").fields().forEachRemaining(e -> texts.put(e.getKey(), e.getValue().toString()));
        return new ServiceModel(service, whole, texts);
    }

    private static JsonNode tree(String json) {
        try {
            return SmallJson.read(json);
        } catch (IOException e) {
            throw new UncheckedIOException("a wire model is not JSON", e);
        }
    }

    /** The names of the model's shapes. */
    java.util.Set<String> shapeNames() {
        return java.util.Collections.unmodifiableSet(shapeTexts.keySet());
    }

    public String service() {
        return service;
    }

    /** botocore's protocol: `ec2`, `query`, `json` or `rest-json`. */
    public String protocol() {
        return metadata("protocol");
    }

    public String apiVersion() {
        return metadata("apiVersion");
    }

    /** The JSON protocol's X-Amz-Target prefix (`AmazonEC2ContainerServiceV20141113`); null for the others. */
    public String targetPrefix() {
        return metadata("targetPrefix");
    }

    /** The JSON protocol's version (`1.1`: Content-Type application/x-amz-json-1.1); null for the others. */
    public String jsonVersion() {
        return metadata("jsonVersion");
    }

    /** The SigV4 service name (`elasticloadbalancing` for elbv2). */
    public String signingName() {
        String name = metadata("signingName");
        return name != null ? name : metadata("endpointPrefix");
    }

    /** The service's host prefix (`api.ecr` for ECR: api.ecr.REGION.amazonaws.com). */
    public String endpointPrefix() {
        return metadata("endpointPrefix");
    }

    /** The one host of a global service (`iam.amazonaws.com`), signed for us-east-1; null for regional services. */
    public String globalEndpoint() {
        return metadata("globalEndpoint");
    }

    /** The API name of an operation given by its API (`DescribeSubnets`) or CLI (`describe-subnets`) name. */
    public String operationName(String operation) {
        JsonNode ops = model.path("operations");
        if (ops.has(operation)) return operation;
        for (Iterator<Map.Entry<String, JsonNode>> it = ops.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> op = it.next();
            if (op.getValue().path("cli").asText().equals(operation)) return op.getKey();
        }
        throw new IllegalArgumentException(service + " " + operation + " is not in the wire model (add it to scripts/trim-aws-models.py)");
    }

    /** The operation's entry: input, output, resultWrapper (query), http method and requestUri (rest-json). */
    JsonNode operation(String operation) {
        return model.path("operations").path(operationName(operation));
    }

    /** The REST method and URI template (`GET`, `/apps/{appId}`) of a rest-json operation; null for the other protocols. */
    public Http http(String operation) {
        JsonNode http = operation(operation).path("http");
        return http.isMissingNode() ? null : new Http(http.path("method").asText(), http.path("requestUri").asText());
    }

    public record Http(String method, String requestUri) {}

    JsonNode paginator(String operation) {
        return model.path("paginators").path(operationName(operation));
    }

    JsonNode shape(String name) {
        JsonNode shape = shapes.get(name);
        if (shape != null) return shape;
        String text = shapeTexts.get(name);
        if (text == null) throw new IllegalStateException(service + " model has no shape " + name);
        return shapes.computeIfAbsent(name, n -> tree(text));
    }

    private String metadata(String key) {
        JsonNode v = model.path("metadata").path(key);
        return v.isTextual() ? v.asText() : null;
    }
}
