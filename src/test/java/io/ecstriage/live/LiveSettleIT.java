package io.ecstriage.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Live mode settles a hypothesis by itself. The awslogs group of the task definition was never created; the stopped
 * reason is a logger failure that names the group but not why, so only the log group listing can confirm
 * LogGroupMissing. The collection's listing fails (five 500s through the {@link FaultProxy}: moto never fails), the
 * first diagnosis leaves LogGroupMissing a hypothesis whose check is that listing, the settling round makes it (the
 * sixth send passes) and the report confirms the cause.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LiveSettleIT {
    static final String REGION = "ap-southeast-2";
    static final String CLUSTER = "settle-cluster";
    static final String SERVICE = "settle-service";
    static final String GROUP = "/ecs/settle-api";
    static final String REASON = "ResourceInitializationError: failed to validate logger args: create stream has been retried 1 times: "
            + "failed to create Cloudwatch log stream for log group \"" + GROUP + "\": signal: killed";

    @RegisterExtension
    static final org.junit.jupiter.api.extension.BeforeAllCallback MOTO = ctx -> moto = MotoServer.get(ctx);
    static MotoServer moto;

    @BeforeAll
    void incident() {
        Emulated aws = new Emulated(moto, REGION);
        Emulated.Network net = aws.network("10.61", "a", "b");
        String sg = aws.securityGroup(net.vpcId(), "settle-sg");
        aws.fargateService(CLUSTER, "settle-task").containerCpu(256).awslogs(GROUP).create(SERVICE, Emulated.awsvpc(net.subnets().get(0), sg));
        aws.stoppedTasks(CLUSTER, SERVICE, "settle-task:1", net.subnets().get(0), sg, List.of(REASON));
    }

    @Test
    void theHypothesisCheckIsReadAndConfirmsTheCause(@TempDir Path dir) throws Exception {
        // all 5 attempts of the collection's listing fail; the settling round's send is the 6th
        FaultPlan plan = FaultPlan.none().first("logs:DescribeLogGroups", 5, FaultPlan.Fault.ERROR_500);
        LiveCli.Result r;
        int listings;
        try (FaultProxy proxy = FaultProxy.start(moto.endpoint(), plan)) {
            r = LiveCli.run(proxy.endpoint(), REGION, "diagnose", "--cluster", CLUSTER, "--format", "json");
            listings = proxy.calls().getOrDefault("logs:DescribeLogGroups", 0);
        }
        assertEquals(6, listings, "five failed sends in the collection, one in the settling round: " + r);
        assertEquals(1, r.exit(), r.toString());
        assertEquals("LogGroupMissing", r.ruleIds().get(0), r.toString());
        JsonNode top = r.json().path("findings").get(0);
        assertTrue(top.path("evidence").toString().contains("no log group named " + GROUP), top.toString());
        assertTrue(r.json().path("hypotheses").toString().indexOf("\"LogGroupMissing\"") < 0, "no longer a hypothesis: " + r);

        try (FaultProxy proxy = FaultProxy.start(moto.endpoint(), plan)) {
            Path file = dir.resolve("snap.json");
            LiveCli.Result snap = LiveCli.run(proxy.endpoint(), REGION, "snapshot", "--cluster", CLUSTER, "--out", file.toString());
            assertEquals(0, snap.exit(), snap.toString());
            LiveCli.Result offline = LiveCli.run(Map.of(), "diagnose", "--fixture", file.toString(), "--format", "json");
            assertEquals(r.ruleIds(), offline.ruleIds(), "the snapshot holds the settling round's captures too: " + offline);
        }
    }

    @Test
    void withoutTheFaultTheCollectionAloneConfirmsItAndNothingIsSettled() {
        try (FaultProxy proxy = FaultProxy.start(moto.endpoint(), FaultPlan.none())) {
            LiveCli.Result r = LiveCli.run(proxy.endpoint(), REGION, "diagnose", "--cluster", CLUSTER, "--format", "json");
            assertEquals("LogGroupMissing", r.ruleIds().get(0), r.toString());
            assertEquals(1, proxy.calls().getOrDefault("logs:DescribeLogGroups", 0), "the listing is made once");
        }
    }
}
