package io.ecstriage.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.ecstriage.collect.Redactor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import io.ecstriage.json.JsonTrees;

/**
 * Seed 003's first trap, built in moto: the task definition logs to /ecs/vendor0919-api, which was never created,
 * and the service's tasks stop with the real ResourceInitializationError texts. Diagnosed live by --cluster (no
 * CloudFormation), then through a snapshot, then through a redacted snapshot.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LiveLogGroupMissingIT {
    static final String REGION = "ap-northeast-1";
    static final String CLUSTER = "vendor0919-cluster";
    static final String SERVICE = "vendor0919-service";
    static final List<String> REASONS = List.of(
            "ResourceInitializationError: failed to validate logger args: create stream has been retried 1 times: failed to create Cloudwatch log stream: ResourceNotFoundException: The specified log group does not exist. : exit status 1",
            "ResourceInitializationError: failed to validate logger args: The task cannot find the Amazon CloudWatch log group defined in the task definition. There is a connection issue between the task and Amazon CloudWatch. Check your network configuration. : signal: killed");

    @RegisterExtension
    static final org.junit.jupiter.api.extension.BeforeAllCallback MOTO = ctx -> moto = MotoServer.get(ctx);
    static MotoServer moto;
    List<String> stopped;

    @BeforeAll
    void incident() {
        Emulated aws = new Emulated(moto, REGION);
        Emulated.Network net = aws.network("10.30", "a", "c");
        String sg = aws.securityGroup(net.vpcId(), "vendor0918-sg");
        aws.openToWorld(sg, 8080); // seed 003 §2-4 opened the app port to test the task's public IP
        aws.fargateService(CLUSTER, "vendor0919-task").containerCpu(256)
                .image(Emulated.ACCOUNT + ".dkr.ecr." + REGION + ".amazonaws.com/vendor0919-api:latest").port(8080).awslogs("/ecs/vendor0919-api")
                .create(SERVICE, Emulated.awsvpc(net.subnets().get(0), sg));
        stopped = aws.stoppedTasks(CLUSTER, SERVICE, "vendor0919-task:1", net.subnets().get(0), sg, REASONS);
    }

    @Test
    void theClusterAloneFindsTheMissingLogGroupAndChangesNothing() {
        var before = moto.state();
        LiveCli.Result r = LiveCli.run(moto, REGION, "diagnose", "--cluster", CLUSTER, "--format", "json");
        var after = moto.state();
        assertEquals(List.of(), MotoServer.changed(before, after), "a diagnosis changed the emulator's state");
        assertTrue(after.containsKey("ecs.Task") && after.containsKey("ecs.Service"), "the state compared is the incident's");
        assertEquals(1, r.exit(), r.toString());
        assertEquals("LogGroupMissing", r.ruleIds().get(0), r.toString());
        JsonNode top = r.json().path("findings").get(0);
        assertTrue(top.path("resources").toString().contains("/ecs/vendor0919-api"), top.toString());
        String explained = top.path("explains").toString();
        for (String arn : stopped) assertTrue(explained.contains(arn.substring(arn.lastIndexOf('/') + 1)), explained);
        assertTrue(explained.contains("service " + SERVICE + " runs 0 of 1 tasks"), explained);
        assertEquals("live cluster " + CLUSTER, r.json().path("input").asText());
        assertEquals(0, r.json().path("missingEvidence").size(), r.toString());
    }

    @Test
    void oneServiceOfTheClusterGivesTheSameCause() {
        LiveCli.Result r = LiveCli.run(moto, REGION, "diagnose", "--cluster", CLUSTER, "--service", SERVICE, "--format", "json");
        assertEquals(1, r.exit(), r.toString());
        assertEquals(List.of("LogGroupMissing"), r.problemRuleIds(), r.toString());
    }

    @Test
    void theDoctorCollectsTheClusterAndRanksTheSameCause() {
        Map<String, String> env = new java.util.HashMap<>(Emulated.ENV);
        env.put("AWS_ENDPOINT_URL", moto.endpoint());
        LiveCli.Result r = LiveCli.run(env, "doctor", "--cluster", CLUSTER, "--region", REGION, "-c", "diagnose");
        assertEquals(1, r.exit(), r.toString()); // `diagnose` in the session: problems found
        assertTrue(r.out().contains("#1 LogGroupMissing"), r.toString());
    }

    @Test
    void aSnapshotDiagnosesExactlyAsTheLiveRun(@TempDir Path dir) throws Exception {
        LiveCli.Result live = LiveCli.run(moto, REGION, "diagnose", "--cluster", CLUSTER, "--format", "json");
        Path file = dir.resolve("snap.json");
        LiveCli.Result snap = LiveCli.run(moto, REGION, "snapshot", "--cluster", CLUSTER, "--out", file.toString());
        assertEquals(0, snap.exit(), snap.toString());
        JsonNode fixture = LiveCli.MAPPER.readTree(file.toFile());
        assertEquals(1, fixture.path("ecsTriageFixture").asInt());
        assertTrue(fixture.path("captures").toString().contains("aws ecs list-tasks --cluster " + CLUSTER + " --desired-status STOPPED"),
                "stopped tasks are listed");
        // the stopped tasks' streams are read before the group is known to be missing, and then left out: the snapshot
        // holds what reading them after the groups held (no tail of a group that does not exist)
        assertFalse(fixture.path("captures").toString().contains("aws logs get-log-events --log-group-name /ecs/vendor0919-api"),
                fixture.path("captures").toString());
        LiveCli.Result offline = LiveCli.run(Map.of(), "diagnose", "--fixture", file.toString(), "--format", "json");
        assertEquals(live.exit(), offline.exit(), offline.toString());
        assertEquals(LiveCli.withoutInput(live.json()), LiveCli.withoutInput(offline.json()));
        assertEquals(file.toString(), offline.json().path("input").asText());
    }

    @Test
    void aRedactedSnapshotHidesTheAccountAndDiagnosesTheSame(@TempDir Path dir) throws Exception {
        Path plain = dir.resolve("plain.json");
        Path redacted = dir.resolve("redacted.json");
        assertEquals(0, LiveCli.run(moto, REGION, "snapshot", "--cluster", CLUSTER, "--out", plain.toString()).exit());
        assertEquals(0, LiveCli.run(moto, REGION, "snapshot", "--cluster", CLUSTER, "--out", redacted.toString(), "--redact").exit());
        String text = Files.readString(redacted);
        var m = java.util.regex.Pattern.compile("(?<!\\d)" + Emulated.ACCOUNT + "(?!\\d)").matcher(text);
        assertFalse(m.find(), () -> "the account id is still in the redacted snapshot: …" + text.substring(Math.max(0, m.start() - 200), m.end()));
        assertTrue(text.contains("ecs-svc/1234567890123456789"), "a longer number that contains the account id is not an account id");
        assertTrue(text.contains("arn:aws:ecs:" + REGION + ":100000000001:cluster/" + CLUSTER), "ARNs keep their shape");
        LiveCli.Result a = LiveCli.run(Map.of(), "diagnose", "--fixture", plain.toString(), "--format", "json");
        LiveCli.Result b = LiveCli.run(Map.of(), "diagnose", "--fixture", redacted.toString(), "--format", "json");
        assertEquals(a.exit(), b.exit());
        assertEquals(a.ruleIds(), b.ruleIds());
        Redactor accounts = new Redactor(new JsonTrees());
        accounts.redact(LiveCli.MAPPER.createObjectNode(), Emulated.ACCOUNT);
        assertEquals(accounts.replaceAccounts(LiveCli.withoutInput(a.json()).toString()), LiveCli.withoutInput(b.json()).toString());
    }

    @Test
    void aClusterThatDoesNotExistIsBadInput() {
        LiveCli.Result r = LiveCli.run(moto, REGION, "diagnose", "--cluster", "no-such-cluster");
        assertEquals(2, r.exit(), r.toString());
        assertTrue(r.err().contains("cluster no-such-cluster not found in " + REGION), r.err());
    }
}
