package io.ecstriage.model;

/**
 * A task RunTask or StartTask did not place: one of its `failures[]` (RESOURCE:MEMORY, RESOURCE:ENI, AGENT, ATTRIBUTE…)
 * with the resource it names (a container instance, a cluster). A failure whatever its reason, so a symptom even when no
 * rule knows the reason; `text` reads as a paste of the failure would ("RESOURCE:ENI (arn:…)").
 */
public record PlacementFailure(String region, String command, String arn, String reason, String text) implements Regional {}
