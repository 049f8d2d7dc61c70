package io.ecstriage.ingest;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One recorded thing: an aws CLI output (with its command line), a text, or (live collection) a call that
 * could not be made, whose `error` says why and which IAM action it needed; as in the fixture format.
 */
public record Capture(String source, String command, String region, JsonNode output, String text, JsonNode error) {

    public Capture(String source, String command, String region, JsonNode output, String text) {
        this(source, command, region, output, text, null);
    }
}
