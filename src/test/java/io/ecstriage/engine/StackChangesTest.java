package io.ecstriage.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecstriage.TestDiagnosis;
import io.ecstriage.json.JsonTrees;
import io.ecstriage.model.StackChange;
import io.ecstriage.model.StackChange.Kind;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StackChangesTest {
    private static final String ARN = "arn:aws:cloudformation:eu-west-1:111122223333:stack/web/0f2c7a10-b1d4-11ef-8c3e-0a5d9e7b2f41";

    private static List<StackChange> changes(String text) {
        return new StackChanges(TestDiagnosis.snapshot("t.json", text)).all();
    }

    private static List<String> lines(StackChange c) {
        return c.properties().stream().map(StackChange.Property::describe).toList();
    }

    private static List<StackChange.Property> diff(Map<String, Object> before, Map<String, Object> after, Map<String, String> parameters) {
        return new StackChanges.PropertyDiff(new JsonTrees(), parameters).of(before, after);
    }

    /** One describe-stack-events entry; `properties` is the ResourceProperties JSON text, or null for none. */
    private static String event(String time, String logicalId, String type, String status, String physical, String reason, String properties) {
        StringBuilder sb = new StringBuilder("{\"StackId\": \"" + ARN + "\", \"StackName\": \"web\", \"EventId\": \"" + logicalId + "-" + time + "\", "
                + "\"LogicalResourceId\": \"" + logicalId + "\", \"ResourceType\": \"" + type + "\", \"ResourceStatus\": \"" + status + "\", "
                + "\"PhysicalResourceId\": \"" + physical + "\", \"Timestamp\": \"2026-12-02T" + time + ".000000+00:00\"");
        if (reason != null) sb.append(", \"ResourceStatusReason\": \"").append(reason).append('"');
        if (properties != null) sb.append(", \"ResourceProperties\": \"").append(properties.replace("\"", "\\\"")).append('"');
        return sb.append('}').toString();
    }

    private static String stack(String time, String status, String reason) {
        return event(time, "web", "AWS::CloudFormation::Stack", status, ARN, reason, null);
    }

    /** The events newest first, as describe-stack-events prints them. */
    private static String events(String... chronological) {
        List<String> l = new ArrayList<>(List.of(chronological));
        java.util.Collections.reverse(l);
        return "{\"StackEvents\": [" + String.join(",\n", l) + "]}";
    }

    @Test
    void aRolledBackUpdateTakesTheNewValuesFromTheFailedAttemptAndTheOldOnesFromTheRollbackOrTheUpdateBefore() throws Exception {
        String text = Files.readString(TestDiagnosis.projectDir().resolve("fixtures/scenarios/stack-update-image-rolled-back/snapshot.json"));
        List<StackChange> changes = changes(text);
        assertEquals(List.of("TaskDefinition", "Service"), changes.stream().map(StackChange::logicalId).toList());
        StackChange td = changes.get(0);
        assertEquals(Kind.REPLACED, td.kind());
        assertEquals("arn:aws:ecs:eu-west-1:111122223333:task-definition/orders-api:8", td.physicalId(), "the new revision, which the failing tasks ran");
        assertEquals(List.of("ContainerDefinitions[0].Image: 111122223333.dkr.ecr.eu-west-1.amazonaws.com/orders-api:v41 (= parameter ImageUri now)"
                + " → 111122223333.dkr.ecr.eu-west-1.amazonaws.com/orders-api:v42"), lines(td), "the old image from the update of 2026-11-27");
        assertTrue(td.touches("Image"));
        StackChange service = changes.get(1);
        assertEquals(Kind.MODIFIED, service.kind());
        assertEquals(List.of("TaskDefinition: arn:aws:ecs:eu-west-1:111122223333:task-definition/orders-api:7 → arn:aws:ecs:eu-west-1:111122223333:task-definition/orders-api:8"),
                lines(service), "the old value from the rollback's UPDATE_IN_PROGRESS");
        assertEquals("UPDATE_ROLLBACK_COMPLETE", service.stackStatus());
        assertEquals("arn:aws:cloudformation:eu-west-1:111122223333:stack/orders-stack/5b8e2f10-a1c4-11ef-9d2e-0a7c3e9b4f21", service.stackId());
        assertEquals("2", service.currentParameters().get("DesiredCount"));
    }

    @Test
    void withoutTheUpdateBeforeItInTheWindowAResourceIsListedWithoutADiffAndSaysWhy() {
        String text = events(
                stack("10:00:00", "UPDATE_IN_PROGRESS", "User Initiated"),
                event("10:00:04", "AppSecurityGroup", "AWS::EC2::SecurityGroup", "UPDATE_IN_PROGRESS", "sg-0a1b2c3d4e5f60718", null,
                        "{\"GroupDescription\":\"app\",\"SecurityGroupIngress\":[{\"IpProtocol\":\"tcp\",\"FromPort\":\"8080\",\"ToPort\":\"8080\"}]}"),
                event("10:00:06", "AppSecurityGroup", "AWS::EC2::SecurityGroup", "UPDATE_COMPLETE", "sg-0a1b2c3d4e5f60718", null, null),
                stack("10:00:07", "UPDATE_COMPLETE_CLEANUP_IN_PROGRESS", null),
                stack("10:00:08", "UPDATE_COMPLETE", null));
        StackChange c = changes(text).get(0);
        assertEquals(Kind.MODIFIED, c.kind());
        assertEquals(List.of(), c.properties());
        assertEquals("its earlier properties are not in the events read", c.unknownBecause());
        assertEquals("AppSecurityGroup (AWS::EC2::SecurityGroup, sg-0a1b2c3d4e5f60718) modified: its earlier properties are not in the events read", c.resourceLine());
    }

    @Test
    void anUpdateListsWhatItAddedAndWhatItsCleanupRemovedAndACreateListsNothing() {
        String update = events(
                stack("09:00:00", "CREATE_IN_PROGRESS", "User Initiated"),
                event("09:00:03", "OldQueue", "AWS::SQS::Queue", "CREATE_IN_PROGRESS", "", null, "{\"QueueName\":\"web-old\"}"),
                event("09:00:05", "OldQueue", "AWS::SQS::Queue", "CREATE_COMPLETE", "https://sqs.eu-west-1.amazonaws.com/111122223333/web-old", null, "{\"QueueName\":\"web-old\"}"),
                stack("09:00:06", "CREATE_COMPLETE", null),
                stack("10:00:00", "UPDATE_IN_PROGRESS", "User Initiated"),
                event("10:00:03", "Bucket", "AWS::S3::Bucket", "CREATE_IN_PROGRESS", "", null, "{}"),
                event("10:00:25", "Bucket", "AWS::S3::Bucket", "CREATE_COMPLETE", "web-bucket-1x2y3z4w5v6u", null, null),
                stack("10:00:26", "UPDATE_COMPLETE_CLEANUP_IN_PROGRESS", null),
                event("10:00:27", "OldQueue", "AWS::SQS::Queue", "DELETE_IN_PROGRESS", "https://sqs.eu-west-1.amazonaws.com/111122223333/web-old", null, null),
                event("10:00:29", "OldQueue", "AWS::SQS::Queue", "DELETE_COMPLETE", "https://sqs.eu-west-1.amazonaws.com/111122223333/web-old", null, null),
                stack("10:00:30", "UPDATE_COMPLETE", null));
        List<StackChange> changes = changes(update);
        assertEquals(List.of("Bucket ADDED web-bucket-1x2y3z4w5v6u", "OldQueue REMOVED https://sqs.eu-west-1.amazonaws.com/111122223333/web-old"),
                changes.stream().map(c -> c.logicalId() + " " + c.kind() + " " + c.physicalId()).toList());
        assertEquals(List.of(), changes(events(stack("09:00:00", "CREATE_IN_PROGRESS", "User Initiated"),
                event("09:00:03", "OldQueue", "AWS::SQS::Queue", "CREATE_IN_PROGRESS", "", null, "{\"QueueName\":\"web-old\"}"),
                stack("09:00:06", "CREATE_COMPLETE", null))), "a create has no before: nothing changed, everything is new");
    }

    @Test
    void nestedObjectsAndListsAreComparedLeafByLeafAndNumbersAsCloudFormationPrintsThem() {
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("GroupDescription", "app");
        before.put("SecurityGroupIngress", List.of(Map.of("IpProtocol", "tcp", "FromPort", "443", "ToPort", "443"),
                Map.of("IpProtocol", "tcp", "FromPort", "8080", "ToPort", "8080", "SourceSecurityGroupId", "sg-0aa11bb22cc33dd44")));
        before.put("Tags", List.of(Map.of("Key", "team", "Value", "orders")));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("GroupDescription", "app");
        after.put("SecurityGroupIngress", List.of(Map.of("IpProtocol", "tcp", "FromPort", 443, "ToPort", 443),
                Map.of("IpProtocol", "tcp", "FromPort", "9090", "ToPort", "9090", "SourceSecurityGroupId", "sg-0aa11bb22cc33dd44"),
                Map.of("IpProtocol", "tcp", "FromPort", "22", "ToPort", "22", "CidrIp", "0.0.0.0/0")));
        after.put("Tags", List.of(Map.of("Key", "team", "Value", "orders")));
        List<String> got = diff(before, after, Map.of()).stream().map(StackChange.Property::describe).toList();
        assertEquals(List.of("SecurityGroupIngress[1].FromPort: 8080 → 9090", "SecurityGroupIngress[1].ToPort: 8080 → 9090",
                "SecurityGroupIngress[2].CidrIp: (none) → 0.0.0.0/0", "SecurityGroupIngress[2].FromPort: (none) → 22",
                "SecurityGroupIngress[2].IpProtocol: (none) → tcp", "SecurityGroupIngress[2].ToPort: (none) → 22"), got,
                "\"443\" and 443 are the same value; unchanged Tags say nothing");
    }

    @Test
    void aStringHoldingJsonIsComparedInsideAndAScalarReplacedByAnObjectIsOneLine() {
        Map<String, Object> before = Map.of("PolicyDocument", "{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\"}]}",
                "HealthCheck", "none");
        Map<String, Object> after = Map.of("PolicyDocument", "{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:*\"}]}",
                "HealthCheck", Map.of("Command", List.of("CMD-SHELL", "curl -f http://localhost:8080/healthz")));
        assertEquals(List.of("HealthCheck: none → {Command: [CMD-SHELL, curl -f http://localhost:8080/healthz]}",
                        "PolicyDocument.Statement[0].Action: s3:GetObject → s3:*"),
                diff(before, after, Map.of()).stream().map(StackChange.Property::describe).toList());
        assertEquals(List.of("Description: {not json → [also not"), diff(Map.of("Description", "{not json"), Map.of("Description", "[also not"), Map.of())
                .stream().map(StackChange.Property::describe).toList(), "text that only looks like JSON stays text");
    }

    @Test
    void aParameterIsNamedOnlyWhenItAloneHoldsThatValueAndTheValueIsDistinctive() {
        Map<String, String> parameters = Map.of("ImageUri", "repo/api:2026.12.1", "Port", "8080", "AltPort", "8080");
        StackChange.Property p = diff(Map.of("Image", "repo/api:2026.11.7", "Port", "9090"),
                Map.of("Image", "repo/api:2026.12.1", "Port", "8080"), parameters).get(0);
        assertEquals("ImageUri", p.afterParameter());
        assertNull(p.beforeParameter());
        assertNull(diff(Map.of("Port", "9090"), Map.of("Port", "8080"), parameters).get(0).afterParameter(), "two parameters hold 8080, and it is short");
    }

    @Test
    void longValuesAreShortenedInTheMiddleKeepingTheirEnd() {
        String v = "arn:aws:elasticloadbalancing:eu-west-1:111122223333:targetgroup/orders-api-blue-tg/6d0ecf831eec9f09";
        String s = StackChange.Property.shorten(v);
        assertEquals(72, s.length());
        assertTrue(s.startsWith("arn:aws:elasticloadbalan…") && s.endsWith("orders-api-blue-tg/6d0ecf831eec9f09"), s);
    }
}
