package io.ecstriage.model;

import io.ecstriage.model.iam.PolicyStatement;
import java.util.List;

/**
 * A policy document: inline (`get-role-policy`, roleName set) or a managed policy's version (`get-policy-version`,
 * policyArn from the command). The summary some rules match on (statements allowing every action, whole-service
 * wildcards ("s3:*") on every resource) and every statement, which {@link IamRolePolicies} evaluates. A managed
 * policy's version that is not its default one (`IsDefaultVersion` false) is not in force.
 */
public record IamPolicyDocument(String roleName, String policyName, String policyArn, boolean allowsAllActions,
                                List<String> serviceWildcards, List<String> actions, List<PolicyStatement> statements,
                                boolean defaultVersion) {

    public IamPolicyDocument {
        serviceWildcards = List.copyOf(serviceWildcards);
        actions = List.copyOf(actions);
        statements = List.copyOf(statements);
    }

    public String label() {
        return policyName != null ? policyName : policyArn;
    }

    /** True when an allowed action pattern matches `action` (service:Operation, case-insensitive, * and ? wildcards). */
    public boolean allows(String action) {
        for (String a : actions) {
            String regex = a.toLowerCase(java.util.Locale.ROOT).replace(".", "\\.").replace("?", ".").replace("*", ".*");
            if (action.toLowerCase(java.util.Locale.ROOT).matches(regex)) return true;
        }
        return false;
    }
}
