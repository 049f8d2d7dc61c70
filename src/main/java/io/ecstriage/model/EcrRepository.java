package io.ecstriage.model;

/** An ECR repository that exists in `region`. */
public record EcrRepository(String region, String registryId, String name, String uri) implements Regional {}
