package io.ecstriage.collect;

import static io.ecstriage.collect.WireAnswers.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.CALLS_REAL_METHODS;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ecstriage.TestDiagnosis;
import io.ecstriage.aws.AwsClients;
import io.ecstriage.aws.wire.WireException;
import io.ecstriage.finding.Finding;
import io.ecstriage.finding.MissingEvidence;
import io.ecstriage.ingest.Capture;
import io.ecstriage.json.JsonTrees;
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
import software.amazon.awssdk.services.amplify.AmplifyClient;
import software.amazon.awssdk.services.amplify.model.App;
import software.amazon.awssdk.services.amplify.model.Branch;
import software.amazon.awssdk.services.amplify.model.GetAppRequest;
import software.amazon.awssdk.services.amplify.model.GetAppResponse;
import software.amazon.awssdk.services.amplify.model.ListBranchesRequest;
import software.amazon.awssdk.services.amplify.model.ListBranchesResponse;

/**
 * The fan-out with a Mockito wire client (and Amplify's SDK client): what moto cannot do (deny an API, throttle, serve Amplify) and the batch
 * sizes. A denied or throttled API becomes missing evidence with its IAM action while the rest is collected.
 */
class LiveCollectorTest {
    static final String R = "eu-west-1";
    static final String CLUSTER_ARN = "arn:aws:ecs:eu-west-1:111122223333:cluster/shop";
    static final String TD = "arn:aws:ecs:eu-west-1:111122223333:task-definition/web:3";
    static final String REASON = "ResourceInitializationError: failed to validate logger args: create stream has been retried 1 times: "
            + "failed to create Cloudwatch log stream: ResourceNotFoundException: The specified log group does not exist. : exit status 1";

    AwsClients aws = mock(AwsClients.class);
    WireAnswers wire = new WireAnswers();
    AmplifyClient amplify = mock(AmplifyClient.class, withSettings().defaultAnswer(CALLS_REAL_METHODS));
    Fanout fanout = new Fanout(4);
    List<String> stoppedArns = new ArrayList<>();

    static ObjectNode taskDefinition(String arn, String family, boolean awslogs) {
        ObjectNode c = json("{\"name\":\"" + family + "\",\"image\":\"nginx:1.27\",\"essential\":true}");
        if (awslogs) c.set("logConfiguration", json("{\"logDriver\":\"awslogs\",\"options\":{\"awslogs-group\":\"/ecs/" + family
                + "\",\"awslogs-region\":\"" + R + "\",\"awslogs-stream-prefix\":\"ecs\"}}"));
        ObjectNode td = json("{\"taskDefinition\":{\"taskDefinitionArn\":\"" + arn + "\",\"family\":\"" + family + "\",\"revision\":3}}");
        ((ObjectNode) td.get("taskDefinition")).putArray("containerDefinitions").add(c);
        return td;
    }

