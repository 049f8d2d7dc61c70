package io.ecstriage.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.CALLS_REAL_METHODS;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ecstriage.TestDiagnosis;
import io.ecstriage.aws.AwsClients;
import io.ecstriage.finding.Finding;
import io.ecstriage.ingest.Capture;
import io.ecstriage.finding.MissingEvidence;
import io.ecstriage.report.Report;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.amplify.AmplifyClient;
import software.amazon.awssdk.services.amplify.model.App;
import software.amazon.awssdk.services.amplify.model.Branch;
import software.amazon.awssdk.services.amplify.model.GetAppRequest;
import software.amazon.awssdk.services.amplify.model.GetAppResponse;
import software.amazon.awssdk.services.amplify.model.ListBranchesRequest;
import software.amazon.awssdk.services.amplify.model.ListBranchesResponse;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.CloudWatchLogsException;
import software.amazon.awssdk.services.cloudwatchlogs.model.DescribeLogGroupsRequest;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.DescribeSecurityGroupsRequest;
import software.amazon.awssdk.services.ec2.model.Ec2Exception;
import software.amazon.awssdk.services.ecr.EcrClient;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ecs.model.AwsVpcConfiguration;
import software.amazon.awssdk.services.ecs.model.Cluster;
import software.amazon.awssdk.services.ecs.model.ContainerDefinition;
import software.amazon.awssdk.services.ecs.model.DescribeClustersRequest;
import software.amazon.awssdk.services.ecs.model.DescribeClustersResponse;
import software.amazon.awssdk.services.ecs.model.DescribeServicesRequest;
import software.amazon.awssdk.services.ecs.model.DescribeServicesResponse;
import software.amazon.awssdk.services.ecs.model.DescribeTaskDefinitionRequest;
import software.amazon.awssdk.services.ecs.model.DescribeTaskDefinitionResponse;
import software.amazon.awssdk.services.ecs.model.DescribeTasksRequest;
import software.amazon.awssdk.services.ecs.model.DescribeTasksResponse;
import software.amazon.awssdk.services.ecs.model.DesiredStatus;
import software.amazon.awssdk.services.ecs.model.ListServicesRequest;
import software.amazon.awssdk.services.ecs.model.ListServicesResponse;
import software.amazon.awssdk.services.ecs.model.ListTasksRequest;
import software.amazon.awssdk.services.ecs.model.ListTasksResponse;
import software.amazon.awssdk.services.ecs.model.LogConfiguration;
import software.amazon.awssdk.services.ecs.model.NetworkConfiguration;
import software.amazon.awssdk.services.ecs.model.Service;
import software.amazon.awssdk.services.ecs.model.ServiceEvent;
import software.amazon.awssdk.services.ecs.model.Task;
import software.amazon.awssdk.services.ecs.model.TaskDefinition;
import io.ecstriage.json.JsonTrees;

/**
 * The fan-out with Mockito clients: what moto cannot do (deny an API, throttle, serve Amplify) and the batch
 * sizes. A denied or throttled API becomes missing evidence with its IAM action while the rest is collected.
 */
class LiveCollectorTest {
    static final String R = "eu-west-1";
    static final String CLUSTER_ARN = "arn:aws:ecs:eu-west-1:111122223333:cluster/shop";
    static final String TD = "arn:aws:ecs:eu-west-1:111122223333:task-definition/web:3";
    static final String REASON = "ResourceInitializationError: failed to validate logger args: create stream has been retried 1 times: "
            + "failed to create Cloudwatch log stream: ResourceNotFoundException: The specified log group does not exist. : exit status 1";

    AwsClients aws = mock(AwsClients.class);
    EcsClient ecs = mock(EcsClient.class, withSettings().defaultAnswer(CALLS_REAL_METHODS));
    CloudWatchLogsClient logs = mock(CloudWatchLogsClient.class, withSettings().defaultAnswer(CALLS_REAL_METHODS));
    Ec2Client ec2 = mock(Ec2Client.class, withSettings().defaultAnswer(CALLS_REAL_METHODS));
    EcrClient ecr = mock(EcrClient.class, withSettings().defaultAnswer(CALLS_REAL_METHODS));
    AmplifyClient amplify = mock(AmplifyClient.class, withSettings().defaultAnswer(CALLS_REAL_METHODS));
    Fanout fanout = new Fanout(4);
    List<String> stoppedArns = new ArrayList<>();

