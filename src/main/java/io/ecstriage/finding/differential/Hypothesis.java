package io.ecstriage.finding.differential;

import io.ecstriage.finding.MissingEvidence;
import java.util.List;

/**
 * A candidate cause that no evidence confirms yet: the rule (or, for `rule` false, a cause the catalogue has no rule
 * for), its weight among the open hypotheses (priors of the symptoms it could explain, normalised to sum to 1), the
 * symptoms, why it is a candidate, and the check that would confirm or rule it out.
 */
public record Hypothesis(int rank, String causeId, boolean rule, String title, double weight, List<String> symptoms,
                         String why, MissingEvidence check) {
    public Hypothesis {
        symptoms = List.copyOf(symptoms);
    }
}
