package io.ecstriage.report;

import io.ecstriage.finding.Finding;
import io.ecstriage.finding.MissingEvidence;
import io.ecstriage.finding.Severity;
import io.ecstriage.finding.Symptom;
import io.ecstriage.model.IgnoredInput;
import java.util.List;

/** The result of one diagnosis, ready to render. */
public record Report(String input, String description, String region, List<Finding> findings,
                     List<Symptom> unexplainedSymptoms, List<String> recognisedInputs,
                     List<IgnoredInput> ignoredInputs, List<MissingEvidence> missingEvidence) {

    public Report {
        findings = List.copyOf(findings);
        unexplainedSymptoms = List.copyOf(unexplainedSymptoms);
        recognisedInputs = List.copyOf(recognisedInputs);
        ignoredInputs = List.copyOf(ignoredInputs);
        missingEvidence = List.copyOf(missingEvidence);
    }

    /** The reads a live collection could not make (denied, throttled, timed out), from {@link #missingEvidence()}. */
    public List<MissingEvidence> collectionGaps() {
        return missingEvidence.stream().filter(m -> "collection".equals(m.basis())).toList();
    }

    /** A problem is a non-advisory finding; advisory (LOW) hygiene alone does not fail a run. */
    public boolean problemsFound() {
        return findings.stream().anyMatch(f -> f.severity() != Severity.LOW);
    }
}
