package io.ecstriage.ingest;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One recorded thing: an aws CLI output (with its command line), a text, or (live collection) a call that
 * could not be made, whose `error` says why and which IAM action it needed; as in the fixture format. The
 * live collectors make these directly; a fixture file is read back into the same record.
 */
public record Capture(String source, String command, String region, JsonNode output, String text, JsonNode error) {

    public Capture(String source, String command, String region, JsonNode output, String text) {
        this(source, command, region, output, text, null);
    }

    /** The same capture named as the input it came from names it ("live stack web capture 3"). */
    public Capture withSource(String name) {
        return new Capture(name, command, region, output, text, error);
    }
}
