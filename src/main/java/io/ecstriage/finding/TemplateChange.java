package io.ecstriage.finding;

/**
 * A fix in the stack's own terms: set `property` (a path inside logical resource `logicalId`, such as
 * `ContainerDefinitions[0].Image`) to `value`, or the stack parameter that feeds it when one holds today's value.
 */
public record TemplateChange(String stackName, String logicalId, String resourceType, String property, String value, String parameter) {

    /** "TaskDefinition.ContainerDefinitions[0].Image". */
    public String path() {
        return logicalId + "." + property;
    }

    /** What to change, in one sentence. */
    public String advice() {
        String what = parameter != null ? "parameter " + parameter + " (it feeds " + path() + ")" : path();
        return "in stack " + stackName + " set " + what + " to " + value + " and update the stack";
    }
}
