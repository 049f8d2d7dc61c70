package io.ecstriage.finding.symptom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecstriage.finding.Symptom;
import io.ecstriage.model.EcsService;
import io.ecstriage.model.EcsTask;
import io.ecstriage.model.FailedCommand;
import io.ecstriage.model.ServiceDeployment;
import io.ecstriage.model.ServiceLoadBalancer;
import io.ecstriage.model.Snapshot;
import io.ecstriage.model.StackEvent;
import io.ecstriage.model.TargetHealth;
import io.ecstriage.model.TextSignal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SymptomIndexTest {
    private static final String R = "eu-west-1";
    private static final Instant T0 = Instant.parse("2026-11-22T01:00:00Z");
    private static final String TG = "arn:aws:elasticloadbalancing:eu-west-1:111122223333:targetgroup/web-tg/09902b0116e2f1dd";

    private static EcsTask task(String id, String service, String lastStatus, String stopCode, String reason, String ip) {
        return new EcsTask(R, "arn:aws:ecs:eu-west-1:111122223333:task/c/" + id, id, null, "td", service == null ? null : "service:" + service,
                lastStatus, lastStatus, stopCode, reason, T0, "STOPPED".equals(lastStatus) ? T0.plusSeconds(45) : null, "FARGATE",
                null, null, null, ip, null, List.of());
    }

    private static EcsTask stopped(String id, String service, String ip) {
        return task(id, service, "STOPPED", "TaskFailedToStart", "ResourceInitializationError: log group does not exist", ip);
    }

    private static EcsService service(String name, int desired, int running) {
        return new EcsService(R, null, name, null, "ACTIVE", "td", desired, running, 0, "FARGATE", List.of(), List.of(), null,
                List.of(), null, null);
    }

    private static ServiceDeployment deployment(String id, String service, String rollout, int failed, int desired, int running) {
        return new ServiceDeployment(R, service, id, "PRIMARY", "td", rollout, null, failed, desired, running, T0.plusSeconds(600));
    }

    private static TargetHealth target(String ip, String state) {
        return new TargetHealth(R, TG, ip, 8080, null, "8080", state, "unhealthy".equals(state) ? "Target.Timeout" : null, null);
    }

    private static SymptomIndex index(Object... facts) {
        return new SymptomIndex(new Snapshot("in", null, R, null, List.of(facts), List.of(), List.of()));
    }

    private static List<String> ids(List<Symptom> symptoms) {
        return symptoms.stream().map(Symptom::id).toList();
    }

    @Test
    void aCauseOfAStoppedTaskAlsoExplainsItsServicesShortfallAndFailingDeployment() {
        SymptomIndex index = index(stopped("t1", "web", "10.0.1.5"), service("web", 1, 0),
                deployment("ecs-svc/1", "web", "IN_PROGRESS", 3, 1, 0));

        assertEquals(List.of("task:t1", "service:eu-west-1::/web", "deployment:ecs-svc/1"), ids(index.explainedBy(List.of("task:t1"))));
    }

    @Test
    void foldingAlsoReachesTheTasksUnhealthyTarget() {
        SymptomIndex index = index(stopped("t1", "web", "10.0.1.5"), target("10.0.1.5", "unhealthy"), target("10.0.1.6", "unhealthy"));

        assertEquals(List.of("task:t1", "target:web-tg/10.0.1.5:8080"), ids(index.explainedBy(List.of("task:t1"))));
    }

    @Test
    void aTaskReachesOnlyItsOwnServicesTargetWhenAnotherGroupHasATargetOfTheSameIp() {
        String apiGroup = "arn:aws:elasticloadbalancing:eu-west-1:111122223333:targetgroup/api-tg/1111111111111111";
        TargetHealth apiTarget = new TargetHealth(R, apiGroup, "10.0.1.5", 8080, null, "8080", "unhealthy", "Target.Timeout", null);
        // VPCs that share one CIDR: the api service's task in another VPC has the web task's private IP
        EcsTask web = stopped("t1", "web", "10.0.1.5");
        EcsTask api = stopped("t2", "api", "10.0.1.5");
        List<Object> facts = List.of(web, api, target("10.0.1.5", "unhealthy"), apiTarget);
        SymptomIndex byIpAlone = index(facts.toArray());
        List<Object> withGroups = new java.util.ArrayList<>(facts);
        withGroups.add(new ServiceLoadBalancer(R, "web", TG, "app", 8080, web.serviceKey()));
        withGroups.add(new ServiceLoadBalancer(R, "api", apiGroup, "app", 8080, api.serviceKey()));
        SymptomIndex byGroup = index(withGroups.toArray());

        assertEquals(List.of("task:t1", "target:web-tg/10.0.1.5:8080"), ids(byGroup.explainedBy(List.of("task:t1"))));
        assertEquals(List.of("task:t2", "target:api-tg/10.0.1.5:8080"), ids(byGroup.explainedBy(List.of("task:t2"))));
        // without the services' load balancers in the input, the IP is all that links a task to a target
        assertEquals(List.of("task:t1", "target:web-tg/10.0.1.5:8080", "target:api-tg/10.0.1.5:8080"),
                ids(byIpAlone.explainedBy(List.of("task:t1"))));
    }

    @Test
    void aTaskReachesItsTargetsInEachGroupOfItsServiceAndTargetsWithoutAGroup() {
        String adminGroup = "arn:aws:elasticloadbalancing:eu-west-1:111122223333:targetgroup/admin-tg/2222222222222222";
        String otherGroup = "arn:aws:elasticloadbalancing:eu-west-1:111122223333:targetgroup/other-tg/3333333333333333";
        EcsTask web = stopped("t1", "web", "10.0.1.5");
        TargetHealth inOther = new TargetHealth(R, otherGroup, "10.0.1.5", 8080, null, "8080", "unhealthy", "Target.Timeout", null);
        TargetHealth inAdmin = new TargetHealth(R, adminGroup, "10.0.1.5", 9090, null, "9090", "unhealthy", "Target.Timeout", null);
        TargetHealth noGroup = new TargetHealth(R, null, "10.0.1.5", 7070, null, "7070", "unhealthy", "Target.Timeout", null);
        SymptomIndex index = index(web, inOther, target("10.0.1.5", "unhealthy"), noGroup, inAdmin,
                new ServiceLoadBalancer(R, "web", TG, "app", 8080, web.serviceKey()),
                new ServiceLoadBalancer(R, "web", adminGroup, "app", 9090, web.serviceKey()));

        // in snapshot order; the other service's group is not the task's though it holds the task's IP
        assertEquals(List.of("task:t1", "target:web-tg/10.0.1.5:8080", "target:null/10.0.1.5:7070", "target:admin-tg/10.0.1.5:9090"),
                ids(index.explainedBy(List.of("task:t1"))));
    }

    @Test
    void aTaskOfAnotherServiceDoesNotExplainThisOne() {
        SymptomIndex index = index(stopped("t1", "web", null), stopped("t2", "api", null), service("web", 2, 0), service("api", 1, 0),
                deployment("ecs-svc/web", "web", "FAILED", 2, 2, 0), deployment("ecs-svc/api", "api", "FAILED", 1, 1, 0));

        assertEquals(List.of("task:t2", "service:eu-west-1::/api", "deployment:ecs-svc/api"), ids(index.explainedBy(List.of("task:t2"))));
    }

    @Test
    void theServiceExplainsItsDeploymentButNotItsTasks() {
        SymptomIndex index = index(stopped("t1", "web", null), service("web", 1, 0), deployment("ecs-svc/1", "web", "FAILED", 1, 1, 0));

        assertEquals(List.of("service:eu-west-1::/web", "deployment:ecs-svc/1"), ids(index.explainedBy(List.of("service:eu-west-1::/web"))));
    }

    @Test
    void aFailingDeploymentFollowsEvenWhenTheServiceIsNotShort() {
        // the old tasks still run, so the service is at its count, but the new deployment fails
        SymptomIndex index = index(stopped("t1", "web", null), service("web", 1, 1), deployment("ecs-svc/2", "web", "IN_PROGRESS", 2, 1, 0));

        assertEquals(List.of("task:t1", "deployment:ecs-svc/2"), ids(index.explainedBy(List.of("task:t1"))));
    }

    @Test
    void foldingIsTransitiveAndRepeatsNothing() {
        SymptomIndex index = index(stopped("t1", "web", null), stopped("t2", "web", null), service("web", 2, 0),
                deployment("ecs-svc/1", "web", "FAILED", 2, 2, 0));

        assertEquals(List.of("task:t1", "task:t2", "service:eu-west-1::/web", "deployment:ecs-svc/1"),
                ids(index.explainedBy(List.of("task:t2", "task:t1", "task:t2", "service:eu-west-1::/web"))), "in snapshot order");
    }

    @Test
    void unknownIdsExplainNothing() {
        SymptomIndex index = index(stopped("t1", "web", null));

        assertEquals(List.of(), index.explainedBy(List.of("task:nope", "service:eu-west-1::/nope")));
        assertEquals(List.of(), index.explainedBy(List.of()));
    }

    @Test
    void whatCountsAsASymptom() {
        SymptomIndex index = index(
                stopped("t1", "web", null),
                task("running", "web", "RUNNING", null, null, null),
                task("scaled-in", "web", "STOPPED", "ServiceSchedulerInitiated", "Scaling activity initiated by (deployment ecs-svc/1)", null),
                task("by-user", null, "STOPPED", "UserInitiated", "Task stopped by user", null),
                task("by-user-health", null, "STOPPED", "UserInitiated", "Task failed ELB health checks", null),
                service("web", 1, 0), service("steady", 2, 2),
                deployment("ecs-svc/1", "web", "IN_PROGRESS", 1, 1, 0), deployment("ecs-svc/ok", "steady", "COMPLETED", 0, 2, 2),
                target("10.0.1.5", "unhealthy"), target("10.0.1.6", "healthy"), target("10.0.1.7", "unhealthy.draining"),
                new StackEvent(R, "infra", "ALB", null, "AWS::ElasticLoadBalancingV2::LoadBalancer", T0, "CREATE_FAILED", "same AZ", Map.of()),
                new StackEvent(R, "infra", "Cluster", null, "AWS::ECS::Cluster", T0, "CREATE_FAILED", "Resource creation cancelled", Map.of()),
                new StackEvent(R, "infra", "Vpc", null, "AWS::EC2::VPC", T0, "CREATE_COMPLETE", null, Map.of()),
                new FailedCommand(R, "aws elbv2 create-load-balancer", "elbv2", "create-load-balancer", Map.of(), "An error occurred"),
                TextSignal.of(TextSignal.Origin.PASTED, "in #1", "Stopped | log group does not exist", null),
                TextSignal.of(TextSignal.Origin.STOPPED_TASK, "arn", "log group does not exist", null));

        List<Symptom> all = index.all();

        assertEquals(List.of("task:t1", "task:by-user-health", "target:web-tg/10.0.1.5:8080", "target:web-tg/10.0.1.7:8080",
                "service:eu-west-1::/web", "deployment:ecs-svc/1", "stack-event:infra/ALB", "command:aws elbv2 create-load-balancer", "text:in #1"),
                ids(all));
        assertEquals(List.of("stopped-task", "stopped-task", "unhealthy-target", "unhealthy-target", "service-shortfall",
                "failing-deployment", "stack-failure", "failed-command", "pasted-error"), all.stream().map(Symptom::kind).toList());
    }

    @Test
    void summariesSayWhatIsWrong() {
        SymptomIndex index = index(stopped("t1", "web", null), service("web", 2, 0), deployment("ecs-svc/1", "web", "FAILED", 3, 2, 0),
                target("10.0.1.5", "unhealthy"));

        Map<String, Symptom> byId = new java.util.HashMap<>();
        index.all().forEach(s -> byId.put(s.id(), s));

        assertEquals("task t1 stopped: ResourceInitializationError: log group does not exist", byId.get("task:t1").summary());
        assertEquals(T0.plusSeconds(45), byId.get("task:t1").at());
        assertEquals("service web runs 0 of 2 tasks", byId.get("service:eu-west-1::/web").summary());
        assertEquals("deployment ecs-svc/1 of web FAILED, 3 failed tasks", byId.get("deployment:ecs-svc/1").summary());
        assertEquals("target 10.0.1.5:8080 in web-tg is unhealthy (Target.Timeout)", byId.get("target:web-tg/10.0.1.5:8080").summary());
    }

    @Test
    void longReasonsAreShortenedToOneLine() {
        String reason = "CannotPullContainerError:\n  " + "x".repeat(300);
        SymptomIndex index = index(task("t1", null, "STOPPED", "TaskFailedToStart", reason, null));

        String summary = index.all().get(0).summary();
        assertTrue(summary.startsWith("task t1 stopped: CannotPullContainerError: xxx"), summary);
        assertTrue(summary.endsWith("..."), summary);
        assertEquals("task t1 stopped: ".length() + 160, summary.length());
    }

    @Test
    void stoppedTaskWithoutReason() {
        assertEquals("task t1 stopped: no reason recorded", index(task("t1", null, "STOPPED", null, null, null)).all().get(0).summary());
    }

    @Test
    void symptomIdsAreSharedWithTheRules() {
        assertEquals("task:t1", SymptomIds.of(stopped("t1", "web", null)));
        assertEquals("service:eu-west-1::/web", SymptomIds.of(service("web", 1, 0)));
        assertEquals("deployment:ecs-svc/1", SymptomIds.of(deployment("ecs-svc/1", "web", "FAILED", 1, 1, 0)));
        assertEquals("target:web-tg/10.0.1.5:8080", SymptomIds.of(target("10.0.1.5", "unhealthy")));
        assertEquals("text:in #1", SymptomIds.of(TextSignal.of(TextSignal.Origin.PASTED, "in #1", "x", null)));
        assertEquals(null, SymptomIds.of(TextSignal.of(TextSignal.Origin.SERVICE_EVENT, "web", "x", null)));
        assertEquals(null, SymptomIds.of("anything else"));
    }
    @Test
    void aServiceOfTheSameNameInAnotherClusterIsAnotherSymptom() {
        String prod = "arn:aws:ecs:eu-west-1:111122223333:cluster/prod", staging = "arn:aws:ecs:eu-west-1:111122223333:cluster/staging";
        EcsTask failing = new EcsTask(R, "arn:aws:ecs:eu-west-1:111122223333:task/prod/t1", "t1", prod, "td", "service:api", "STOPPED", "STOPPED",
                "TaskFailedToStart", "ResourceInitializationError: log group does not exist", T0, T0.plusSeconds(45), "FARGATE",
                null, null, null, null, null, List.of());
        EcsService prodApi = new EcsService(R, null, "api", prod, "ACTIVE", "td", 2, 0, 0, "FARGATE", List.of(), List.of(), null, List.of(), null, null);
        EcsService stagingApi = new EcsService(R, null, "api", staging, "ACTIVE", "td", 1, 0, 0, "FARGATE", List.of(), List.of(), null, List.of(), null, null);
        ServiceDeployment prodDeployment = new ServiceDeployment(R, "api", "ecs-svc/prod", "PRIMARY", "td", "FAILED", null, 2, 2, 0, T0, prodApi.serviceKey());
        ServiceDeployment stagingDeployment = new ServiceDeployment(R, "api", "ecs-svc/staging", "PRIMARY", "td", "FAILED", null, 1, 1, 0, T0,
                stagingApi.serviceKey());
        SymptomIndex index = index(failing, prodApi, stagingApi, prodDeployment, stagingDeployment);

        assertEquals(List.of("task:t1", "service:eu-west-1:111122223333:prod/api", "deployment:ecs-svc/prod"),
                ids(index.explainedBy(List.of("task:t1"))), "the staging cluster's api is not explained by a prod task");
        assertEquals(2, index.all().stream().filter(x -> x.kind().equals("service-shortfall")).count(), "two shortfalls, not one");
    }
}
