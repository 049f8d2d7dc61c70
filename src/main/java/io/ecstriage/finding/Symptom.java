package io.ecstriage.finding;

import java.time.Instant;

/** Something visibly wrong (a stopped task, an unhealthy target, a failed deployment) that a cause explains. */
public record Symptom(String id, String kind, String summary, Instant at) {}
