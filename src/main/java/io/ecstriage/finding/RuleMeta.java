package io.ecstriage.finding;

import java.util.List;

/**
 * A rule's catalog entry, read from its DRL annotations. `corpus` lists the ids of the corpus error texts the
 * rule recognises (@corpus); `role` is "symptom" for a rule that reports a consequence (a tripped circuit
 * breaker) rather than a cause: its finding folds into the cause that explains the same symptoms.
 */
public record RuleMeta(String id, String title, Severity severity, String category, String summary,
                       List<String> corpus, String role) {

    public static final String SYMPTOM = "symptom";

    public RuleMeta {
        corpus = corpus == null ? List.of() : List.copyOf(corpus);
    }

    public RuleMeta(String id, String title, Severity severity, String category, String summary) {
        this(id, title, severity, category, summary, List.of(), null);
    }

    public boolean symptomOnly() {
        return SYMPTOM.equals(role);
    }

    /** The rule's page, rules/CATEGORY/ID/README.md, relative to the repository root. */
    public String docs() {
        return "rules/" + category + "/" + id + "/README.md";
    }
}
