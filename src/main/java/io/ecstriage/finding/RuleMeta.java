package io.ecstriage.finding;

/** A rule's catalog entry, read from its DRL annotations. */
public record RuleMeta(String id, String title, Severity severity, String category, String summary) {

    public String docs() {
        return "docs/rules/" + id + ".md";
    }
}
