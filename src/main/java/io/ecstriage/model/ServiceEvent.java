package io.ecstriage.model;

import java.time.Instant;

/** One `events[]` entry of a service. */
public record ServiceEvent(String region, String serviceName, Instant createdAt, String message) implements Regional {}
