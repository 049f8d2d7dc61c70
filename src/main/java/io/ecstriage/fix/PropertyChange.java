package io.ecstriage.fix;

/**
 * What a step changes on one resource, in CloudFormation's terms: the physical id (to find the stack's logical
 * resource), the container it concerns inside a task definition (or null), the property path (`Image`,
 * `HealthCheckPath`), the value the evidence shows now (to find a stack parameter that feeds it) and the new value.
 */
public record PropertyChange(String physicalId, String container, String property, String oldValue, String newValue) {}
