package io.ecstriage.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A live diagnosis through the {@link FaultProxy}: seed 003's missing log group (as in {@link LiveLogGroupMissingIT},
 * in its own Region and cluster), read while 30 % of the calls fail transiently, while one collector's calls all
 * fail, and while single operations are denied. moto itself never throttles, fails or denies.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LiveFaultsIT {
    static final String REGION = "eu-west-1";
    static final String CLUSTER = "faults-cluster";
    static final String SERVICE = "faults-api";
    static final String GROUP = "/ecs/faults-api";
    static final long SEED = 20261204;
    static final List<String> REASONS = List.of(
            "ResourceInitializationError: failed to validate logger args: create stream has been retried 1 times: failed to create Cloudwatch log stream: ResourceNotFoundException: The specified log group does not exist. : exit status 1",
            "ResourceInitializationError: failed to validate logger args: The task cannot find the Amazon CloudWatch log group defined in the task definition. There is a connection issue between the task and Amazon CloudWatch. Check your network configuration. : signal: killed");

    @RegisterExtension
    static final org.junit.jupiter.api.extension.BeforeAllCallback MOTO = ctx -> moto = MotoServer.get(ctx);
    static MotoServer moto;
    Run clean;

    @BeforeAll
    void incident() {
        Emulated aws = new Emulated(moto, REGION);
        Emulated.Network net = aws.network("10.50", "a", "b");
        String sg = aws.securityGroup(net.vpcId(), "faults-sg");
        aws.openToWorld(sg, 8080);
        aws.fargateService(CLUSTER, "faults-task").containerCpu(256).image(Emulated.ACCOUNT + ".dkr.ecr." + REGION + ".amazonaws.com/faults-api:latest")
                .port(8080).awslogs(GROUP).create(SERVICE, Emulated.awsvpc(net.subnets().get(0), sg));
        aws.pushImage(REGION, "faults-api", "latest");
        aws.stoppedTasks(CLUSTER, SERVICE, "faults-task:1", net.subnets().get(0), sg, REASONS);
        diagnose(FaultPlan.none()); // warms the JVM: the measured runs all start from the same state
        clean = diagnose(FaultPlan.none());
        assertEquals(1, clean.result().exit(), clean.result().toString());
        assertEquals("LogGroupMissing", clean.result().ruleIds().get(0), clean.result().toString());
        assertEquals(List.of(), gapActions(clean.result()), clean.result().toString());
    }

    record Run(LiveCli.Result result, long millis, int calls, Map<String, Integer> byAction, int injected) {}

    private static Run diagnose(FaultPlan plan) {
        try (FaultProxy proxy = FaultProxy.start(moto.endpoint(), plan)) {
            long t0 = System.nanoTime();
            LiveCli.Result r = LiveCli.run(proxy.endpoint(), REGION, "diagnose", "--cluster", CLUSTER, "--format", "json");
            long ms = (System.nanoTime() - t0) / 1_000_000;
            return new Run(r, ms, proxy.totalCalls(), proxy.calls(), proxy.totalInjected());
        }
    }

    /** The report's entry for a read that was not collected (rules list what they lack beside it, with their own "why"). */
    private static JsonNode gap(LiveCli.Result r, String iamAction) {
        for (JsonNode m : r.json().path("missingEvidence")) {
            if (m.path("iamAction").asText().equals(iamAction) && m.path("why").asText().startsWith("not collected")) return m;
        }
        throw new AssertionError("no missing evidence 'not collected' with IAM action " + iamAction + ": " + r);
    }

    private static List<String> gapActions(LiveCli.Result r) {
        List<String> out = new ArrayList<>();
        r.json().path("missingEvidence").forEach(m -> { if (m.path("why").asText().startsWith("not collected")) out.add(m.path("iamAction").asText()); });
        return out;
    }

    @Test
    void thirtyPercentTransientFaultsGiveTheSameReport() {
        Run faulted = diagnose(FaultPlan.transientFaults(SEED, 0.3));
        assertTrue(faulted.injected() > 0, "no fault was injected");
        assertEquals(clean.result().exit(), faulted.result().exit(), faulted.result().toString());
        assertEquals(clean.result().json(), faulted.result().json(), "30 % faults changed the report");
        // each fault costs one more request, but one on a log tail read ahead of its group (sent once, no retries) and then
        // dropped, the group being missing here, costs none
        int readAhead = clean.byAction().getOrDefault("logs:GetLogEvents", 0);
        int uncharged = clean.calls() + faulted.injected() - faulted.calls();
        assertTrue(uncharged >= 0 && uncharged <= readAhead, "each fault costs one more request: " + faulted.byAction());
        assertEquals(readAhead, faulted.byAction().getOrDefault("logs:GetLogEvents", 0), "the tails read ahead are not tried again");
        System.out.printf("FAULTS clean: %d calls, %d ms; 30%% faults (seed %d): %d calls (%d injected), %d ms%n",
                clean.calls(), clean.millis(), SEED, faulted.calls(), faulted.injected(), faulted.millis());
        System.out.println("FAULTS clean by action: " + clean.byAction());
    }

    /** Issue 15's benchmark puts 60 ms in front of every call: the same report and calls, the time it costs. */
    @Test
    void sixtyMillisecondsPerCallChangeNothingButTime() {
        Run fast = diagnose(FaultPlan.none());
        Run slow = diagnose(FaultPlan.none().withLatency(java.time.Duration.ofMillis(60)));
        assertEquals(clean.result().json(), slow.result().json());
        assertEquals(clean.byAction(), slow.byAction());
        // services, then tasks, then their task definitions, then log groups and tails: at least four dependent rounds of 60 ms
        assertTrue(slow.millis() >= 4 * 60, "the latency is applied: " + slow.millis() + " ms");
        System.out.printf("FAULTS 60 ms per call: %d calls, %d ms; right before without latency: %d ms%n", slow.calls(), slow.millis(),
                fast.millis());
    }

    @Test
    void aCollectorWhoseCallsAllFailIsMissingEvidenceAndTheRestIsDiagnosed() {
        Run r = diagnose(FaultPlan.none().always("logs:*", FaultPlan.Fault.THROTTLE));
        System.out.printf("FAULTS all logs calls throttled: %d calls, %d ms%n%s%n", r.calls(), r.millis(), r.result());
        JsonNode gap = gap(r.result(), "logs:DescribeLogGroups");
        assertTrue(gap.path("command").asText().startsWith("aws logs describe-log-groups --log-group-identifiers " + GROUP), gap.toString());
        assertTrue(gap.path("why").asText().contains("ThrottlingException"), gap.toString());
        assertTrue(gapActions(r.result()).stream().allMatch(a -> a.startsWith("logs:")), r.result().toString());
        // the tails are read ahead of the groups, once each (no retries), and left out with the groups unknown
        assertEquals(Map.of("logs:DescribeLogGroups", 5, "logs:GetLogEvents", 2), onlyLogs(r.byAction()), "bounded attempts");
        assertEquals(clean.result().ruleIds(), r.result().ruleIds(), "the stopped reasons still name the missing group");
        assertTrue(r.byAction().containsKey("ecs:DescribeTasks") && r.byAction().containsKey("ec2:DescribeSubnets"), r.byAction().toString());
    }

    @Test
    void aDeniedOperationIsMissingEvidenceWithItsIamActionAndTheRestIsDiagnosed() {
        Run r = diagnose(FaultPlan.none().deny("ec2:DescribeSubnets").deny("ecs:DescribeTaskDefinition"));
        System.out.printf("FAULTS denied: %d calls, %d ms%n%s%n", r.calls(), r.millis(), r.result());
        for (String action : List.of("ec2:DescribeSubnets", "ecs:DescribeTaskDefinition")) {
            JsonNode gap = gap(r.result(), action);
            assertTrue(gap.path("why").asText().contains("is not authorized to perform: " + action), gap.toString());
        }
        assertEquals(1, r.byAction().get("ec2:DescribeSubnets"), "AccessDenied is not retried");
        assertEquals(1, r.result().exit(), r.result().toString());
        assertEquals("LogGroupMissing", r.result().ruleIds().get(0), "diagnosed from the stopped reasons: " + r.result());
    }

    /**
     * A 500 on every call of an operation outlasts the SDK's retries: the read is missing evidence with its IAM
     * action (not an error text a rule could read as the API's answer), and the rest of the diagnosis is unchanged.
     */
    @Test
    void anOperationFailingWith500OnEveryCallIsMissingEvidenceAndTheRestIsDiagnosed() {
        Run r = diagnose(FaultPlan.none().always("ecs:DescribeTaskDefinition", FaultPlan.Fault.ERROR_500)
                .always("ec2:DescribeSecurityGroups", FaultPlan.Fault.ERROR_500));
        System.out.printf("FAULTS 500 on two operations: %d calls, %d ms%n%s%n", r.calls(), r.millis(), r.result());
        JsonNode td = gap(r.result(), "ecs:DescribeTaskDefinition");
        assertTrue(td.path("why").asText().contains("InternalFailure"), td.toString());
        JsonNode sg = gap(r.result(), "ec2:DescribeSecurityGroups");
        assertTrue(sg.path("why").asText().contains("InternalError"), sg.toString());
        assertEquals(List.of("ec2:DescribeSecurityGroups", "ecs:DescribeTaskDefinition"), gapActions(r.result()).stream().sorted().toList(),
                r.result().toString());
        assertTrue(r.byAction().get("ecs:DescribeTaskDefinition") > 1, "a 500 is retried: " + r.byAction());
        assertEquals(1, r.result().exit(), r.result().toString());
        assertEquals("LogGroupMissing", r.result().ruleIds().get(0), "diagnosed from the stopped reasons: " + r.result());
        assertTrue(!r.result().toString().contains("An error occurred (InternalFailure)"), "no CLI error text for a server failure: " + r.result());
    }

    private static Map<String, Integer> onlyLogs(Map<String, Integer> byAction) {
        Map<String, Integer> out = new java.util.TreeMap<>();
        byAction.forEach((k, v) -> { if (k.startsWith("logs:")) out.put(k, v); });
        return out;
    }
}
