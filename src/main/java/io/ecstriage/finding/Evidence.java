package io.ecstriage.finding;

/** One evidence line: where it comes from and the fact it quotes. */
public record Evidence(String source, String text) {}
