package io.ecstriage.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.iam.IamClient;

/**
 * The execution role's policies as evidence, read live: moto holds IAM roles and their inline policies (it does not
 * enforce them, so the refusal itself is the stopped reason set by stop-task). Also the names that do not exist:
 * a service or cluster typo is bad input naming what exists, a stack without ECS resources says so.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LiveIamPoliciesIT {
    static final String REGION = "eu-central-1";
    static final String CLUSTER = "orders-iam";
    static final String SERVICE = "orders-api";
    static final String ROLE = "orders-exec";
    static final String SECRET = "arn:aws:secretsmanager:" + REGION + ":" + Emulated.ACCOUNT + ":secret:orders/db-AbCdEf";
    static final String REASON = "ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval failed: "
            + "unable to retrieve secret from asm: service call has been retried 1 time(s): failed to fetch secret " + SECRET
            + " from secrets manager: AccessDeniedException: User: arn:aws:sts::" + Emulated.ACCOUNT + ":assumed-role/" + ROLE
            + "/0123456789abcdef is not authorized to perform: secretsmanager:GetSecretValue on resource: " + SECRET
            + " because no identity-based policy allows the secretsmanager:GetSecretValue action";

    @RegisterExtension
    static final org.junit.jupiter.api.extension.BeforeAllCallback MOTO = ctx -> moto = MotoServer.get(ctx);
    static MotoServer moto;

    @BeforeAll
    void incident() {
        Emulated aws = new Emulated(moto, REGION);
        Emulated.Network net = aws.network("10.41", "a", "b");
        String sg = aws.securityGroup(net.vpcId(), "orders-iam-sg");
        String roleArn;
        try (IamClient iam = aws.iam()) {
            roleArn = iam.createRole(b -> b.roleName(ROLE).assumeRolePolicyDocument("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":"
                    + "\"Allow\",\"Principal\":{\"Service\":\"ecs-tasks.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}")).role().arn();
            // the staging secret only: the production one the task reads is not allowed
            iam.putRolePolicy(b -> b.roleName(ROLE).policyName("orders-secrets").policyDocument("{\"Version\":\"2012-10-17\",\"Statement\":"
                    + "[{\"Sid\":\"StagingDb\",\"Effect\":\"Allow\",\"Action\":\"secretsmanager:GetSecretValue\",\"Resource\":\"arn:aws:secretsmanager:*:*:secret:staging/*\"},"
                    + "{\"Effect\":\"Allow\",\"Action\":[\"logs:CreateLogStream\",\"logs:PutLogEvents\"],\"Resource\":\"*\"}]}"));
        }
        aws.fargateService(CLUSTER, "orders-api").containerCpu(256).executionRole(roleArn).secrets(Map.of("DB_PASSWORD", SECRET + ":password::"))
                .create(SERVICE, Emulated.awsvpc(net.subnets().get(0), sg));
        aws.stoppedTasks(CLUSTER, SERVICE, "orders-api:1", net.subnets().get(0), sg, List.of(REASON));
        try (CloudFormationClient cfn = aws.cfn()) {
            cfn.createStack(b -> b.stackName("orders-logs-only").templateBody("{\"Resources\":{\"Logs\":{\"Type\":\"AWS::Logs::LogGroup\","
                    + "\"Properties\":{\"LogGroupName\":\"/orders/audit\"}}}}"));
        }
    }

    @Test
    void theInlinePolicyConfirmsTheSecretsCause() {
        var before = moto.state();
        LiveCli.Result r = LiveCli.run(moto, REGION, "diagnose", "--cluster", CLUSTER, "--format", "json");
        assertEquals(List.of(), MotoServer.changed(before, moto.state()), "a diagnosis changed the emulator's state");
        assertEquals(1, r.exit(), r.toString());
        assertEquals("SecretsRetrievalFailed", r.ruleIds().get(0), r.toString());
        JsonNode top = r.json().path("findings").get(0);
        String evidence = top.path("evidence").toString();
        assertTrue(evidence.contains("aws iam list-role-policies --role-name " + ROLE) && evidence.contains("read: orders-secrets")
                && evidence.contains("no policy of the role allows secretsmanager:GetSecretValue on " + SECRET), evidence);
        assertTrue(top.path("confidence").asDouble() >= 0.9, "confirmed from the policy: " + top);
        assertTrue(r.json().path("findings").toString().contains("arn:aws:iam::" + Emulated.ACCOUNT + ":role/" + ROLE), r.toString());
    }

    @Test
    void aServiceThatDoesNotExistIsBadInputNamingTheServicesThatDo() {
        LiveCli.Result r = LiveCli.run(moto, REGION, "diagnose", "--cluster", CLUSTER, "--service", "orders-apii");
        assertEquals(2, r.exit(), r.toString());
        assertTrue(r.err().contains("service orders-apii not found in cluster " + CLUSTER + " (" + REGION + "); services in "
                + CLUSTER + ": " + SERVICE), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertEquals("", r.out(), "no report for a target that does not exist");
    }

    @Test
    void aClusterThatDoesNotExistNamesTheClustersThatDo() {
        LiveCli.Result r = LiveCli.run(moto, REGION, "diagnose", "--cluster", "orders-iamm");
        assertEquals(2, r.exit(), r.toString());
        assertTrue(r.err().contains("cluster orders-iamm not found in " + REGION + "; clusters in " + REGION + ": ") && r.err().contains(CLUSTER), r.err());
    }

    @Test
    void aStackWithoutEcsResourcesSaysSoAndDiagnosesItsState() {
        LiveCli.Result r = LiveCli.run(moto, REGION, "diagnose", "--stack", "orders-logs-only");
        assertEquals(0, r.exit(), "the stack exists and is healthy: " + r);
        assertTrue(r.err().contains("stack orders-logs-only holds no ECS cluster, service or task definition: only its CloudFormation state was diagnosed"), r.err());
    }
}
