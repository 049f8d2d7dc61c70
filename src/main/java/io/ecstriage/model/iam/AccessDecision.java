package io.ecstriage.model.iam;

/**
 * The answer for one action on one resource, with where it comes from: the policy and statement that allow or deny
 * it and the command that read that policy (`source`), or why it is not known (`reason`, e.g. "policy
 * AmazonECSTaskExecutionRolePolicy was not read").
 */
public record AccessDecision(Access access, String action, String resource, String policy, String statement, String reason,
                             String source) {

    public boolean allowed() {
        return access == Access.ALLOWED;
    }

    /** Explicitly denied, or not allowed by any of the role's policies, all of them read. */
    public boolean refused() {
        return access == Access.DENIED || access == Access.NOT_ALLOWED;
    }

    /** One line of evidence: "policy P statement S denies ecr:BatchGetImage on arn:…". */
    public String describe() {
        String what = action + " on " + resource;
        return switch (access) {
            case ALLOWED -> "policy " + policy + " " + statement + " allows " + what;
            case DENIED -> "policy " + policy + " " + statement + " denies " + what;
            case NOT_ALLOWED -> "no policy of the role allows " + what + " (" + reason + ")";
            case UNKNOWN -> "whether " + what + " is allowed is not known: " + reason;
        };
    }
}