    @BeforeEach
    void account() {
        when(aws.region()).thenReturn(R);
        when(aws.wire()).thenReturn(wire.wire);
        when(aws.amplify(org.mockito.ArgumentMatchers.anyString())).thenReturn(amplify);
        IntStream.range(0, 130).forEach(i -> stoppedArns.add("arn:aws:ecs:eu-west-1:111122223333:task/shop/" + String.format("%032x", i)));
        wire.on("ecs", "DescribeClusters", "{\"clusters\":[{\"clusterName\":\"shop\",\"clusterArn\":\"" + CLUSTER_ARN + "\",\"status\":\"ACTIVE\"}]}")
                .on("ecs", "ListServices", "{\"serviceArns\":[\"arn:aws:ecs:eu-west-1:111122223333:service/shop/web\"]}")
                .on("ecs", "DescribeServices", "{\"services\":[{\"serviceName\":\"web\",\"serviceArn\":\"arn:aws:ecs:eu-west-1:111122223333:service/shop/web\","
                        + "\"clusterArn\":\"" + CLUSTER_ARN + "\",\"taskDefinition\":\"" + TD + "\",\"desiredCount\":1,\"runningCount\":0,\"status\":\"ACTIVE\","
                        + "\"networkConfiguration\":{\"awsvpcConfiguration\":{\"subnets\":[\"subnet-1\"],\"securityGroups\":[\"sg-1\"]}},"
                        + "\"events\":[{\"message\":\"(service web) has started 1 tasks: (task " + "f".repeat(32) + ").\"}]}]}")
                .on("ecs", "ListTasks", p -> {
                    ObjectNode out = json("{}");
                    var arns = out.putArray("taskArns");
                    if ("STOPPED".equals(p.get("desiredStatus"))) stoppedArns.forEach(arns::add);
                    return out;
                })
                .on("ecs", "DescribeTasks", p -> {
                    ObjectNode out = json("{}");
                    var tasks = out.putArray("tasks");
                    for (Object id : (List<?>) p.get("tasks")) {
                        tasks.addObject().put("taskArn", "arn:aws:ecs:eu-west-1:111122223333:task/shop/" + id).put("clusterArn", CLUSTER_ARN)
                                .put("taskDefinitionArn", TD).put("group", "service:web").put("lastStatus", "STOPPED").put("desiredStatus", "STOPPED")
                                .put("stoppedReason", REASON).put("stoppedAt", "2026-11-22T01:00:00+00:00");
                    }
                    return out;
                })
                .on("ecs", "DescribeTaskDefinition", p -> taskDefinition(TD, "web", true))
                .on("logs", "DescribeLogGroups", p -> {
                    throw WireException.of(WireException.Kind.SERVICE, "AccessDeniedException",
                            "User: arn:aws:sts::111122223333:assumed-role/ReadOnly/me is not authorized to perform: logs:DescribeLogGroups", 400);
                })
                .on("logs", "GetLogEvents", p -> { // read ahead of the groups; a denied group listing leaves them out
                    throw WireException.of(WireException.Kind.SERVICE, "AccessDeniedException",
                            "User: arn:aws:sts::111122223333:assumed-role/ReadOnly/me is not authorized to perform: logs:GetLogEvents", 400);
                })
                .on("ec2", "DescribeSecurityGroups", p -> {
                    throw WireException.of(WireException.Kind.SERVICE, "RequestLimitExceeded", "Request limit exceeded.", 503);
                })
                .on("ecr", "DescribeRepositories", "{\"repositories\":[]}");
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
        assertEquals(2, wire.count("ecs:DescribeTasks"));
        // its task definition, and the revision before it: web runs 0 of 1 and no other deployment names one
        assertEquals(2, wire.count("ecs:DescribeTaskDefinition"));
        assertEquals(2, wire.count("ecs:ListTasks"));
        verify(amplify, never()).getApp(any(GetAppRequest.class));
        assertTrue(result.captures().stream().anyMatch(c -> c.command().contains("(task") || c.command().contains("f".repeat(32))),
                "the task of the service event is described");
    }

