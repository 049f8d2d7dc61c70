package io.ecstriage.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.InputLogEvent;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Seed 000, built in moto with CloudFormation: stack task-management-api (with a nested network stack) runs its
 * service in us-east-1 from an image pushed to ECR in ap-northeast-1 only; tasks stop with the real 403 pull
 * error. Diagnosed live by --stack: discovery through the stack and its nested stack, ECR in both Regions, the
 * log tail of a stopped task.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LiveStackIT {
    static final String REGION = "us-east-1";
    static final String IMAGE_REGION = "ap-northeast-1";
    static final String STACK = "task-management-api";
    static final String IMAGE = Emulated.ACCOUNT + ".dkr.ecr." + IMAGE_REGION + ".amazonaws.com/task-management-api:latest";
    static final String REASON = "CannotPullContainerError: pull image manifest has been retried 1 time(s): failed to resolve ref " + IMAGE
            + ": unexpected status from HEAD request to https://" + Emulated.ACCOUNT + ".dkr.ecr." + IMAGE_REGION
            + ".amazonaws.com/v2/task-management-api/manifests/latest: 403 Forbidden";

    @RegisterExtension
    static final org.junit.jupiter.api.extension.BeforeAllCallback MOTO = ctx -> moto = MotoServer.get(ctx);
    static MotoServer moto;
    String nestedSecurityGroup;
    List<String> stopped = new ArrayList<>();

    @BeforeAll
    void incident() {
        Emulated aws = new Emulated(moto, REGION);
        Emulated.Network net = aws.network("10.40", "a", "b");
        aws.pushImage(IMAGE_REGION, "task-management-api", "latest");
        String nested = "{\"Resources\":{\"AlbSG\":{\"Type\":\"AWS::EC2::SecurityGroup\",\"Properties\":{\"GroupDescription\":\"alb\",\"VpcId\":\""
                + net.vpcId() + "\"}}}}";
        try (S3Client s3 = aws.s3()) {
            s3.createBucket(b -> b.bucket("tma-templates"));
            s3.putObject(b -> b.bucket("tma-templates").key("network.json"), RequestBody.fromString(nested));
        }
        String template = """
                {"Resources": {
                  "Network": {"Type": "AWS::CloudFormation::Stack", "Properties": {"TemplateURL": "https://tma-templates.s3.amazonaws.com/network.json"}},
                  "TaskSG": {"Type": "AWS::EC2::SecurityGroup", "Properties": {"GroupDescription": "tasks", "VpcId": "%s"}},
                  "Cluster": {"Type": "AWS::ECS::Cluster", "Properties": {"ClusterName": "task-management-api-cluster"}},
                  "LogGroup": {"Type": "AWS::Logs::LogGroup", "Properties": {"LogGroupName": "/ecs/task-management-api"}},
                  "TaskDefinition": {"Type": "AWS::ECS::TaskDefinition", "Properties": {"Family": "task-management-api",
                    "NetworkMode": "awsvpc", "RequiresCompatibilities": ["FARGATE"], "Cpu": "256", "Memory": "512",
                    "ContainerDefinitions": [{"Name": "api", "Image": "%s", "Cpu": 256, "Memory": 512, "Essential": true,
                      "PortMappings": [{"ContainerPort": 8000}],
                      "LogConfiguration": {"LogDriver": "awslogs", "Options": {"awslogs-group": "/ecs/task-management-api",
                        "awslogs-region": "us-east-1", "awslogs-stream-prefix": "ecs"}}}]}},
                  "Service": {"Type": "AWS::ECS::Service", "Properties": {"Cluster": {"Ref": "Cluster"},
                    "ServiceName": "task-management-api-service", "TaskDefinition": {"Ref": "TaskDefinition"}, "DesiredCount": 1,
                    "LaunchType": "FARGATE", "NetworkConfiguration": {"AwsvpcConfiguration": {"Subnets": ["%s"],
                      "SecurityGroups": [{"Ref": "TaskSG"}], "AssignPublicIp": "ENABLED"}}}}}}
                """.formatted(net.vpcId(), IMAGE, net.subnets().get(0));
        try (CloudFormationClient cfn = aws.cfn()) {
            cfn.createStack(b -> b.stackName(STACK).templateBody(template));
            String nestedStack = cfn.listStackResources(b -> b.stackName(STACK)).stackResourceSummaries().stream()
                    .filter(r -> r.logicalResourceId().equals("Network")).findFirst().orElseThrow().physicalResourceId();
            nestedSecurityGroup = cfn.listStackResources(b -> b.stackName(nestedStack)).stackResourceSummaries().get(0).physicalResourceId();
            String taskSg = cfn.listStackResources(b -> b.stackName(STACK)).stackResourceSummaries().stream()
                    .filter(r -> r.logicalResourceId().equals("TaskSG")).findFirst().orElseThrow().physicalResourceId();
            stopped = aws.stoppedTasks("task-management-api-cluster", "task-management-api-service", "task-management-api:1",
                    net.subnets().get(0), taskSg, List.of(REASON, REASON));
        }
        try (CloudWatchLogsClient logs = aws.logs()) {
            String id = stopped.get(1).substring(stopped.get(1).lastIndexOf('/') + 1);
            logs.createLogStream(b -> b.logGroupName("/ecs/task-management-api").logStreamName("ecs/api/" + id));
            logs.putLogEvents(b -> b.logGroupName("/ecs/task-management-api").logStreamName("ecs/api/" + id)
                    .logEvents(InputLogEvent.builder().timestamp(System.currentTimeMillis()).message("exec /app/start.sh: no such file").build()));
        }
    }

    @Test
    void theStackDiagnosisFindsTheImageInTheWrongRegion(@TempDir Path dir) throws Exception {
        var before = moto.state();
        LiveCli.Result r = LiveCli.run(moto, REGION, "diagnose", "--stack", STACK, "--format", "json");
        assertEquals(List.of(), MotoServer.changed(before, moto.state()), "a diagnosis changed the emulator's state");
        assertEquals(1, r.exit(), r.toString());
        assertEquals("EcrImageRegionMismatch", r.ruleIds().get(0), r.toString());
        assertTrue(r.json().path("findings").get(0).path("evidence").toString().contains("no repository task-management-api in us-east-1"),
                r.json().path("findings").get(0).toString());

        Path file = dir.resolve("stack.json");
        assertEquals(0, LiveCli.run(moto, REGION, "snapshot", "--stack", STACK, "--out", file.toString()).exit());
        JsonNode fixture = LiveCli.MAPPER.readTree(file.toFile());
        List<String> commands = new ArrayList<>();
        fixture.path("captures").forEach(c -> commands.add(c.path("command").asText()));
        assertTrue(commands.stream().anyMatch(c -> c.startsWith("aws cloudformation list-stack-resources --stack-name " + STACK + "-Network")),
                "the nested stack is read: " + commands);
        assertTrue(fixture.path("captures").toString().contains(nestedSecurityGroup), "the nested stack's security group is described");
        assertTrue(commands.contains("aws ecr describe-repositories --region us-east-1"), commands.toString());
        assertTrue(commands.contains("aws ecr describe-repositories --repository-names task-management-api --region ap-northeast-1"), commands.toString());
        assertTrue(commands.contains("aws ecr describe-images --repository-name task-management-api --image-ids imageTag=latest --region ap-northeast-1"),
                commands.toString());
        String tailed = stopped.get(1).substring(stopped.get(1).lastIndexOf('/') + 1);
        assertTrue(commands.stream().anyMatch(c -> c.startsWith("aws logs get-log-events") && c.contains("ecs/api/" + tailed)), commands.toString());
        assertTrue(fixture.path("captures").toString().contains("exec /app/start.sh: no such file"), "the log tail is recorded");
        assertTrue(commands.contains("aws cloudformation describe-stack-events --stack-name " + STACK + " --max-items 200 --region us-east-1"));

        LiveCli.Result offline = LiveCli.run(Map.of(), "diagnose", "--fixture", file.toString(), "--format", "json");
        assertEquals(LiveCli.withoutInput(r.json()), LiveCli.withoutInput(offline.json()));
    }
}
