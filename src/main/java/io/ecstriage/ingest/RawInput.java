package io.ecstriage.ingest;

/** The text of one input, with the name to show in messages (a path or "stdin"). */
public record RawInput(String name, String text) {}
