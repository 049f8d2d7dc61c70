package io.ecstriage.model;

import io.ecstriage.model.iam.Access;
import io.ecstriage.model.iam.AccessDecision;

/**
 * Whether a task definition's role may do what one purpose needs (purposes below), as its policies say: the
 * decisive action's decision (the first refused one, else the first unknown one, else the last allowed one).
 * Derived by engine/RoleAccessChecks for roles whose policies were (at least partly) read.
 */
public record RoleAccess(String taskDefinitionArn, String roleArn, String roleName, String purpose, AccessDecision decision) {
    public static final String ECR_PULL = "ECR_PULL";
    public static final String SECRETS = "SECRETS";
    public static final String CREATE_LOG_GROUP = "CREATE_LOG_GROUP";
    public static final String EVERYTHING = "EVERYTHING";

    public Access access() {
        return decision.access();
    }

    public boolean allowed() {
        return decision.allowed();
    }

    public boolean refused() {
        return decision.refused();
    }

    /** The evidence's command: the read of the deciding policy, or the listing of the role's policies. */
    public String command() {
        return decision.source() != null ? decision.source() : "aws iam list-role-policies --role-name " + roleName;
    }
}
