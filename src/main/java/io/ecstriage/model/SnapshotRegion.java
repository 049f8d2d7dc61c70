package io.ecstriage.model;

/** The region the deployment runs in (the fixture's, or --region), as a fact for text-only rules. */
public record SnapshotRegion(String region) implements Regional {}
