package io.ecstriage.ingest;

import com.fasterxml.jackson.databind.JsonNode;

/** One recorded thing: an aws CLI output (with its command line) or a text, as in the fixture format. */
public record Capture(String source, String command, String region, JsonNode output, String text) {}
