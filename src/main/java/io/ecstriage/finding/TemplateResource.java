package io.ecstriage.finding;

/** The logical resource of a CloudFormation stack behind a physical resource a fix touches. */
public record TemplateResource(String stackName, String logicalId, String resourceType, String physicalId) {}
