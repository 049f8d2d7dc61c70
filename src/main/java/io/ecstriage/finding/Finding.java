package io.ecstriage.finding;

import java.time.Instant;
import java.util.List;

/**
 * A ranked root cause with its evidence, the symptoms it explains and its fix. `severity` is the rule's, or LOW when
 * the finding was demoted to an advisory (`advisory` says why); `effects` are the findings it explains, folded under it.
 */
public record Finding(int rank, RuleMeta rule, double confidence, List<String> resources, List<Evidence> evidence,
                      Fix fix, List<Symptom> explains, List<MissingEvidence> missingEvidence, Instant latest,
                      Severity severity, String advisory, List<Effect> effects) {

    /** A finding this one explains: the effect's rule, title and severity, and the value of the cause its evidence quotes. */
    public record Effect(String ruleId, String title, Severity severity, String via) {}

    public Finding {
        resources = List.copyOf(resources);
        evidence = List.copyOf(evidence);
        explains = List.copyOf(explains);
        missingEvidence = List.copyOf(missingEvidence);
        severity = severity == null ? rule.severity() : severity;
        effects = effects == null ? List.of() : List.copyOf(effects);
    }

    public Finding(int rank, RuleMeta rule, double confidence, List<String> resources, List<Evidence> evidence,
                   Fix fix, List<Symptom> explains, List<MissingEvidence> missingEvidence, Instant latest) {
        this(rank, rule, confidence, resources, evidence, fix, explains, missingEvidence, latest, null, null, List.of());
    }

    public String ruleId() {
        return rule.id();
    }

    public double score() {
        return confidence * severity.weight();
    }

    public Finding withRank(int newRank) {
        return new Finding(newRank, rule, confidence, resources, evidence, fix, explains, missingEvidence, latest, severity, advisory, effects);
    }

    /** This finding also explaining `more` (symptoms it already explains are not repeated). */
    public Finding withMoreExplained(List<Symptom> more) {
        List<Symptom> all = new java.util.ArrayList<>(explains);
        for (Symptom m : more) if (all.stream().noneMatch(e -> e.id().equals(m.id()))) all.add(m);
        return new Finding(rank, rule, confidence, resources, evidence, fix, all, missingEvidence, latest, severity, advisory, effects);
    }

    public Finding withMissingEvidence(List<MissingEvidence> checks) {
        return new Finding(rank, rule, confidence, resources, evidence, fix, explains, checks, latest, severity, advisory, effects);
    }
}
