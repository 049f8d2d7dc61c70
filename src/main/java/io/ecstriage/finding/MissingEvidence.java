package io.ecstriage.finding;

/** Evidence that would settle a finding: the command that gets it and the IAM action it needs. */
public record MissingEvidence(String basis, String command, String iamAction, String why) {}
