package io.ecstriage.model;

/** A CloudWatch log group that exists. */
public record LogGroup(String region, String name, String arn) implements Regional {}
