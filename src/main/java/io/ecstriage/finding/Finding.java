package io.ecstriage.finding;

import java.time.Instant;
import java.util.List;

/** A ranked root cause with its evidence, the symptoms it explains and its fix. */
public record Finding(int rank, RuleMeta rule, double confidence, List<String> resources, List<Evidence> evidence,
                      Fix fix, List<Symptom> explains, List<MissingEvidence> missingEvidence, Instant latest) {

    public Finding {
        resources = List.copyOf(resources);
        evidence = List.copyOf(evidence);
        explains = List.copyOf(explains);
        missingEvidence = List.copyOf(missingEvidence);
    }

    public String ruleId() {
        return rule.id();
    }

    public Severity severity() {
        return rule.severity();
    }

    public double score() {
        return confidence * rule.severity().weight();
    }
}
