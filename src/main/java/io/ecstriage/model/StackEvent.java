package io.ecstriage.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A CloudFormation stack event; `properties` is the parsed ResourceProperties string. */
public record StackEvent(String region, String stackName, String logicalId, String physicalId, String resourceType,
                         Instant timestamp, String status, String reason, Map<String, Object> properties) implements Regional {

    public StackEvent {
        properties = properties == null ? Map.of() : Map.copyOf(properties);
    }

    public boolean failed() {
        return status != null && status.endsWith("_FAILED");
    }

    /** A property holding a list of strings ("Subnets"), or an empty list. */
    public List<String> stringList(String key) {
        Object v = properties.get(key);
        if (v instanceof List<?> l) return l.stream().map(String::valueOf).toList();
        return List.of();
    }
}
