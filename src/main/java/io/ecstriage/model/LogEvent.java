package io.ecstriage.model;

import java.time.Instant;

/** A log line from get-log-events / filter-log-events. */
public record LogEvent(String region, String logGroup, String logStream, Instant timestamp, String message) implements Regional {}
