package io.ecstriage.model;

/**
 * A read the live collector could not make (access denied, throttled, timed out): evidence that is missing,
 * the command that would get it and the IAM action it needs. No rule matches it; the report lists it.
 */
public record CollectionGap(String region, String command, String code, String message, String iamAction) implements Regional {

    /** e.g. "AccessDeniedException: User … is not authorized to perform: logs:DescribeLogGroups". */
    public String why() {
        String m = message == null || message.isBlank() ? "" : ": " + message;
        return "not collected, " + (code == null ? "error" : code) + m;
    }
}
