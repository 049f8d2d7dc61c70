package io.ecstriage.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ecstriage.TestDiagnosis;
import io.ecstriage.engine.RuleEngine;
import io.ecstriage.finding.Finding;
import io.ecstriage.json.JsonTrees;
import io.ecstriage.model.EcsTask;
import io.ecstriage.model.Snapshot;
import io.ecstriage.model.TrafficPath;
import io.ecstriage.report.Report;
import java.nio.file.Files;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * A property the stack's last update changed raises the cause whose field it is, as a changed task-definition revision
 * does (basis "changed-since-healthy"); a change to another property of the same resource does not. Each case adds a
 * describe-stack-events capture (an update of 2026-11-20, then the latest of 2026-12-02) to a fires fixture of the rule;
 * moto's stack events are stack-level only, so this cannot be built in the emulator.
 */
class StackChangeCausesTest {
    private static final JsonTrees JSON = new JsonTrees();

    private record Case(String rule, String fixture, String type, Function<Snapshot, String> physicalId, String before, String after,
                        String unrelatedAfter, String evidence) {}

    private static String taskDefinition(Snapshot s) {
        return s.all(EcsTask.class).stream().map(EcsTask::taskDefinitionArn).filter(a -> a != null).findFirst().orElseThrow();
    }

    /** The first traffic path (a derived fact) of the fixture. */
    private static TrafficPath path(Snapshot s) {
        return RuleEngine.facts(s).stream().filter(TrafficPath.class::isInstance).map(TrafficPath.class::cast).findFirst().orElseThrow();
    }

    private static String taskGroup(Snapshot s) {
        return path(s).taskSecurityGroups().get(0);
    }

    @Test
    void aChangedImageRaisesImagePullAccessDenied() throws Exception {
        check(new Case("ImagePullAccessDenied", "fires-batchgetimage-denied", "AWS::ECS::TaskDefinition", StackChangeCausesTest::taskDefinition,
                "{\"ContainerDefinitions\":[{\"Name\":\"app\",\"Image\":\"111122223333.dkr.ecr.eu-west-1.amazonaws.com/app:1.0\"}],\"Cpu\":\"256\"}",
                "{\"ContainerDefinitions\":[{\"Name\":\"app\",\"Image\":\"444455556666.dkr.ecr.eu-west-1.amazonaws.com/app:1.1\"}],\"Cpu\":\"256\"}",
                "{\"ContainerDefinitions\":[{\"Name\":\"app\",\"Image\":\"111122223333.dkr.ecr.eu-west-1.amazonaws.com/app:1.0\"}],\"Cpu\":\"512\"}",
                "ContainerDefinitions[0].Image: 111122223333.dkr.ecr.eu-west-1.amazonaws.com/app:1.0 → 444455556666.dkr.ecr.eu-west-1.amazonaws.com/app:1.1"));
    }

    @Test
    void aNewEnvironmentVariableRaisesEssentialContainerExited() throws Exception {
        check(new Case("EssentialContainerExited", "fires-java-exception", "AWS::ECS::TaskDefinition", StackChangeCausesTest::taskDefinition,
                "{\"ContainerDefinitions\":[{\"Name\":\"app\",\"Environment\":[{\"Name\":\"PORT\",\"Value\":\"8080\"}]}]}",
                "{\"ContainerDefinitions\":[{\"Name\":\"app\",\"Environment\":[{\"Name\":\"PORT\",\"Value\":\"8080\"},{\"Name\":\"SPRING_PROFILES_ACTIVE\",\"Value\":\"prod\"}]}]}",
                "{\"ContainerDefinitions\":[{\"Name\":\"app\",\"Environment\":[{\"Name\":\"PORT\",\"Value\":\"8080\"}]}],\"Tags\":[{\"Key\":\"team\",\"Value\":\"core\"}]}",
                "ContainerDefinitions[0].Environment[1].Name: (none) → SPRING_PROFILES_ACTIVE"));
    }

