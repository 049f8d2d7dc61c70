package io.ecstriage.ingest;

import java.time.Instant;
import java.util.List;

/** An input split into captures, with the fixture's own metadata when it was a fixture. */
public record ParsedInput(String name, String kind, String description, String region, Instant capturedAt,
                          List<Capture> captures) {

    public ParsedInput {
        captures = List.copyOf(captures);
    }
}
