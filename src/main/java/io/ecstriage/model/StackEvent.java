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
}
