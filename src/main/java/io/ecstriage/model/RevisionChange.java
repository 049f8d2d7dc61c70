package io.ecstriage.model;

/**
 * One field that differs between a failing service's task definition and the last revision that reached steady
 * state ("changed since last healthy"). `field` is a dotted path: image, image.tag, environment.NAME,
 * secrets.NAME, portMappings, healthCheck, cpu, memory, executionRoleArn, taskRoleArn, logConfiguration, command,
 * entryPoint, container (added or removed); `container` is null for task-level fields. `before`/`after` are null
 * when the field is absent on that side. `healthyBecause` says how the healthy revision was found.
 */
public record RevisionChange(String region, String serviceKey, String serviceName, String healthyTaskDefinitionArn,
                             String failingTaskDefinitionArn, String healthyRef, String failingRef, String healthyBecause,
                             String container, String field, String before, String after) implements Regional {

    public boolean touches(String prefix) {
        return field.equals(prefix) || field.startsWith(prefix + ".");
    }

    /** An environment variable or secret the healthy revision did not set. */
    public boolean addedVariable() {
        return before == null && (field.startsWith("environment.") || field.startsWith("secrets."));
    }

    public String variable() {
        int dot = field.indexOf('.');
        return dot < 0 ? null : field.substring(dot + 1);
    }

    /** One line: "api image.tag: 1.4 → 1.5". */
    public String describe() {
        return (container != null ? container + " " : "") + field + ": " + show(before) + " → " + show(after);
    }

    private static String show(String v) {
        return v == null ? "(none)" : v;
    }
}
