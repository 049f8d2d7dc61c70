package io.ecstriage.model.iam;

import java.util.List;

/**
 * IAM's evaluation of identity policies, for one principal, one action and one resource: an explicit Deny wins, then
 * any Allow, else the implicit deny. Only the role's own policies are read: permission boundaries, SCPs, session
 * policies and resource policies (a repository policy, a KMS key policy) can still refuse what this allows, and a
 * resource policy can allow what this refuses across accounts. A statement with a Condition (or a policy variable in
 * its Resource) is never taken as allowing or denying: a conditional Deny, or a conditional Allow that no plain Allow
 * covers, makes the answer UNKNOWN.
 */
public final class PolicyEvaluator {
    private PolicyEvaluator() {}

    /** One policy as read: its name, the command that read it, and its statements. */
    public record Policy(String name, String source, List<PolicyStatement> statements) {
        public Policy {
            statements = List.copyOf(statements);
        }
    }

    /**
     * @param policies the role's policies that were read
     * @param unread   why the set is incomplete ("policy X was not read"), or null when every policy was read
     */
    public static AccessDecision decide(List<Policy> policies, String unread, String action, String resource) {
        AccessDecision allow = null;
        String conditionalAllow = null;
        String conditionalDeny = null;
        for (Policy p : policies) {
            List<PolicyStatement> statements = p.statements();
            for (int i = 0; i < statements.size(); i++) {
                PolicyStatement s = statements.get(i);
                if (!s.covers(action, resource)) continue;
                if (s.conditional() || s.variable()) {
                    String why = "policy " + p.name() + " " + s.label(i) + " " + (s.allow() ? "allows" : "denies")
                            + " it only under a " + (s.conditional() ? "Condition" : "policy variable");
                    if (s.allow() && conditionalAllow == null) conditionalAllow = why;
                    if (!s.allow() && conditionalDeny == null) conditionalDeny = why;
                } else if (!s.allow()) {
                    return new AccessDecision(Access.DENIED, action, resource, p.name(), s.label(i), null, p.source());
                } else if (allow == null) {
                    allow = new AccessDecision(Access.ALLOWED, action, resource, p.name(), s.label(i), null, p.source());
                }
            }
        }
        if (conditionalDeny != null) return new AccessDecision(Access.UNKNOWN, action, resource, null, null, conditionalDeny, null);
        if (allow != null) return allow;
        if (conditionalAllow != null) return new AccessDecision(Access.UNKNOWN, action, resource, null, null, conditionalAllow, null);
        if (unread != null) return new AccessDecision(Access.UNKNOWN, action, resource, null, null, unread, null);
        return new AccessDecision(Access.NOT_ALLOWED, action, resource, null, null, policies.isEmpty()
                ? "the role has no policies" : "read: " + String.join(", ", policies.stream().map(Policy::name).toList()), null);
    }
}
