package io.ecstriage.model;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One resource a stack's latest update changed, from `describe-stack-events`: its properties in that update (the
 * failed attempt's, when it rolled back) against the same logical id's properties before it (the rollback's
 * UPDATE_IN_PROGRESS event, else the previous operation's last event that carries them). `properties` is empty when
 * either side is not in the events read; `unknownBecause` then says which. `currentParameters` are the stack's
 * parameters as describe-stacks shows them now: the previous values are not recorded anywhere once an update ran.
 */
public record StackChange(String region, String stackName, String stackId, Instant operationStart, String stackStatus,
                          String logicalId, String resourceType, String physicalId, Kind kind, List<Property> properties,
                          String unknownBecause, Map<String, String> currentParameters) implements Regional {

    public enum Kind {
        MODIFIED, ADDED, REMOVED, REPLACED;

        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * One changed leaf: `path` as `ContainerDefinitions[0].Image`; `before`/`after` null when absent on that side.
     * `beforeParameter`/`afterParameter` name the current stack parameter whose value equals that side, when exactly one does.
     */
    public record Property(String path, String before, String after, String beforeParameter, String afterParameter) {
        private static final int MAX = 72;

        /** "ContainerDefinitions[0].Image: …/orders-api:v1 → …/orders-api:v2", long values shortened in the middle. */
        public String describe() {
            return path + ": " + shown(before, beforeParameter) + " → " + shown(after, afterParameter);
        }

        private static String shown(String v, String parameter) {
            if (v == null) return "(none)";
            return shorten(v) + (parameter == null ? "" : " (= parameter " + parameter + " now)");
        }

        public static String shorten(String v) {
            if (v.length() <= MAX) return v;
            return v.substring(0, 24) + "…" + v.substring(v.length() - (MAX - 25));
        }

        /** The path's names without list indexes: ContainerDefinitions, Image. */
        public List<String> names() {
            return java.util.Arrays.stream(path.split("\\.")).map(s -> s.replaceAll("\\[\\d+]", "")).toList();
        }
    }

    public StackChange {
        properties = List.copyOf(properties);
        currentParameters = Collections.unmodifiableMap(new TreeMap<>(currentParameters));
    }

    /** Some changed property path has a name starting with `name` (touches("HealthCheck") matches HealthCheckPath). */
    public boolean touches(String name) {
        return properties.stream().anyMatch(p -> p.names().stream().anyMatch(n -> n.startsWith(name)));
    }

    /** The first changed property that touches `name`, for a rule's evidence. */
    public Property touching(String name) {
        return properties.stream().filter(p -> p.names().stream().anyMatch(n -> n.startsWith(name))).findFirst().orElse(null);
    }

    /** "TaskDefinition (AWS::ECS::TaskDefinition, arn:…:task-definition/api:8) replaced". */
    public String resourceLine() {
        return logicalId + " (" + resourceType + (physicalId == null || physicalId.isBlank() ? "" : ", " + physicalId) + ") " + kind.word()
                + (unknownBecause == null ? "" : ": " + unknownBecause);
    }

    /** "stack orders-stack's update of 2026-12-04T10:02:11Z (UPDATE_ROLLBACK_COMPLETE)". */
    public String operation() {
        return "stack " + stackName + "'s update of " + operationStart + " (" + stackStatus + ")";
    }

    /** One line for a rule's evidence: the resource and the property touching `name`. */
    public String describe(String name) {
        Property p = touching(name);
        return logicalId + " " + (p == null ? kind.word() : p.describe());
    }
}
