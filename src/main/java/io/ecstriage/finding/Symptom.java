package io.ecstriage.finding;

import java.time.Instant;
import java.util.Objects;

/** Something visibly wrong (a stopped task, an unhealthy target, a failed deployment) that a cause explains. */
public record Symptom(String id, String kind, String summary, Instant at) {

    // written out: a large report hashes its findings' lists of symptoms, and a generated one goes through method handles
    @Override
    public boolean equals(Object other) {
        return other instanceof Symptom o && Objects.equals(id, o.id) && Objects.equals(kind, o.kind)
                && Objects.equals(summary, o.summary) && Objects.equals(at, o.at);
    }

    @Override
    public int hashCode() {
        return ((Objects.hashCode(id) * 31 + Objects.hashCode(kind)) * 31 + Objects.hashCode(summary)) * 31 + Objects.hashCode(at);
    }
}