    @Test
    void aChangedContainerHealthCheckRaisesContainerHealthCheckFailing() throws Exception {
        check(new Case("ContainerHealthCheckFailing", "fires-short-start-period", "AWS::ECS::TaskDefinition", StackChangeCausesTest::taskDefinition,
                "{\"ContainerDefinitions\":[{\"Name\":\"api\",\"HealthCheck\":{\"Command\":[\"CMD-SHELL\",\"curl -f http://localhost:8000/health || exit 1\"],\"StartPeriod\":\"90\"}}]}",
                "{\"ContainerDefinitions\":[{\"Name\":\"api\",\"HealthCheck\":{\"Command\":[\"CMD-SHELL\",\"curl -f http://localhost:8000/health || exit 1\"],\"StartPeriod\":\"10\"}}]}",
                "{\"ContainerDefinitions\":[{\"Name\":\"api\",\"HealthCheck\":{\"Command\":[\"CMD-SHELL\",\"curl -f http://localhost:8000/health || exit 1\"],\"StartPeriod\":\"90\"}}],\"Memory\":\"2048\"}",
                "ContainerDefinitions[0].HealthCheck.StartPeriod: 90 → 10"));
    }

    @Test
    void aNarrowedIngressOfTheTaskGroupRaisesHealthCheckBlockedBySecurityGroup() throws Exception {
        check(new Case("HealthCheckBlockedBySecurityGroup", "fires-timeout-sg-closed", "AWS::EC2::SecurityGroup", StackChangeCausesTest::taskGroup,
                "{\"GroupDescription\":\"tasks\",\"SecurityGroupIngress\":[{\"IpProtocol\":\"tcp\",\"FromPort\":\"0\",\"ToPort\":\"65535\",\"CidrIp\":\"10.0.0.0/16\"}]}",
                "{\"GroupDescription\":\"tasks\",\"SecurityGroupIngress\":[{\"IpProtocol\":\"tcp\",\"FromPort\":\"443\",\"ToPort\":\"443\",\"CidrIp\":\"10.0.0.0/16\"}]}",
                "{\"GroupDescription\":\"tasks\",\"SecurityGroupIngress\":[{\"IpProtocol\":\"tcp\",\"FromPort\":\"0\",\"ToPort\":\"65535\",\"CidrIp\":\"10.0.0.0/16\"}],\"Tags\":[{\"Key\":\"team\",\"Value\":\"core\"}]}",
                "SecurityGroupIngress[0].FromPort: 0 → 443"));
    }

    @Test
    void aChangedHealthCheckPathRaisesHealthCheckPathMismatch() throws Exception {
        check(new Case("HealthCheckPathMismatch", "fires-timeout-path-differs", "AWS::ElasticLoadBalancingV2::TargetGroup",
                s -> path(s).targetGroupArn(),
                "{\"Port\":\"8080\",\"Protocol\":\"HTTP\",\"HealthCheckPath\":\"/health\",\"HealthCheckIntervalSeconds\":\"30\"}",
                "{\"Port\":\"8080\",\"Protocol\":\"HTTP\",\"HealthCheckPath\":\"/api/health\",\"HealthCheckIntervalSeconds\":\"30\"}",
                "{\"Port\":\"8080\",\"Protocol\":\"HTTP\",\"HealthCheckPath\":\"/health\",\"HealthCheckIntervalSeconds\":\"15\"}",
                "HealthCheckPath: /health → /api/health"));
    }

