package io.ecstriage.model;

/** A managed policy attached to a role (`aws iam list-attached-role-policies --role-name R`). IAM is global: no region. */
public record IamAttachedPolicy(String roleName, String policyName, String policyArn) {

    /** AWS managed policies that grant (nearly) everything. */
    /** A managed policy that lets a role pull from ECR (the execution-role policy, registry read, or broader). */
    public boolean grantsEcrPull() {
        return policyName != null && (policyName.equals("AmazonECSTaskExecutionRolePolicy")
                || policyName.startsWith("AmazonEC2ContainerRegistry") || broad());
    }

    public boolean broad() {
        return policyArn != null && (policyArn.endsWith(":policy/AdministratorAccess") || policyArn.endsWith(":policy/PowerUserAccess")
                || policyArn.endsWith(":policy/IAMFullAccess"));
    }
}
