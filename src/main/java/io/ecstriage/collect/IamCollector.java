package io.ecstriage.collect;

import io.ecstriage.aws.AwsCall;
import io.ecstriage.aws.AwsClients;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.services.iam.model.AttachedPolicy;
import software.amazon.awssdk.services.iam.model.GetPolicyResponse;
import software.amazon.awssdk.services.iam.model.ListAttachedRolePoliciesResponse;
import software.amazon.awssdk.services.iam.model.ListRolePoliciesResponse;

/**
 * IAM reads of the execution and task roles: the policies attached to each (and the default version of each, AWS
 * managed ones too: they are readable) and its inline policies. IAM is global; the calls go to the session's Region,
 * whose partition's IAM endpoint the SDK resolves.
 */
public final class IamCollector implements Collector {
    static final AwsCall LIST_ATTACHED_ROLE_POLICIES = AwsCall.of("iam", "list-attached-role-policies");
    static final AwsCall LIST_ROLE_POLICIES = AwsCall.of("iam", "list-role-policies");
    static final AwsCall GET_ROLE_POLICY = AwsCall.of("iam", "get-role-policy");
    static final AwsCall GET_POLICY = AwsCall.of("iam", "get-policy");
    static final AwsCall GET_POLICY_VERSION = AwsCall.of("iam", "get-policy-version");
    private final AwsClients aws;
    private final Recorder rec;
    /** A managed policy attached to both roles is read once. */
    private final Set<String> policiesRead = ConcurrentHashMap.newKeySet();

    public IamCollector(AwsClients aws, Recorder rec) {
        this.aws = aws;
        this.rec = rec;
    }

    @Override
    public List<AwsCall> reads() {
        return List.of(LIST_ATTACHED_ROLE_POLICIES, LIST_ROLE_POLICIES, GET_ROLE_POLICY, GET_POLICY, GET_POLICY_VERSION);
    }

    /** The role's attached policies, then each one's default version. */
    public void attachedPolicies(String region, String role) {
        ListAttachedRolePoliciesResponse r = rec.call(LIST_ATTACHED_ROLE_POLICIES.with("--role-name", role).in(region),
                () -> ListAttachedRolePoliciesResponse.builder().attachedPolicies(aws.iam(region)
                        .listAttachedRolePoliciesPaginator(b -> b.roleName(role)).attachedPolicies().stream().toList()).build());
        if (r == null) return;
        for (AttachedPolicy p : r.attachedPolicies()) {
            if (p.policyArn() != null && policiesRead.add(p.policyArn())) policy(region, p.policyArn());
        }
    }

    /** The role's inline policy names, then each document. */
    public void inlinePolicies(String region, String role) {
        ListRolePoliciesResponse r = rec.call(LIST_ROLE_POLICIES.with("--role-name", role).in(region),
                () -> ListRolePoliciesResponse.builder().policyNames(aws.iam(region)
                        .listRolePoliciesPaginator(b -> b.roleName(role)).policyNames().stream().toList()).build());
        if (r == null) return;
        for (String name : r.policyNames()) {
            rec.call(GET_ROLE_POLICY.with("--role-name", role).with("--policy-name", name).in(region),
                    () -> aws.iam(region).getRolePolicy(b -> b.roleName(role).policyName(name)));
        }
    }

    private void policy(String region, String arn) {
        GetPolicyResponse p = rec.call(GET_POLICY.with("--policy-arn", arn).in(region), () -> aws.iam(region).getPolicy(b -> b.policyArn(arn)));
        if (p == null || p.policy() == null || p.policy().defaultVersionId() == null) return;
        String version = p.policy().defaultVersionId();
        rec.call(GET_POLICY_VERSION.with("--policy-arn", arn).with("--version-id", version).in(region),
                () -> aws.iam(region).getPolicyVersion(b -> b.policyArn(arn).versionId(version)));
    }
}
