package io.ecstriage.model;

/** A managed policy attached to a role (`aws iam list-attached-role-policies --role-name R`). IAM is global: no region. */
public record IamAttachedPolicy(String roleName, String policyName, String policyArn) {

    /** AWS managed policies that grant (nearly) everything. */
    public boolean broad() {
        return policyArn != null && (policyArn.endsWith(":policy/AdministratorAccess") || policyArn.endsWith(":policy/PowerUserAccess")
                || policyArn.endsWith(":policy/IAMFullAccess"));
    }
}
