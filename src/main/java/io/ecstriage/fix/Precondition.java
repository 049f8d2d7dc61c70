package io.ecstriage.fix;

/**
 * One thing a fix step relies on, as the evidence answers it: {@code holds} true (verified), false (the evidence
 * contradicts it: the step is never printed) or null (the evidence does not say).
 */
public record Precondition(String claim, Boolean holds) {

    public static Precondition verified(String claim) {
        return new Precondition(claim, true);
    }

    public static Precondition contradicted(String claim) {
        return new Precondition(claim, false);
    }

    public static Precondition unknown(String claim) {
        return new Precondition(claim, null);
    }

    /** Verified when `holds`, contradicted otherwise. */
    public static Precondition of(String claim, boolean holds) {
        return new Precondition(claim, holds);
    }

    /** "the repository exists in us-east-1: yes". */
    public String render() {
        return claim + ": " + (holds == null ? "not known" : holds ? "yes" : "no");
    }
}
