package io.ecstriage.finding;

import io.ecstriage.fix.Step;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What one rule activation reported; hits of one cause are merged into a Finding. `marks` are values distinctive to the
 * cause (a variable's value, a deleted resource's id): another finding whose evidence quotes one is an effect it explains.
 */
public record Hit(String ruleId, String subject, Map<String, Double> basis, List<String> resources,
                  List<Evidence> evidence, List<Step> fixSteps, List<String> fixNotes, List<String> explains,
                  List<MissingEvidence> missing, Instant latest, List<String> marks) {

    public Hit {
        basis = Map.copyOf(basis);
        resources = List.copyOf(resources);
        evidence = List.copyOf(evidence);
        fixSteps = List.copyOf(fixSteps);
        fixNotes = List.copyOf(fixNotes);
        explains = List.copyOf(explains);
        missing = List.copyOf(missing);
        marks = marks == null ? List.of() : List.copyOf(marks);
    }

    public Hit(String ruleId, String subject, Map<String, Double> basis, List<String> resources, List<Evidence> evidence,
               List<Step> fixSteps, List<String> fixNotes, List<String> explains, List<MissingEvidence> missing, Instant latest) {
        this(ruleId, subject, basis, resources, evidence, fixSteps, fixNotes, explains, missing, latest, List.of());
    }
}