    @BeforeEach
    void account() {
        when(aws.region()).thenReturn(R);
        when(aws.ecs(anyString())).thenReturn(ecs);
        when(aws.logs(anyString())).thenReturn(logs);
        when(aws.ec2(anyString())).thenReturn(ec2);
        when(aws.ecr(anyString())).thenReturn(ecr);
        when(aws.amplify(anyString())).thenReturn(amplify);
        IntStream.range(0, 130).forEach(i -> stoppedArns.add("arn:aws:ecs:eu-west-1:111122223333:task/shop/" + String.format("%032x", i)));
        doReturn(DescribeClustersResponse.builder()
                .clusters(Cluster.builder().clusterName("shop").clusterArn(CLUSTER_ARN).status("ACTIVE").build()).build()).when(ecs).describeClusters(any(DescribeClustersRequest.class));
        doReturn(ListServicesResponse.builder()
                .serviceArns("arn:aws:ecs:eu-west-1:111122223333:service/shop/web").build()).when(ecs).listServices(any(ListServicesRequest.class));
        doReturn(DescribeServicesResponse.builder().services(
                Service.builder().serviceName("web").serviceArn("arn:aws:ecs:eu-west-1:111122223333:service/shop/web").clusterArn(CLUSTER_ARN)
                        .taskDefinition(TD).desiredCount(1).runningCount(0).status("ACTIVE")
                        .networkConfiguration(NetworkConfiguration.builder().awsvpcConfiguration(AwsVpcConfiguration.builder()
                                .subnets("subnet-1").securityGroups("sg-1").build()).build())
                        .events(ServiceEvent.builder().message("(service web) has started 1 tasks: (task " + "f".repeat(32) + ").").build())
                        .build()).build()).when(ecs).describeServices(any(DescribeServicesRequest.class));
        doAnswer(inv -> {
            ListTasksRequest req = inv.getArgument(0);
            return ListTasksResponse.builder().taskArns(req.desiredStatus() == DesiredStatus.STOPPED ? stoppedArns : List.of()).build();
        }).when(ecs).listTasks(any(ListTasksRequest.class));
        doAnswer(inv -> {
            DescribeTasksRequest req = inv.getArgument(0);
            List<Task> tasks = req.tasks().stream().map(id -> Task.builder().taskArn("arn:aws:ecs:eu-west-1:111122223333:task/shop/" + id)
                    .clusterArn(CLUSTER_ARN).taskDefinitionArn(TD).group("service:web").lastStatus("STOPPED").desiredStatus("STOPPED")
                    .stoppedReason(REASON).stoppedAt(Instant.parse("2026-11-22T01:00:00Z")).build()).toList();
            return DescribeTasksResponse.builder().tasks(tasks).build();
        }).when(ecs).describeTasks(any(DescribeTasksRequest.class));
        doReturn(DescribeTaskDefinitionResponse.builder()
                .taskDefinition(TaskDefinition.builder().taskDefinitionArn(TD).family("web").revision(3).containerDefinitions(
                        ContainerDefinition.builder().name("web").image("nginx:1.27").essential(true).logConfiguration(LogConfiguration.builder()
                                .logDriver("awslogs").options(Map.of("awslogs-group", "/ecs/web", "awslogs-region", R,
                                        "awslogs-stream-prefix", "ecs")).build()).build()).build()).build()).when(ecs).describeTaskDefinition(any(DescribeTaskDefinitionRequest.class));
        doThrow(CloudWatchLogsException.builder().statusCode(400)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode("AccessDeniedException").errorMessage(
                        "User: arn:aws:sts::111122223333:assumed-role/ReadOnly/me is not authorized to perform: logs:DescribeLogGroups").build()).build()).when(logs).describeLogGroups(any(DescribeLogGroupsRequest.class));
        doThrow(Ec2Exception.builder().statusCode(503)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode("RequestLimitExceeded").errorMessage("Request limit exceeded.").build()).build()).when(ec2).describeSecurityGroups(any(DescribeSecurityGroupsRequest.class));
        doReturn(GetAppResponse.builder().app(App.builder().appId("d1abc")
                .appArn("arn:aws:amplify:eu-west-1:111122223333:apps/d1abc").name("front").build()).build()).when(amplify).getApp(any(GetAppRequest.class));
        doReturn(ListBranchesResponse.builder().branches(Branch.builder()
                .branchName("main").branchArn("arn:aws:amplify:eu-west-1:111122223333:apps/d1abc/branches/main")
                .environmentVariables(Map.of("NEXT_PUBLIC_API_BASE", "shop-alb-1049264719.eu-west-1.elb.amazonaws.com")).build()).build()).when(amplify).listBranches(any(ListBranchesRequest.class));
    }

    @AfterEach
    void stop() {
        fanout.close();
    }

    LiveCollector.Result collect(Target target) {
        return new LiveCollector(aws, new Recorder(Progress.off()), fanout, Clock.fixed(Instant.parse("2026-11-22T02:00:00Z"), ZoneOffset.UTC))
                .collect(target);
    }

    Report diagnose(LiveCollector.Result result) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        return TestDiagnosis.diagnoser().diagnose(TestDiagnosis.snapshot("live", mapper.writeValueAsString(Fixtures.of(result, new JsonTrees()))));
    }

    @Test
    void aDeniedAndAThrottledApiBecomeMissingEvidenceAndTheRestIsCollected() throws Exception {
        LiveCollector.Result result = collect(new Target(null, "shop", List.of(), "d1abc", null));
        List<String> commands = result.captures().stream().map(Capture::command).toList();
        Capture denied = result.captures().stream().filter(c -> c.command().startsWith("aws logs describe-log-groups")).findFirst().orElseThrow();
        assertEquals("logs:DescribeLogGroups", denied.error().path("iamAction").asText());
        assertEquals("AccessDeniedException", denied.error().path("code").asText());
        Capture throttled = result.captures().stream().filter(c -> c.command().startsWith("aws ec2 describe-security-groups")).findFirst().orElseThrow();
        assertEquals("ec2:DescribeSecurityGroups", throttled.error().path("iamAction").asText());
        assertTrue(commands.contains("aws ecs describe-task-definition --task-definition " + TD + " --region " + R), commands.toString());
        assertTrue(commands.contains("aws amplify list-branches --app-id d1abc --region " + R), commands.toString());
        java.util.Set<String> declared = CollectorDeclarationsTest.declaredActions();
        for (Capture c : result.captures()) {
            assertTrue(declared.contains(io.ecstriage.aws.AwsCall.parse(c.command()).iamAction()), "a declared read: " + c.command());
        }

        Report report = diagnose(result);
        List<String> rules = report.findings().stream().map(Finding::ruleId).toList();
        assertTrue(rules.contains("LogGroupMissing"), "the stopped reasons still name the cause: " + rules);
        assertTrue(rules.contains("UrlMissingScheme"), "Amplify's variables were read: " + rules);
        List<MissingEvidence> gaps = report.collectionGaps();
        assertEquals(List.of("ec2:DescribeSecurityGroups", "logs:DescribeLogGroups"), gaps.stream().map(MissingEvidence::iamAction).sorted().toList());
        assertTrue(gaps.stream().anyMatch(g -> g.why().contains("not authorized to perform: logs:DescribeLogGroups")), gaps.toString());
    }

    @Test
    void tasksAreDescribedInBatchesOfAHundredIncludingThoseNamedInServiceEvents() {
        LiveCollector.Result result = collect(new Target(null, "shop", List.of(), null, null));
        // 130 stopped + 1 named only in an event = 131 ids: two calls, no call per task
        verify(ecs, times(2)).describeTasks(any(DescribeTasksRequest.class));
        // its task definition, and the revision before it: web runs 0 of 1 and no other deployment names one
        verify(ecs, times(2)).describeTaskDefinition(any(DescribeTaskDefinitionRequest.class));
        verify(ecs, times(2)).listTasks(any(ListTasksRequest.class));
        verify(amplify, never()).getApp(any(GetAppRequest.class));
        assertTrue(result.captures().stream().anyMatch(c -> c.command().contains("(task") || c.command().contains("f".repeat(32))),
                "the task of the service event is described");
    }

    @Test
    void aServicesTaskDefinitionIsReadWithoutWaitingForTheTaskLists() {
        java.util.concurrent.CountDownLatch taskDefinitionAsked = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicBoolean listedAfter = new java.util.concurrent.atomic.AtomicBoolean(true);
        doAnswer(inv -> {
            taskDefinitionAsked.countDown();
            return DescribeTaskDefinitionResponse.builder().taskDefinition(TaskDefinition.builder().taskDefinitionArn(TD).family("web")
                    .containerDefinitions(ContainerDefinition.builder().name("web").image("nginx:1.27").build()).build()).build();
        }).when(ecs).describeTaskDefinition(any(DescribeTaskDefinitionRequest.class));
        doAnswer(inv -> {
            // fixed rounds would read the task definition only after this answered: it would wait the full 5 s
            listedAfter.compareAndSet(true, taskDefinitionAsked.await(5, java.util.concurrent.TimeUnit.SECONDS));
            return ListTasksResponse.builder().taskArns(List.of()).build();
        }).when(ecs).listTasks(any(ListTasksRequest.class));
        LiveCollector.Result result = collect(new Target(null, "shop", List.of("web"), null, null));
        assertTrue(listedAfter.get(), "describe-task-definition was asked while the task lists were still waiting");
        assertTrue(result.captures().stream().anyMatch(c -> c.command().startsWith("aws ecs describe-task-definition")), result.captures().toString());
    }

    @Test
    void logGroupsOfSeveralServicesAreAskedForByNameInOneCall() {
        doReturn(ListServicesResponse.builder().serviceArns("arn:aws:ecs:eu-west-1:111122223333:service/shop/web",
                "arn:aws:ecs:eu-west-1:111122223333:service/shop/api").build()).when(ecs).listServices(any(ListServicesRequest.class));
        String td2 = "arn:aws:ecs:eu-west-1:111122223333:task-definition/api:7";
        doReturn(DescribeServicesResponse.builder().services(
                Service.builder().serviceName("web").clusterArn(CLUSTER_ARN).taskDefinition(TD).build(),
                Service.builder().serviceName("api").clusterArn(CLUSTER_ARN).taskDefinition(td2).build()).build())
                .when(ecs).describeServices(any(DescribeServicesRequest.class));
        doAnswer(inv -> {
            DescribeTaskDefinitionRequest req = inv.getArgument(0);
            String family = req.taskDefinition().equals(td2) ? "api" : "web";
            return DescribeTaskDefinitionResponse.builder().taskDefinition(TaskDefinition.builder().taskDefinitionArn(req.taskDefinition())
                    .family(family).containerDefinitions(ContainerDefinition.builder().name(family).image("nginx:1.27")
                            .logConfiguration(LogConfiguration.builder().logDriver("awslogs").options(Map.of("awslogs-group", "/ecs/" + family,
                                    "awslogs-region", R, "awslogs-stream-prefix", "ecs")).build()).build()).build()).build();
        }).when(ecs).describeTaskDefinition(any(DescribeTaskDefinitionRequest.class));
        LiveCollector.Result result = collect(new Target(null, "shop", List.of(), null, null));
        List<String> listings = result.captures().stream().map(Capture::command).filter(c -> c.startsWith("aws logs describe-log-groups")).toList();
        assertEquals(List.of("aws logs describe-log-groups --log-group-identifiers /ecs/api /ecs/web --region " + R), listings);
    }
}
