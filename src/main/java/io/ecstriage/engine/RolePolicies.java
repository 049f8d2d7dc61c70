package io.ecstriage.engine;

import io.ecstriage.model.IamAttachedPolicy;
import io.ecstriage.model.IamInlinePolicyName;
import io.ecstriage.model.IamPolicyDocument;
import io.ecstriage.model.IamRoleListing;
import io.ecstriage.model.IamRolePolicies;
import io.ecstriage.model.Snapshot;
import io.ecstriage.model.iam.PolicyEvaluator;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Joins the IAM outputs of each role into one {@link IamRolePolicies}: its inline documents, the default versions of
 * its attached policies, and which of the listings or documents are missing.
 */
final class RolePolicies {
    private final Snapshot snapshot;

    RolePolicies(Snapshot snapshot) {
        this.snapshot = snapshot;
    }

    List<IamRolePolicies> all() {
        Set<String> roles = new TreeSet<>();
        snapshot.all(IamRoleListing.class).forEach(l -> add(roles, l.roleName()));
        snapshot.all(IamAttachedPolicy.class).forEach(p -> add(roles, p.roleName()));
        snapshot.all(IamInlinePolicyName.class).forEach(p -> add(roles, p.roleName()));
        snapshot.all(IamPolicyDocument.class).forEach(d -> add(roles, d.roleName()));
        List<IamRolePolicies> out = new ArrayList<>();
        for (String role : roles) out.add(of(role));
        return out;
    }

    private static void add(Set<String> roles, String role) {
        if (role != null) roles.add(role);
    }

    private IamRolePolicies of(String role) {
        List<PolicyEvaluator.Policy> policies = new ArrayList<>();
        List<String> unread = new ArrayList<>();
        List<IamPolicyDocument> docs = snapshot.all(IamPolicyDocument.class);
        boolean attachedListed = snapshot.all(IamRoleListing.class).stream()
                .anyMatch(l -> role.equals(l.roleName()) && IamRoleListing.ATTACHED.equals(l.kind()));
        boolean namesListed = snapshot.all(IamRoleListing.class).stream()
                .anyMatch(l -> role.equals(l.roleName()) && IamRoleListing.INLINE_NAMES.equals(l.kind()));
        if (!attachedListed) unread.add("its attached policies were not listed");
        if (!namesListed) unread.add("its inline policies were not listed");
        for (IamAttachedPolicy a : snapshot.all(IamAttachedPolicy.class)) {
            if (!role.equals(a.roleName())) continue;
            IamPolicyDocument d = docs.stream().filter(x -> a.policyArn() != null && a.policyArn().equals(x.policyArn())
                    && x.defaultVersion()).findFirst().orElse(null);
            if (d == null) unread.add("policy " + a.policyName() + " was not read");
            else policies.add(new PolicyEvaluator.Policy(a.policyName(), "aws iam get-policy-version --policy-arn " + a.policyArn(), d.statements()));
        }
        Set<String> inline = new TreeSet<>();
        for (IamPolicyDocument d : docs) {
            if (role.equals(d.roleName()) && inline.add(String.valueOf(d.policyName()))) {
                policies.add(new PolicyEvaluator.Policy(d.label(), "aws iam get-role-policy --role-name " + role + " --policy-name " + d.policyName(), d.statements()));
            }
        }
        for (IamInlinePolicyName n : snapshot.all(IamInlinePolicyName.class)) {
            if (role.equals(n.roleName()) && !inline.contains(n.policyName())) unread.add("inline policy " + n.policyName() + " was not read");
        }
        return new IamRolePolicies(role, policies, unread.isEmpty() ? null : String.join("; ", unread));
    }
}
