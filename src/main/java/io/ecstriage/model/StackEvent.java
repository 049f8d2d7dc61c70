package io.ecstriage.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A CloudFormation stack event; `properties` is the parsed ResourceProperties string. */
public record StackEvent(String region, String stackName, String logicalId, String physicalId, String resourceType,
                         Instant timestamp, String status, String reason, Map<String, Object> properties) implements Regional {

    public StackEvent {
        properties = properties == null ? Map.of() : Map.copyOf(properties);
    }

    public boolean failed() {
        return status != null && status.endsWith("_FAILED");
    }

    /** The stack's own event (CREATE_FAILED, ROLLBACK_IN_PROGRESS...), not one of a resource. */
    public boolean stackLevel() {
        return "AWS::CloudFormation::Stack".equals(resourceType) && logicalId != null && logicalId.equals(stackName);
    }

    /** "Resource creation cancelled": CloudFormation stopped this resource because another one failed. */
    public boolean cancelled() {
        return reason != null && reason.matches("(?i)resource (creation|update) cancelled\\.?");
    }

    /** "Embedded stack arn:...:stack/NAME/... was not successfully created: ...": a nested stack's failure seen from its parent. */
    public boolean embeddedStackFailure() {
        return failed() && "AWS::CloudFormation::Stack".equals(resourceType) && !stackLevel();
    }

    /** The name of the nested stack an AWS::CloudFormation::Stack resource event is about, from its physical id (an ARN). */
    public String nestedStackName() {
        if (!"AWS::CloudFormation::Stack".equals(resourceType) || physicalId == null) return null;
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(":stack/([^/]+)/").matcher(physicalId);
        return m.find() ? m.group(1) : null;
    }

    /** A property holding a list of strings ("Subnets"), or an empty list. */
    public List<String> stringList(String key) {
        Object v = properties.get(key);
        if (v instanceof List<?> l) return l.stream().map(String::valueOf).toList();
        return List.of();
    }

    // written out: a generated one links an ObjectMethods bootstrap at its first call in every run (RecordMethodsTest)
    @Override
    public boolean equals(Object other) {
        return other instanceof StackEvent o && Objects.equals(region, o.region)
                && Objects.equals(stackName, o.stackName)
                && Objects.equals(logicalId, o.logicalId)
                && Objects.equals(physicalId, o.physicalId)
                && Objects.equals(resourceType, o.resourceType)
                && Objects.equals(timestamp, o.timestamp)
                && Objects.equals(status, o.status)
                && Objects.equals(reason, o.reason)
                && Objects.equals(properties, o.properties);
    }

    @Override
    public int hashCode() {
        int h = Objects.hashCode(region);
        h = 31 * h + Objects.hashCode(stackName);
        h = 31 * h + Objects.hashCode(logicalId);
        h = 31 * h + Objects.hashCode(physicalId);
        h = 31 * h + Objects.hashCode(resourceType);
        h = 31 * h + Objects.hashCode(timestamp);
        h = 31 * h + Objects.hashCode(status);
        h = 31 * h + Objects.hashCode(reason);
        h = 31 * h + Objects.hashCode(properties);
        return h;
    }
}
