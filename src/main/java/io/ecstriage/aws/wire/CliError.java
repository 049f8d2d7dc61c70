package io.ecstriage.aws.wire;

/** An AWS error answer: its code (`ClusterNotFoundException`, `InvalidGroup.NotFound`) and message, as the CLI prints them. */
public record CliError(String code, String message) {}
