package io.ecstriage.model;

import io.ecstriage.model.iam.AccessDecision;
import io.ecstriage.model.iam.PolicyEvaluator;
import java.util.List;

/**
 * Every policy of one role that was read (inline documents, default versions of attached policies), and what was
 * not (`unread`, null when the role's policies were all read): the rules ask it whether the role may do an action
 * on a resource. Derived by engine/RolePolicies from the IAM facts; present only for a role some IAM output names.
 */
public record IamRolePolicies(String roleName, List<PolicyEvaluator.Policy> policies, String unread) {

    public IamRolePolicies {
        policies = List.copyOf(policies);
    }

    public AccessDecision decide(String action, String resource) {
        return PolicyEvaluator.decide(policies, unread, action, resource);
    }

    public boolean allows(String action, String resource) {
        return decide(action, resource).allowed();
    }

    /** Explicitly denied, or allowed by none of the role's policies, all of them read. */
    public boolean refuses(String action, String resource) {
        return decide(action, resource).refused();
    }

    /** The first of `actions` on `resource` that the role may not do, or null when it may do them all or it is not known. */
    public AccessDecision firstRefused(List<String> actions, String resource) {
        for (String a : actions) {
            AccessDecision d = decide(a, resource);
            if (d.refused()) return d;
        }
        return null;
    }

    /** Whether the role may do every one of `actions` on `resource`. */
    public boolean allowsAll(List<String> actions, String resource) {
        for (String a : actions) if (!allows(a, resource)) return false;
        return true;
    }

    public boolean complete() {
        return unread == null;
    }
}
