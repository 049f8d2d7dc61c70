package io.ecstriage.report;

import io.ecstriage.finding.BenignStop;
import io.ecstriage.finding.Finding;
import io.ecstriage.finding.MissingEvidence;
import io.ecstriage.finding.Severity;
import io.ecstriage.finding.Symptom;
import io.ecstriage.finding.differential.Hypothesis;
import io.ecstriage.model.IgnoredInput;
import io.ecstriage.model.RevisionChange;
import io.ecstriage.model.StackChange;
import java.util.List;

/**
 * The result of one diagnosis, ready to render. `notChecked` holds advisories whose only basis is that their evidence
 * was not read (the task role's policies): they are not findings, the headline does not count them. `benignStops` are
 * stopped tasks whose reason is routine (a scale-in, a deployment replacing them): counted, not diagnosed. `changes` is
 * what changed since each failing service's last healthy revision; `stackChanges` what each stack's latest update changed.
 */
public record Report(String input, String description, String region, List<Finding> findings,
                     List<Symptom> unexplainedSymptoms, List<String> recognisedInputs,
                     List<IgnoredInput> ignoredInputs, List<MissingEvidence> missingEvidence,
                     List<Hypothesis> hypotheses, List<Symptom> unexplainedFailures, List<Finding> notChecked,
                     List<BenignStop> benignStops, List<RevisionChange> changes, List<StackChange> stackChanges) {

    public Report(String input, String description, String region, List<Finding> findings, List<Symptom> unexplainedSymptoms,
                  List<String> recognisedInputs, List<IgnoredInput> ignoredInputs, List<MissingEvidence> missingEvidence,
                  List<Hypothesis> hypotheses, List<Symptom> unexplainedFailures, List<Finding> notChecked,
                  List<BenignStop> benignStops, List<RevisionChange> changes) {
        this(input, description, region, findings, unexplainedSymptoms, recognisedInputs, ignoredInputs, missingEvidence, hypotheses,
                unexplainedFailures, notChecked, benignStops, changes, List.of());
    }

    public Report(String input, String description, String region, List<Finding> findings, List<Symptom> unexplainedSymptoms,
                  List<String> recognisedInputs, List<IgnoredInput> ignoredInputs, List<MissingEvidence> missingEvidence) {
        this(input, description, region, findings, unexplainedSymptoms, recognisedInputs, ignoredInputs, missingEvidence, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    public Report(String input, String description, String region, List<Finding> findings, List<Symptom> unexplainedSymptoms,
                  List<String> recognisedInputs, List<IgnoredInput> ignoredInputs, List<MissingEvidence> missingEvidence,
                  List<Hypothesis> hypotheses, List<Symptom> unexplainedFailures) {
        this(input, description, region, findings, unexplainedSymptoms, recognisedInputs, ignoredInputs, missingEvidence, hypotheses,
                unexplainedFailures, List.of(), List.of(), List.of(), List.of());
    }

    public Report {
        hypotheses = List.copyOf(hypotheses);
        changes = changes == null ? List.of() : List.copyOf(changes);
        stackChanges = stackChanges == null ? List.of() : List.copyOf(stackChanges);
        unexplainedFailures = List.copyOf(unexplainedFailures);
        benignStops = benignStops == null ? List.of() : List.copyOf(benignStops);
        findings = List.copyOf(findings);
        unexplainedSymptoms = List.copyOf(unexplainedSymptoms);
        recognisedInputs = List.copyOf(recognisedInputs);
        ignoredInputs = List.copyOf(ignoredInputs);
        missingEvidence = List.copyOf(missingEvidence);
        notChecked = notChecked == null ? List.of() : List.copyOf(notChecked);
    }

    /** The reads a live collection could not make (denied, throttled, timed out), from {@link #missingEvidence()}. */
    public List<MissingEvidence> collectionGaps() {
        return missingEvidence.stream().filter(m -> "collection".equals(m.basis())).toList();
    }

    /**
     * A problem is a non-advisory finding or a failure symptom no cause explains (with hypotheses or none: an
     * unexplained failure); advisory (LOW) hygiene alone does not fail a run.
     */
    public boolean problemsFound() {
        return !unexplainedFailures.isEmpty() || findings.stream().anyMatch(f -> f.severity() != Severity.LOW);
    }

    /** A failure the input shows that neither a finding nor a hypothesis accounts for. */
    public boolean unexplainedFailure() {
        return !unexplainedFailures.isEmpty() && hypotheses.isEmpty();
    }
}
