package io.ecstriage.collect;

import static io.ecstriage.collect.Nodes.params;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ecstriage.aws.AwsCall;
import io.ecstriage.aws.AwsClients;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * IAM reads of the execution and task roles: the policies attached to each (and the default version of each, AWS
 * managed ones too: they are readable) and its inline policies. IAM is global; the calls go to the partition's IAM
 * endpoint for the session's Region (wire/Endpoints).
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

    /** The role's attached policies, then each one's default version, one after the other. */
    public void attachedPolicies(String region, String role) {
        attachedPolicies(region, role, Runnable::run);
    }

    /** The role's attached policies; each policy's reads (policy, then its default version) are handed to `start`. */
    public void attachedPolicies(String region, String role, Consumer<Runnable> start) {
        ObjectNode r = rec.read(LIST_ATTACHED_ROLE_POLICIES.with("--role-name", role).in(region),
                () -> aws.wire().paginate("iam", region, "ListAttachedRolePolicies", params("RoleName", role), 0));
        if (r == null) return;
        for (JsonNode p : Nodes.list(r, "AttachedPolicies")) {
            String arn = Nodes.text(p, "PolicyArn");
            if (arn != null && policiesRead.add(arn)) start.accept(() -> policy(region, arn));
        }
    }

    /** The role's inline policy names, then each document, one after the other. */
    public void inlinePolicies(String region, String role) {
        inlinePolicies(region, role, Runnable::run);
    }

    /** The role's inline policy names; each document's read is handed to `start`. */
    public void inlinePolicies(String region, String role, Consumer<Runnable> start) {
        ObjectNode r = rec.read(LIST_ROLE_POLICIES.with("--role-name", role).in(region),
                () -> aws.wire().paginate("iam", region, "ListRolePolicies", params("RoleName", role), 0));
        if (r == null) return;
        for (String name : Nodes.texts(r, "PolicyNames")) {
            start.accept(() -> rec.read(GET_ROLE_POLICY.with("--role-name", role).with("--policy-name", name).in(region),
                    () -> aws.wire().call("iam", region, "GetRolePolicy", params("RoleName", role, "PolicyName", name))));
        }
    }

    private void policy(String region, String arn) {
        ObjectNode p = rec.read(GET_POLICY.with("--policy-arn", arn).in(region), () -> aws.wire().call("iam", region, "GetPolicy", params("PolicyArn", arn)));
        String version = p == null ? null : Nodes.text(p.get("Policy"), "DefaultVersionId");
        if (version == null) return;
        rec.read(GET_POLICY_VERSION.with("--policy-arn", arn).with("--version-id", version).in(region),
                () -> aws.wire().call("iam", region, "GetPolicyVersion", params("PolicyArn", arn, "VersionId", version)));
    }
}
