package io.ecstriage.finding;

/**
 * A task stop that is normal operation (scale-in, a deployment replacing the task, Spot interruption, Fargate
 * maintenance, a stop asked for): why it stopped, shown to the user, never a failure symptom. `subject` is the
 * task id, or "pasted text"; `service` and `stopCode` are null when unknown.
 */
public record BenignStop(String subject, String service, String stopCode, String kind, String reason) {}
