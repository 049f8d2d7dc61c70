package io.ecstriage.model;

import java.util.List;

/**
 * A policy document: inline (`get-role-policy`, roleName set) or a managed policy's version (`get-policy-version`,
 * policyArn from the command). Only what the rules ask is kept: statements allowing every action, and whole-service
 * wildcards ("s3:*") on every resource.
 */
public record IamPolicyDocument(String roleName, String policyName, String policyArn, boolean allowsAllActions,
                                List<String> serviceWildcards, List<String> actions) {

    public IamPolicyDocument {
        serviceWildcards = List.copyOf(serviceWildcards);
        actions = List.copyOf(actions);
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
