package io.ecstriage.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ecstriage.TestDiagnosis;
import io.ecstriage.aws.AwsCall;
import io.ecstriage.aws.ReadOnlyGuard;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * What the collectors declare is what the rest of the project allows and rehearses: the IAM policy, the read-only
 * guard and the warm-up recording (src/main/resources/io/ecstriage/cli/warm-up-responses.json). Adding a read to
 * a collector fails here until the policy lists it and the warm-up either records it or names it as not reached.
 */
class CollectorDeclarationsTest {
    /** Besides the collectors' reads, the access check calls STS. */
    static final String ACCESS_CHECK = "sts:GetCallerIdentity";
    /**
     * Reads the recorded warm-up incidents (a Fargate stack without load balancer, a service failing its ALB's health
     * checks, an image tag ECR lacks; no Amplify app, no container instances, roles moto does not have) never make.
     */
    static final Set<String> NOT_IN_WARM_UP = Set.of("amplify:GetApp", "amplify:GetBranch", "amplify:ListBranches",
            "ec2:DescribeInstances", "ecs:DescribeContainerInstances", "ecs:ListClusters", "ecs:ListServices",
            // the recorded task definitions' roles are missing in moto, so nothing is read past the role's policy lists
            "iam:GetPolicy", "iam:GetPolicyVersion", "iam:GetRolePolicy");
    /** Query-protocol API versions and JSON target prefixes of the recording's keys → IAM prefix. */
    static final Map<String, String> WARM_UP_SERVICES = Map.of("2016-11-15", "ec2", "2010-05-15", "cloudformation",
            "2011-06-15", "sts", "2015-12-01", "elasticloadbalancing", "2010-05-08", "iam", "AmazonEC2ContainerServiceV20141113", "ecs",
            "AmazonEC2ContainerRegistry_V20150921", "ecr", "Logs_20140328", "logs");

    static Set<String> declaredActions() {
        Set<String> out = new TreeSet<>();
        for (Collector c : Collector.all(null, null)) for (AwsCall read : c.reads()) out.add(read.iamAction());
        return out;
    }

    @Test
    void everyDeclaredReadIsAReadTheGuardLetsThrough() {
        for (Collector c : Collector.all(null, null)) {
            assertTrue(!c.reads().isEmpty(), c.getClass().getSimpleName() + " declares its reads");
            for (AwsCall read : c.reads()) {
                assertTrue(read.isRead() && ReadOnlyGuard.isRead(read.apiOperation()), read + " is a read");
                assertTrue(read.options().isEmpty() && read.region() == null, read + " is declared without values");
            }
        }
    }

    @Test
    void theIamPolicyAllowsExactlyTheDeclaredReadsAndTheAccessCheck() throws IOException {
        JsonNode policy = new ObjectMapper().readTree(TestDiagnosis.projectDir().resolve("docs/iam-policy.json").toFile());
        Set<String> allowed = new TreeSet<>();
        for (JsonNode st : policy.path("Statement")) st.path("Action").forEach(a -> allowed.add(a.asText()));
        Set<String> expected = declaredActions();
        expected.add(ACCESS_CHECK);
        assertEquals(expected, allowed);
    }

    @Test
    void theWarmUpRecordsEveryDeclaredReadItReachesAndNothingElse() throws IOException {
        Set<String> recorded = new TreeSet<>();
        try (InputStream in = getClass().getResourceAsStream("/io/ecstriage/cli/warm-up-responses.json")) {
            for (JsonNode replay : new ObjectMapper().readTree(in).path("replays")) replay.path("responses").fieldNames().forEachRemaining(key -> {
                String[] parts = key.contains("@") ? key.split("@") : key.split("\\.");
                String operation = key.contains("@") ? parts[0] : parts[1];
                String service = WARM_UP_SERVICES.get(key.contains("@") ? parts[1] : parts[0]);
                assertTrue(service != null, "a known service: " + key);
                recorded.add(service + ":" + operation);
            });
        }
        Set<String> declared = declaredActions();
        declared.add(ACCESS_CHECK);
        Set<String> stale = new TreeSet<>(recorded);
        stale.removeAll(declared);
        assertEquals(Set.of(), stale, "the recording answers reads no collector makes");
        Set<String> unrecorded = new TreeSet<>(declared);
        unrecorded.removeAll(recorded);
        assertEquals(new TreeSet<>(NOT_IN_WARM_UP), unrecorded,
                "a new read is either recorded (scripts/record-warm-up-responses.sh) or named in NOT_IN_WARM_UP");
    }
}
