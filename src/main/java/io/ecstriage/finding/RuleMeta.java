package io.ecstriage.finding;

import java.util.List;

/**
 * A rule's catalog entry, read from its DRL annotations. `corpus` lists the ids of the corpus error texts the
 * rule recognises (@corpus); `role` is "symptom" for a rule that reports a consequence (a tripped circuit
 * breaker) rather than a cause: its finding folds into the cause that explains the same symptoms; "suspicion" for a
 * configuration suspicion (a URL variable without a scheme) that is only an advisory until a runtime symptom or another
 * finding's evidence shows its effect; "generic" for a rule that reads a symptom generically (the first failed stack
 * event): a more specific rule that explains the same symptom outranks it and it folds under that one.
 */
public record RuleMeta(String id, String title, Severity severity, String category, String summary,
                       List<String> corpus, String role) {

    public static final String SYMPTOM = "symptom";
    public static final String SUSPICION = "suspicion";
    public static final String GENERIC = "generic";

    public RuleMeta {
        corpus = corpus == null ? List.of() : List.copyOf(corpus);
    }

    public RuleMeta(String id, String title, Severity severity, String category, String summary) {
        this(id, title, severity, category, summary, List.of(), null);
    }

    public boolean symptomOnly() {
        return SYMPTOM.equals(role);
    }

    public boolean suspicion() {
        return SUSPICION.equals(role);
    }

    public boolean generic() {
        return GENERIC.equals(role);
    }

    /** The rule's page, rules/CATEGORY/ID/README.md, relative to the repository root. */
    public String docs() {
        return "rules/" + category + "/" + id + "/README.md";
    }
}
