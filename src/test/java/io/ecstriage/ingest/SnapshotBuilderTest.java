package io.ecstriage.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ecstriage.Samples;
import io.ecstriage.TestDiagnosis;
import io.ecstriage.json.JsonTrees;
import io.ecstriage.model.ContainerDefinition;
import io.ecstriage.model.EcrListing;
import io.ecstriage.model.EcsService;
import io.ecstriage.model.EcsTask;
import io.ecstriage.model.FailedCommand;
import io.ecstriage.model.IgnoredInput;
import io.ecstriage.model.LogGroup;
import io.ecstriage.model.LogGroupListing;
import io.ecstriage.model.ServiceDeployment;
import io.ecstriage.model.Snapshot;
import io.ecstriage.model.StackEvent;
import io.ecstriage.model.Subnet;
import io.ecstriage.model.TargetGroup;
import io.ecstriage.model.TargetHealth;
import io.ecstriage.model.TextSignal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SnapshotBuilderTest {
    private static final String TG_ARN = "arn:aws:elasticloadbalancing:sa-east-1:111122223333:targetgroup/web-tg/09902b0116e2f1dd";

    private static Snapshot snapshot(String text) {
        return TestDiagnosis.snapshot("in.json", text);
    }

    private static ObjectNode subnets(String id) {
        return (ObjectNode) Samples.read("{\"Subnets\": [{\"SubnetId\": \"" + id + "\", \"VpcId\": \"vpc-1\","
                + " \"AvailabilityZone\": \"x1a\", \"CidrBlock\": \"10.0.1.0/24\", \"MapPublicIpOnLaunch\": true}]}");
    }

    private static ObjectNode targetHealth() {
        return (ObjectNode) Samples.read("""
                {"TargetHealthDescriptions": [
                  {"Target": {"Id": "10.0.2.47", "Port": 8080, "AvailabilityZone": "sa-east-1a"}, "HealthCheckPort": "8080",
                   "TargetHealth": {"State": "unhealthy", "Reason": "Target.Timeout", "Description": "Request timed out"}}
                ]}""");
    }

    private static Subnet subnet(Snapshot s, String id) {
        return s.all(Subnet.class).stream().filter(x -> x.subnetId().equals(id)).findFirst().orElseThrow();
    }

    // --- unknown shapes ---

    @Test
    void capturesReadOnSeveralThreadsMakeTheSameSnapshot() throws IOException {
        List<Path> scenarios;
        try (Stream<Path> files = Files.list(TestDiagnosis.projectDir().resolve("fixtures/scenarios"))) {
            scenarios = files.map(d -> d.resolve("snapshot.json")).filter(Files::isRegularFile).sorted().toList();
        }
        SnapshotBuilder builder = new SnapshotBuilder(new JsonTrees());
        List<Capture> all = new ArrayList<>();
        for (Path file : scenarios) {
            ParsedInput parsed = TestDiagnosis.parse(file.toString(), Files.readString(file));
            all.addAll(parsed.captures());
            assertEquals(builder.build(parsed, null, 1), builder.build(parsed, null, 3), file.toString());
        }
        // every scenario's captures in one input: runs of captures from several files, joined across run boundaries
        ParsedInput merged = new ParsedInput("all.json", "fixture", null, null, null, all);
        assertTrue(all.size() > 100, "captures: " + all.size());
        Snapshot alone = builder.build(merged, null, 1);
        assertEquals(alone, builder.build(merged, null, 2));
        assertEquals(alone, builder.build(merged, null, 7));
        assertEquals(builder.build(merged, "eu-central-1", 1), builder.build(merged, "eu-central-1", 3));
    }

    @Test
    void unknownShapesAreListedWithTheirKeysWhileTheRestIsRead() {
        String json = Samples.fixture("mixed", "eu-west-1")
                .output(Samples.describeTaskDefinition("eu-west-1"), Samples.taskDefinition("/ecs/web"))
                .output("aws iam get-role --role-name x", Samples.read("{\"Role\": {\"RoleName\": \"x\"}, \"ResponseMetadata\": {}}"))
                .output(Samples.describeLogGroups("/ecs/web", "eu-west-1"), Samples.logGroups("eu-west-1", "/ecs/web"))
                .json();

        Snapshot s = snapshot(json);

        assertEquals(List.of(new IgnoredInput("in.json capture 2", List.of("Role", "ResponseMetadata"), "unrecognised output shape")),
                s.ignoredInputs());
        assertEquals(List.of("in.json capture 1: ecs describe-task-definition", "in.json capture 3: logs describe-log-groups"),
                s.recognisedInputs());
        assertEquals(1, s.all(ContainerDefinition.class).size());
        assertEquals(1, s.all(LogGroup.class).size());
    }

    @Test
    void unknownShapeInRawOutputIsReportedToo() {
        Snapshot s = snapshot("{\"logGroups\": []}\n{\"Foo\": 1, \"Bar\": [2]}");

        assertEquals(1, s.ignoredInputs().size());
        IgnoredInput ignored = s.ignoredInputs().get(0);
        assertEquals("in.json #2", ignored.source());
        assertEquals(List.of("Foo", "Bar"), ignored.keys());
        assertEquals(1, s.all(LogGroupListing.class).size());
    }

    @Test
    void outputThatIsNotAnObjectIsIgnored() {
        Snapshot s = snapshot("[\"subnet-1\", \"subnet-2\"]");

        assertEquals(List.of(new IgnoredInput("in.json #1", List.of(), "not a JSON object (array)")), s.ignoredInputs());
        assertTrue(s.facts().isEmpty());
    }

    @Test
    void captureWithNeitherOutputNorTextIsIgnored() {
        String json = Samples.fixture("empty capture", "eu-west-1")
                .capture(Samples.read("{\"command\": \"aws ecs list-clusters\"}"))
                .capture(Samples.read("{\"text\": \"   \"}"))
                .json();

        Snapshot s = snapshot(json);

        assertEquals(2, s.ignoredInputs().size());
        assertTrue(s.ignoredInputs().stream().allMatch(i -> i.reason().equals("capture has neither \"output\" nor \"text\"")));
        assertTrue(s.recognisedInputs().isEmpty());
    }

    // --- readers that need the command line ---

    @Test
    void describeTargetHealthTakesTheTargetGroupFromTheCommand() {
        String json = Samples.fixture("target health", "eu-west-1")
                .output("aws elbv2 describe-target-health --target-group-arn " + TG_ARN + " --region eu-west-1", targetHealth())
                .json();

        TargetHealth h = snapshot(json).all(TargetHealth.class).get(0);

        assertEquals(TG_ARN, h.targetGroupArn());
        assertEquals("sa-east-1", h.region(), "the ARN's region wins over --region");
        assertEquals("10.0.2.47", h.targetId());
        assertEquals(8080, h.port());
        assertEquals("unhealthy", h.state());
        assertEquals("Target.Timeout", h.reason());
        assertTrue(h.unhealthy());
    }

    @Test
    void describeTargetHealthAcceptsTheEqualsFormAndQuotes() {
        String json = Samples.fixture("target health", "eu-west-1")
                .output("aws elbv2 describe-target-health --target-group-arn='" + TG_ARN + "'", targetHealth())
                .json();

        assertEquals(TG_ARN, snapshot(json).all(TargetHealth.class).get(0).targetGroupArn());
    }

    @Test
    void describeTargetHealthWithoutACommandHasNoTargetGroup() {
        TargetHealth h = TestDiagnosis.snapshot("in.json", targetHealth().toString(), "us-west-2").all(TargetHealth.class).get(0);

        assertNull(h.targetGroupArn());
        assertEquals("us-west-2", h.region());
    }

    @Test
    void logGroupListingRemembersPrefixAndWhetherItIsComplete() {
        String json = Samples.fixture("listings", "eu-west-1")
                .output("aws logs describe-log-groups --log-group-name-prefix /ecs/web --region eu-west-1", Samples.logGroups("eu-west-1"))
                .output("aws logs describe-log-groups --region eu-west-1", Samples.read("{\"logGroups\": [], \"nextToken\": \"abc\"}"))
                .json();

        List<LogGroupListing> listings = snapshot(json).all(LogGroupListing.class);

        assertEquals(new LogGroupListing("eu-west-1", "/ecs/web", false), listings.get(0));
        assertEquals(new LogGroupListing("eu-west-1", null, true), listings.get(1));
    }

    // --- CloudFormation ---

    @Test
    void stackEventResourcePropertiesAreParsedFromTheirString() {
        String events = """
                {"StackEvents": [
                  {"StackId": "arn:aws:cloudformation:ap-northeast-1:111122223333:stack/infra/1", "StackName": "infra",
                   "LogicalResourceId": "ALB", "PhysicalResourceId": "", "ResourceType": "AWS::ElasticLoadBalancingV2::LoadBalancer",
                   "Timestamp": "2026-11-22T02:10:05.123000+00:00", "ResourceStatus": "CREATE_FAILED",
                   "ResourceStatusReason": "A load balancer cannot be attached to multiple subnets in the same Availability Zone",
                   "ResourceProperties": "{\\"Subnets\\":[\\"subnet-0d9d1c034ff3310ca\\",\\"subnet-0ae8225ddbc930c8b\\"],\\"Scheme\\":\\"internet-facing\\",\\"Tags\\":null}"},
                  {"StackId": "arn:aws:cloudformation:ap-northeast-1:111122223333:stack/infra/1", "StackName": "infra",
                   "LogicalResourceId": "Cluster", "ResourceType": "AWS::ECS::Cluster", "Timestamp": "2026-11-22T02:09:00Z",
                   "ResourceStatus": "CREATE_COMPLETE", "ResourceProperties": "{\\"ClusterName\\":\\"web"}
                ]}""";

        Snapshot s = TestDiagnosis.snapshot("events.json", events);

        List<StackEvent> all = s.all(StackEvent.class);
        assertEquals(2, all.size());
        StackEvent alb = all.get(0);
        assertEquals(List.of("subnet-0d9d1c034ff3310ca", "subnet-0ae8225ddbc930c8b"), alb.stringList("Subnets"));
        assertEquals("internet-facing", alb.properties().get("Scheme"));
        assertFalse(alb.properties().containsKey("Tags"), "null properties are dropped");
        assertEquals(List.of(), alb.stringList("Scheme"), "not a list");
        assertEquals("ap-northeast-1", alb.region(), "from the StackId ARN");
        assertTrue(alb.failed());

        StackEvent truncated = all.get(1);
        assertEquals(Map.of(), truncated.properties(), "a cut-off properties string still yields the event");
        assertFalse(truncated.failed());

        List<TextSignal> signals = s.all(TextSignal.class);
        assertEquals(1, signals.size(), "only the failed event's reason is error text");
        assertEquals(TextSignal.Origin.STACK_EVENT, signals.get(0).origin());
        assertEquals("infra/ALB", signals.get(0).ref());
    }

    @Test
    void stackEventPropertiesAlreadyAnObjectAreReadToo() {
        String events = "{\"StackEvents\": [{\"StackName\": \"s\", \"LogicalResourceId\": \"ALB\", \"ResourceStatus\": \"CREATE_FAILED\","
                + " \"ResourceProperties\": {\"Subnets\": [\"subnet-1\"]}}]}";

        assertEquals(List.of("subnet-1"), TestDiagnosis.snapshot("e.json", events).all(StackEvent.class).get(0).stringList("Subnets"));
    }

    // --- text captures ---

    @Test
    void textWithACommandIsAFailedCommand() {
        String json = Samples.fixture("failed command", "ap-northeast-1")
                .text("aws elbv2 create-load-balancer --name alb --subnets subnet-1 subnet-2 --region ap-northeast-1",
                        "An error occurred (InvalidConfigurationRequest) when calling the CreateLoadBalancer operation: A load balancer"
                                + " cannot be attached to multiple subnets in the same Availability Zone")
                .json();

        Snapshot s = snapshot(json);

        FailedCommand c = s.all(FailedCommand.class).get(0);
        assertEquals("elbv2", c.service());
        assertEquals("create-load-balancer", c.operation());
        assertEquals(List.of("subnet-1", "subnet-2"), c.option("--subnets"));
        assertEquals("ap-northeast-1", c.region());
        TextSignal signal = s.all(TextSignal.class).get(0);
        assertEquals(TextSignal.Origin.COMMAND_ERROR, signal.origin());
        assertTrue(signal.says("multiple subnets in the same availability zone"));
        assertEquals(List.of("in.json capture 1: text"), s.recognisedInputs());
    }

    @Test
    void ecrRepositoryNotFoundCountsAsAListingWithoutTheRepository() {
        String json = Samples.fixture("ecr error", null)
                .text("aws ecr describe-repositories --repository-names api --region us-east-1",
                        "An error occurred (RepositoryNotFoundException) when calling the DescribeRepositories operation:"
                                + " The repository with name 'api' does not exist in the registry with id '111122223333'")
                .json();

        List<EcrListing> listings = snapshot(json).all(EcrListing.class);

        assertEquals(List.of(new EcrListing("us-east-1", List.of("api"), false)), listings);
        assertTrue(listings.get(0).covers("us-east-1", "api"));
    }

    @Test
    void textWithoutACommandIsAPastedSignal() {
        Snapshot s = snapshot("Stopped | ResourceInitializationError: ... Cloudwatch log group does not exist");

        assertTrue(s.all(FailedCommand.class).isEmpty());
        TextSignal signal = s.all(TextSignal.class).get(0);
        assertEquals(TextSignal.Origin.PASTED, signal.origin());
        assertEquals("in.json #1", signal.ref());
        assertTrue(signal.says("log group does not exist"));
    }

    // --- regions ---

    @Test
    void regionPrecedenceCaptureThenCommandThenFixture() {
        String json = Samples.fixture("regions", "eu-west-1")
                .output("aws ec2 describe-subnets --region us-west-2", "ap-south-1", subnets("subnet-capture"))
                .output("aws ec2 describe-subnets --region us-west-2", subnets("subnet-command"))
                .output("aws ec2 describe-subnets", subnets("subnet-fixture"))
                .json();

        Snapshot s = snapshot(json);

        assertEquals("ap-south-1", subnet(s, "subnet-capture").region());
        assertEquals("us-west-2", subnet(s, "subnet-command").region());
        assertEquals("eu-west-1", subnet(s, "subnet-fixture").region());
        assertEquals("eu-west-1", s.region());
    }

    @Test
    void regionOptionReplacesTheFixtureRegionOnly() {
        String json = Samples.fixture("regions", "eu-west-1")
                .output("aws ec2 describe-subnets --region us-west-2", "ap-south-1", subnets("subnet-capture"))
                .output("aws ec2 describe-subnets --region us-west-2", subnets("subnet-command"))
                .output("aws ec2 describe-subnets", subnets("subnet-fixture"))
                .json();

        Snapshot s = TestDiagnosis.snapshot("in.json", json, "ca-central-1");

        assertEquals("ap-south-1", subnet(s, "subnet-capture").region());
        assertEquals("us-west-2", subnet(s, "subnet-command").region());
        assertEquals("ca-central-1", subnet(s, "subnet-fixture").region());
        assertEquals("ca-central-1", s.region());
    }

    @Test
    void anArnsRegionWinsForArnBearingItems() {
        String tgs = "{\"TargetGroups\": [{\"TargetGroupArn\": \"" + TG_ARN + "\", \"TargetGroupName\": \"web-tg\", \"Port\": 8080,"
                + " \"HealthCheckPath\": \"/\", \"LoadBalancerArns\": []}]}";
        String json = Samples.fixture("arn regions", "eu-west-1")
                .output("aws elbv2 describe-target-groups --region us-west-2", "ap-south-1", Samples.read(tgs))
                .output(Samples.describeTasks("us-east-1"), "ap-south-1",
                        Samples.stoppedTasks("us-east-1", Map.of("t1", "Essential container in task exited")))
                .output(Samples.describeTaskDefinition("us-east-2"), "ap-south-1",
                        Samples.taskDefinition("us-east-2", "web", 3, "/ecs/web", "us-east-1", false))
                .json();

        Snapshot s = snapshot(json);

        assertEquals("sa-east-1", s.all(TargetGroup.class).get(0).region());
        assertEquals("us-east-1", s.all(EcsTask.class).get(0).region());
        ContainerDefinition c = s.all(ContainerDefinition.class).get(0);
        assertEquals("us-east-2", c.region());
        assertEquals("us-east-1", c.awslogsRegion(), "awslogs-region is the group's region, not the task definition's");
    }

    @Test
    void withoutAnyRegionTheItemsAreUnknownAndTheSnapshotTakesTheCommonestArnRegion() {
        String raw = Samples.stoppedTasks("us-east-1", Map.of("t1", "x")) + "\n"
                + Samples.failingService("us-east-1") + "\n"
                + Samples.logGroups("eu-west-1", "/ecs/a") + "\n"
                + subnets("subnet-1");

        Snapshot s = snapshot(raw);

        assertEquals("unknown", subnet(s, "subnet-1").region());
        assertEquals("eu-west-1", s.all(LogGroup.class).get(0).region(), "from the log group ARN");
        assertEquals("us-east-1", s.region());
    }

    @Test
    void noRegionAtAll() {
        Snapshot s = snapshot(subnets("subnet-1").toString());

        assertNull(s.region());
    }

    // --- snapshot metadata and services ---

    @Test
    void snapshotCarriesTheFixturesMetadata() {
        Snapshot s = snapshot(Samples.healthy());

        assertEquals("in.json", s.inputName());
        assertEquals("web:3 logs to /ecs/web, which exists", s.description());
        assertEquals(java.time.Instant.parse("2026-11-22T01:15:00Z"), s.capturedAt());
    }

    @Test
    void serviceDeploymentsAndTasksAreFacts() {
        String json = Samples.fixture("service", "eu-west-1")
                .output("aws ecs describe-services --cluster web-cluster --services web-service", Samples.failingService("eu-west-1"))
                .output(Samples.describeTasks("eu-west-1"), Samples.stoppedTasks("eu-west-1", Map.of("t1", Samples.LOG_GROUP_REASON)))
                .json();

        Snapshot s = snapshot(json);

        EcsService service = s.all(EcsService.class).get(0);
        assertEquals("web-service", service.serviceName());
        assertEquals("web-cluster", service.clusterName());
        assertTrue(service.belowDesired());
        ServiceDeployment d = s.all(ServiceDeployment.class).get(0);
        assertTrue(d.failing());
        EcsTask t = s.all(EcsTask.class).get(0);
        assertEquals("t1", t.taskId());
        assertEquals("web-service", t.serviceName());
        assertTrue(t.stopped());
        assertEquals(java.time.Instant.parse("2026-11-22T01:01:52.480Z"), t.stoppedAt());
        assertTrue(s.all(TextSignal.class).stream()
                .anyMatch(x -> x.origin() == TextSignal.Origin.STOPPED_TASK && x.ref().equals(t.taskArn())));
    }

    @Test
    void factsAreImmutable() {
        Snapshot s = snapshot(Samples.healthy());

        org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class, () -> s.facts().add("x"));
    }
}
