package io.ecstriage.ingest.shapes;

import static io.ecstriage.ingest.Json.array;
import static io.ecstriage.ingest.Json.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.ecstriage.ingest.ReadContext;
import io.ecstriage.ingest.ShapeReader;
import io.ecstriage.ingest.Times;
import io.ecstriage.json.JsonTrees;
import io.ecstriage.model.Stack;
import io.ecstriage.model.StackEvent;
import io.ecstriage.model.StackResource;
import io.ecstriage.model.TextSignal;
import io.ecstriage.model.TextSignal.Origin;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** CloudFormation outputs: stack events (ResourceProperties is JSON inside a string), stacks, resources. */
public final class CloudFormationReaders {
    private CloudFormationReaders() {}

    public static List<ShapeReader> all(JsonTrees json) {
        return List.of(new Events(json), new Stacks(), new Resources());
    }

    static final class Events implements ShapeReader {
        private final JsonTrees json;

        Events(JsonTrees json) { this.json = json; }

        public String shape() { return "cloudformation describe-stack-events"; }

        public boolean accepts(JsonNode root) { return root.path("StackEvents").isArray(); }

        public void read(JsonNode root, ReadContext ctx) {
            for (JsonNode e : array(root, "StackEvents")) {
                String region = ctx.regionOf(text(e, "StackId"));
                StackEvent event = new StackEvent(region, text(e, "StackName"), text(e, "LogicalResourceId"),
                        text(e, "PhysicalResourceId"), text(e, "ResourceType"), Times.instant(e.get("Timestamp")),
                        text(e, "ResourceStatus"), text(e, "ResourceStatusReason"), properties(e.get("ResourceProperties")));
                ctx.add(event);
                if (event.failed() && event.reason() != null) {
                    ctx.add(TextSignal.of(Origin.STACK_EVENT, event.stackName() + "/" + event.logicalId(), event.reason(),
                            event.timestamp()));
                }
            }
        }

        private Map<String, Object> properties(JsonNode raw) {
            if (raw == null || raw.isNull()) return Map.of();
            try {
                JsonNode parsed = raw.isTextual() ? json.read(raw.asText()) : raw;
                if (parsed == null || !parsed.isObject()) return Map.of();
                @SuppressWarnings("unchecked")
                Map<String, Object> m = (Map<String, Object>) JsonTrees.toJava(parsed);
                m.values().removeIf(v -> v == null);
                return m;
            } catch (IOException | IllegalArgumentException e) {
                return Map.of(); // a truncated properties string is common in pastes; the event still counts
            }
        }
    }

    static final class Stacks implements ShapeReader {
        public String shape() { return "cloudformation describe-stacks"; }

        public boolean accepts(JsonNode root) { return root.path("Stacks").isArray(); }

        public void read(JsonNode root, ReadContext ctx) {
            for (JsonNode s : array(root, "Stacks")) {
                Map<String, String> params = new LinkedHashMap<>();
                for (JsonNode p : array(s, "Parameters")) {
                    if (text(p, "ParameterKey") != null) params.put(text(p, "ParameterKey"), String.valueOf(text(p, "ParameterValue")));
                }
                Map<String, String> outputs = new LinkedHashMap<>();
                for (JsonNode o : array(s, "Outputs")) {
                    if (text(o, "OutputKey") != null) outputs.put(text(o, "OutputKey"), String.valueOf(text(o, "OutputValue")));
                }
                String id = text(s, "StackId");
                ctx.add(new Stack(ctx.regionOf(id), text(s, "StackName"), id, text(s, "StackStatus"),
                        text(s, "StackStatusReason"), params, outputs));
            }
        }
    }

    static final class Resources implements ShapeReader {
        public String shape() { return "cloudformation describe-stack-resources / list-stack-resources"; }

        public boolean accepts(JsonNode root) {
            return root.path("StackResources").isArray() || root.path("StackResourceSummaries").isArray();
        }

        public void read(JsonNode root, ReadContext ctx) {
            String stackName = ctx.option("--stack-name");
            for (String field : List.of("StackResources", "StackResourceSummaries")) {
                for (JsonNode r : array(root, field)) {
                    String name = text(r, "StackName") != null ? text(r, "StackName") : stackName;
                    String region = text(r, "StackId") != null ? ctx.regionOf(text(r, "StackId")) : ctx.region();
                    ctx.add(new StackResource(region, name, text(r, "LogicalResourceId"), text(r, "PhysicalResourceId"),
                            text(r, "ResourceType"), text(r, "ResourceStatus")));
                }
            }
        }
    }
}
