package io.ecstriage.model;

/** A resource of a CloudFormation stack: the template's logical id for a physical resource. */
public record StackResource(String region, String stackName, String logicalId, String physicalId, String resourceType,
                            String status) implements Regional {}
