package io.ecstriage.watch;

import io.ecstriage.ingest.Capture;
import java.time.Instant;
import java.util.List;

/** What one poll read (the cheap reads, plus a full collection when it saw a new failure) and how many calls it took. */
public record Poll(Instant at, List<Capture> captures, int calls) {

    public Poll {
        captures = List.copyOf(captures);
    }

    /** A throttled read became a collection gap: the next poll waits longer. */
    public boolean throttled() {
        return captures.stream().anyMatch(c -> c.error() != null && c.error().path("code").asText("").toLowerCase(java.util.Locale.ROOT).contains("throttl"));
    }
}