    private static void check(Case c) throws Exception {
        String text = Files.readString(RuleFolders.of(c.rule()).dir().resolve(c.fixture() + ".json"));
        Snapshot plain = TestDiagnosis.snapshot("t.json", text);
        String physical = c.physicalId().apply(plain);
        Finding without = finding(TestDiagnosis.diagnose("t.json", text), c.rule());
        Finding raised = finding(TestDiagnosis.diagnose("t.json", withUpdate(text, plain.region(), c.type(), physical, c.before(), c.after())), c.rule());
        Finding unrelated = finding(TestDiagnosis.diagnose("t.json", withUpdate(text, plain.region(), c.type(), physical, c.before(), c.unrelatedAfter())), c.rule());
        String expected = "Resource " + c.evidence();
        assertTrue(raised.evidence().stream().anyMatch(e -> e.source().startsWith("changed by stack app-stack's update of 2026-12-02T10:00:00Z")
                && e.text().equals(expected)), c.rule() + ": " + raised.evidence());
        assertTrue(raised.confidence() > without.confidence() || without.confidence() >= 0.99, c.rule() + " " + raised.confidence() + " vs " + without.confidence());
        assertFalse(unrelated.evidence().stream().anyMatch(e -> e.source().startsWith("changed by")), c.rule() + ": " + unrelated.evidence());
        assertEquals(without.confidence(), unrelated.confidence(), 1e-9, c.rule());
    }

    private static Finding finding(Report r, String rule) {
        return r.findings().stream().filter(f -> f.ruleId().equals(rule)).findFirst()
                .orElseThrow(() -> new AssertionError(rule + " not in " + TestDiagnosis.summary(r)));
    }

    /** The fixture plus describe-stack-events of stack app-stack: an update setting `before`, then the latest setting `after`. */
    static String withUpdate(String fixture, String region, String type, String physicalId, String before, String after) throws Exception {
        ObjectNode root = (ObjectNode) JSON.read(fixture);
        String stackId = "arn:aws:cloudformation:" + region + ":111122223333:stack/app-stack/1c2d3e40-a9b8-11ef-8f7e-06d5c4b3a291";
        ArrayNode events = JSON.array();
        // newest first, as describe-stack-events prints them
        stackEvent(events, stackId, "2026-12-02T10:03:02Z", "UPDATE_COMPLETE", null);
        stackEvent(events, stackId, "2026-12-02T10:03:01Z", "UPDATE_COMPLETE_CLEANUP_IN_PROGRESS", null);
        event(events, stackId, "2026-12-02T10:00:09Z", "Resource", type, "UPDATE_COMPLETE", physicalId, after);
        event(events, stackId, "2026-12-02T10:00:04Z", "Resource", type, "UPDATE_IN_PROGRESS", physicalId, after);
        stackEvent(events, stackId, "2026-12-02T10:00:00Z", "UPDATE_IN_PROGRESS", "User Initiated");
        stackEvent(events, stackId, "2026-11-20T08:00:12Z", "UPDATE_COMPLETE", null);
        event(events, stackId, "2026-11-20T08:00:06Z", "Resource", type, "UPDATE_COMPLETE", physicalId, before);
        event(events, stackId, "2026-11-20T08:00:03Z", "Resource", type, "UPDATE_IN_PROGRESS", physicalId, before);
        stackEvent(events, stackId, "2026-11-20T08:00:00Z", "UPDATE_IN_PROGRESS", "User Initiated");
        ObjectNode capture = ((ArrayNode) root.get("captures")).addObject();
        capture.put("command", "aws cloudformation describe-stack-events --stack-name app-stack --region " + region).put("region", region);
        capture.putObject("output").set("StackEvents", events);
        return JSON.pretty(root);
    }

    private static void stackEvent(ArrayNode into, String stackId, String time, String status, String reason) {
        event(into, stackId, time, "app-stack", "AWS::CloudFormation::Stack", status, stackId, null).put("ResourceStatusReason", reason);
    }

    private static ObjectNode event(ArrayNode into, String stackId, String time, String logicalId, String type, String status, String physicalId,
                                    String properties) {
        ObjectNode e = into.addObject().put("StackId", stackId).put("EventId", logicalId + "-" + status + "-" + time).put("StackName", "app-stack")
                .put("LogicalResourceId", logicalId).put("PhysicalResourceId", physicalId).put("ResourceType", type)
                .put("Timestamp", time).put("ResourceStatus", status);
        if (properties != null) e.put("ResourceProperties", properties);
        return e;
    }
}