    @Test
    void aServicesTaskDefinitionIsReadWithoutWaitingForTheTaskLists() {
        java.util.concurrent.CountDownLatch taskDefinitionAsked = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicBoolean listedAfter = new java.util.concurrent.atomic.AtomicBoolean(true);
        wire.on("ecs", "DescribeTaskDefinition", p -> {
            taskDefinitionAsked.countDown();
            return taskDefinition(TD, "web", false);
        });
        wire.on("ecs", "ListTasks", p -> {
            // fixed rounds would read the task definition only after this answered: it would wait the full 5 s
            try {
                listedAfter.compareAndSet(true, taskDefinitionAsked.await(5, java.util.concurrent.TimeUnit.SECONDS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return json("{\"taskArns\":[]}");
        });
        LiveCollector.Result result = collect(new Target(null, "shop", List.of("web"), null, null));
        assertTrue(listedAfter.get(), "describe-task-definition was asked while the task lists were still waiting");
        assertTrue(result.captures().stream().anyMatch(c -> c.command().startsWith("aws ecs describe-task-definition")), result.captures().toString());
    }

    @Test
    void logGroupsOfSeveralServicesAreAskedForByNameInOneCall() {
        wire.on("ecs", "ListServices", "{\"serviceArns\":[\"arn:aws:ecs:eu-west-1:111122223333:service/shop/web\","
                + "\"arn:aws:ecs:eu-west-1:111122223333:service/shop/api\"]}");
        String td2 = "arn:aws:ecs:eu-west-1:111122223333:task-definition/api:7";
        wire.on("ecs", "DescribeServices", "{\"services\":[{\"serviceName\":\"web\",\"clusterArn\":\"" + CLUSTER_ARN + "\",\"taskDefinition\":\"" + TD + "\"},"
                + "{\"serviceName\":\"api\",\"clusterArn\":\"" + CLUSTER_ARN + "\",\"taskDefinition\":\"" + td2 + "\"}]}");
        wire.on("ecs", "DescribeTaskDefinition", p -> {
            String asked = (String) p.get("taskDefinition");
            return taskDefinition(asked, asked.equals(td2) ? "api" : "web", true);
        });
        LiveCollector.Result result = collect(new Target(null, "shop", List.of(), null, null));
        List<String> listings = result.captures().stream().map(Capture::command).filter(c -> c.startsWith("aws logs describe-log-groups")).toList();
        assertEquals(List.of("aws logs describe-log-groups --log-group-identifiers /ecs/api /ecs/web --region " + R), listings);
    }

    @Test
    void stoppedTasksOfAnotherRevisionHaveTheirTailsReadBeforeTheirTaskDefinitionAnswers() {
        // the service rolled back to web:3; its stopped tasks ran web:4, whose task definition is read after describe-tasks
        String failed = "arn:aws:ecs:eu-west-1:111122223333:task-definition/web:4";
        java.util.concurrent.CountDownLatch tailAsked = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicBoolean tailFirst = new java.util.concurrent.atomic.AtomicBoolean(true);
        wire.on("ecs", "DescribeTasks", p -> {
            ObjectNode out = json("{}");
            var tasks = out.putArray("tasks");
            for (Object id : (List<?>) p.get("tasks")) {
                tasks.addObject().put("taskArn", "arn:aws:ecs:eu-west-1:111122223333:task/shop/" + id).put("clusterArn", CLUSTER_ARN)
                        .put("taskDefinitionArn", failed).put("group", "service:web").put("lastStatus", "STOPPED").put("desiredStatus", "STOPPED")
                        .put("stoppedReason", "Essential container in task exited").put("stoppedAt", "2026-11-22T01:00:00+00:00");
            }
            return out;
        });
        wire.on("ecs", "DescribeTaskDefinition", p -> {
            String asked = (String) p.get("taskDefinition");
            if (asked.equals(failed)) {
                try {
                    tailFirst.compareAndSet(true, tailAsked.await(5, java.util.concurrent.TimeUnit.SECONDS));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return taskDefinition(asked, "web", true);
        });
        wire.on("logs", "DescribeLogGroups", "{\"logGroups\":[{\"logGroupName\":\"/ecs/web\"}]}");
        wire.on("logs", "GetLogEvents", p -> {
            tailAsked.countDown();
            return json("{\"events\":[{\"timestamp\":1763773200000,\"message\":\"Error: listen EADDRINUSE: address already in use :::8080\"}]}");
        });
        LiveCollector.Result result = collect(new Target(null, "shop", List.of("web"), null, null));
        assertTrue(tailFirst.get(), "the tails were asked for while web:4's task definition was still unanswered");
        List<String> tails = result.captures().stream().map(Capture::command).filter(c -> c.startsWith("aws logs get-log-events")).toList();
        assertEquals(LiveCollector.MAX_LOG_TAILS, tails.size(), tails.toString());
        assertTrue(tails.stream().allMatch(c -> c.contains("--log-group-name /ecs/web --log-stream-name ecs/web/")), tails.toString());
        assertEquals(LiveCollector.MAX_LOG_TAILS, wire.count("logs:GetLogEvents"), "each tail read once: the guess is used, not read again");
    }

    @Test
    void aTaskOfAnotherServiceThatTheEndpointListedAnywayIsNotFollowed() {
        // moto's list-tasks ignores --service-name: the cron service's task comes back for web
        String cronTd = "arn:aws:ecs:eu-west-1:111122223333:task-definition/cron:1";
        wire.on("ecs", "ListTasks", p -> json("{\"taskArns\":[\"arn:aws:ecs:eu-west-1:111122223333:task/shop/" + "a".repeat(32)
                + "\",\"arn:aws:ecs:eu-west-1:111122223333:task/shop/" + "b".repeat(32) + "\"]}"));
        wire.on("ecs", "DescribeTasks", p -> {
            ObjectNode out = json("{}");
            var tasks = out.putArray("tasks");
            for (Object id : (List<?>) p.get("tasks")) {
                boolean cron = id.toString().startsWith("b");
                tasks.addObject().put("taskArn", "arn:aws:ecs:eu-west-1:111122223333:task/shop/" + id).put("clusterArn", CLUSTER_ARN)
                        .put("taskDefinitionArn", cron ? cronTd : TD).put("group", cron ? "service:cron" : "service:web")
                        .put("lastStatus", "STOPPED").put("desiredStatus", "STOPPED").put("stoppedReason", "Essential container in task exited")
                        .put("stoppedAt", "2026-11-22T01:00:00+00:00");
            }
            return out;
        });
        List<String> asked = java.util.Collections.synchronizedList(new ArrayList<>());
        wire.on("ecs", "DescribeTaskDefinition", p -> {
            asked.add((String) p.get("taskDefinition"));
            return taskDefinition((String) p.get("taskDefinition"), "web", false);
        });

        LiveCollector.Result result = collect(new Target(null, "shop", List.of("web"), null, null));

        assertTrue(asked.stream().noneMatch(a -> a.contains("cron")), "cron's task definition is not read: " + asked);
        assertTrue(result.captures().stream().anyMatch(c -> c.command().startsWith("aws ecs describe-tasks") && c.output().toString().contains("service:cron")),
                "the capture keeps what describe-tasks answered");
        assertEquals(2, wire.count("ecs:DescribeTaskDefinition"), "web:3 and the revision before it");
    }

    static final String LB = "arn:aws:elasticloadbalancing:eu-west-1:111122223333:loadbalancer/app/shop/50dc6c495c0c9188";
    static final String OTHER_LB = "arn:aws:elasticloadbalancing:eu-west-1:111122223333:loadbalancer/app/billing/6d0ecf831eec9f09";
    static final String TG = "arn:aws:elasticloadbalancing:eu-west-1:111122223333:targetgroup/web/943f017f100becff";

    /** The service of the setup behind a target group of balancer LB, whose own security group is sg-lb. */
    void behindABalancer() {
        wire.on("ecs", "DescribeServices", "{\"services\":[{\"serviceName\":\"web\",\"clusterArn\":\"" + CLUSTER_ARN + "\",\"taskDefinition\":\"" + TD
                        + "\",\"loadBalancers\":[{\"targetGroupArn\":\"" + TG + "\",\"containerName\":\"web\",\"containerPort\":8080}]}]}")
                .on("elbv2", "DescribeTargetGroups", "{\"TargetGroups\":[{\"TargetGroupArn\":\"" + TG + "\",\"LoadBalancerArns\":[\"" + LB + "\"]}]}")
                .on("elbv2", "DescribeTargetHealth", "{\"TargetHealthDescriptions\":[]}")
                .on("elbv2", "DescribeListeners", "{\"Listeners\":[]}")
                .on("ec2", "DescribeSecurityGroups", "{\"SecurityGroups\":[]}");
    }

    static String balancer(String arn, String sg) {
        return "{\"LoadBalancerArn\":\"" + arn + "\",\"Type\":\"application\",\"SecurityGroups\":[\"" + sg + "\"]}";
    }

    @Test
    void theRegionsBalancersAreReadBesideTheTargetGroupsAndRecordedAsTheReadOfTheOneTheyName() {
        behindABalancer();
        List<Object> asked = java.util.Collections.synchronizedList(new ArrayList<>());
        wire.on("elbv2", "DescribeLoadBalancers", p -> {
            asked.add(p.get("LoadBalancerArns"));
            return json("{\"LoadBalancers\":[" + balancer(OTHER_LB, "sg-billing") + "," + balancer(LB, "sg-lb") + "]}");
        });
        LiveCollector.Result result = collect(new Target(null, "shop", List.of("web"), null, null));

        assertEquals(java.util.Arrays.asList((Object) null), asked, "one read of the whole Region, none by ARN");
        Capture lbs = result.captures().stream().filter(c -> c.command().startsWith("aws elbv2 describe-load-balancers")).findFirst().orElseThrow();
        assertEquals("aws elbv2 describe-load-balancers --load-balancer-arns " + LB + " --region " + R, lbs.command());
        assertEquals(List.of(LB), lbs.output().path("LoadBalancers").findValuesAsText("LoadBalancerArn"), "the Region's other balancer is left out");
        assertTrue(result.captures().stream().anyMatch(c -> c.command().startsWith("aws ec2 describe-security-groups") && c.command().contains("sg-lb")),
                "the balancer's security group is read: " + result.captures().stream().map(Capture::command).toList());
        assertTrue(result.captures().stream().noneMatch(c -> String.valueOf(c.output()).contains("billing") || c.command().contains("billing")));
    }

    @Test
    void aRegionWithMoreThanOnePageOfBalancersHasThoseTheGroupsNameReadByArn() {
        behindABalancer();
        List<Object> asked = java.util.Collections.synchronizedList(new ArrayList<>());
        wire.on("elbv2", "DescribeLoadBalancers", p -> {
            asked.add(p.get("LoadBalancerArns"));
            return p.get("LoadBalancerArns") == null
                    ? json("{\"LoadBalancers\":[" + balancer(OTHER_LB, "sg-billing") + "],\"NextMarker\":\"page-2\"}")
                    : json("{\"LoadBalancers\":[" + balancer(LB, "sg-lb") + "]}");
        });
        LiveCollector.Result result = collect(new Target(null, "shop", List.of("web"), null, null));

        assertEquals(java.util.Arrays.asList(null, List.of(LB)), asked);
        Capture lbs = result.captures().stream().filter(c -> c.command().startsWith("aws elbv2 describe-load-balancers")).findFirst().orElseThrow();
        assertEquals(List.of(LB), lbs.output().path("LoadBalancers").findValuesAsText("LoadBalancerArn"));
        assertEquals(1, result.captures().stream().filter(c -> c.command().startsWith("aws elbv2 describe-load-balancers")).count());
    }
}
