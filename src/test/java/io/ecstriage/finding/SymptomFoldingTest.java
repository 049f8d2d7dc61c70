package io.ecstriage.finding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecstriage.model.EcsService;
import io.ecstriage.model.EcsTask;
import io.ecstriage.model.ServiceDeployment;
import io.ecstriage.model.Snapshot;
import io.ecstriage.model.TextSignal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A rule with @role("symptom") is never a root cause of its own when a cause explains the same symptoms. */
class SymptomFoldingTest {
    private static final Map<String, RuleMeta> CATALOG = new LinkedHashMap<>();

    static {
        CATALOG.put("Cause", new RuleMeta("Cause", "Cause title", Severity.HIGH, "logging", "c"));
        CATALOG.put("Other", new RuleMeta("Other", "Other title", Severity.HIGH, "network", "o"));
        CATALOG.put("Advice", new RuleMeta("Advice", "Advice title", Severity.LOW, "hygiene", "a"));
        CATALOG.put("Breaker", new RuleMeta("Breaker", "Breaker title", Severity.MEDIUM, "deployment", "b", List.of("B028"), RuleMeta.SYMPTOM));
    }

    private final HitSink sink = new HitSink();
    private final List<Object> facts = new ArrayList<>();

    private HitBuilder hit(String rule) {
        sink.firing(rule);
        return sink.hit();
    }

    private List<Finding> rank() {
        return new Ranker(CATALOG).rank(sink.hits(), new Snapshot("in.json", null, "eu-west-1", null, facts, List.of(), List.of()));
    }

    private EcsTask task(String id, String service) {
        EcsTask t = new EcsTask("eu-west-1", "arn:aws:ecs:eu-west-1:111122223333:task/c/" + id, id, null,
                "arn:aws:ecs:eu-west-1:111122223333:task-definition/web:3", "service:" + service, "STOPPED", "STOPPED", "TaskFailedToStart",
                "boom", null, null, "FARGATE", null, null, null, null, null, List.of());
        facts.add(t);
        return t;
    }

    private ServiceDeployment deployment(String service) {
        facts.add(new EcsService("eu-west-1", "arn:aws:ecs:eu-west-1:111122223333:service/c/" + service, service, null, "ACTIVE", null, 1, 0, 0,
                "FARGATE", List.of(), List.of(), null, List.of(), null, null));
        ServiceDeployment d = new ServiceDeployment("eu-west-1", service, "ecs-svc/" + service.length(), "PRIMARY", null, "FAILED",
                "ECS deployment circuit breaker: rolling back", 5, 1, 0, null);
        facts.add(d);
        return d;
    }

    @Test
    void theBreakerFoldsIntoTheCauseOfTheSameDeployment() {
        EcsTask t = task("t1", "web");
        ServiceDeployment d = deployment("web");
        hit("Cause").subject("g").basis("listing", 0.75).evidence("listing", "no group").explains(t).report();
        hit("Breaker").subject("web").basis("deployment", 0.75).evidence("deployment " + d.id(), "circuit breaker: rolling back").explains(d).report();

        List<Finding> findings = rank();

        assertEquals(List.of("Cause"), findings.stream().map(Finding::ruleId).toList());
        Finding f = findings.get(0);
        assertEquals(1, f.rank());
        assertEquals(0.75, f.confidence(), 1e-9, "the breaker adds no confidence to the cause");
        assertTrue(f.evidence().contains(new Evidence("deployment " + d.id(), "circuit breaker: rolling back")), f.evidence()::toString);
        assertTrue(f.explains().stream().anyMatch(s -> s.id().equals("deployment:" + d.id())), f.explains()::toString);
    }

    @Test
    void theBreakerOfAnotherServiceStays() {
        EcsTask t = task("t1", "web");
        deployment("web");
        ServiceDeployment other = deployment("worker");
        hit("Cause").subject("g").basis("listing", 0.75).explains(t).report();
        hit("Breaker").subject("worker").basis("deployment", 0.75).explains(other).report();

        assertEquals(List.of("Cause", "Breaker"), rank().stream().map(Finding::ruleId).toList());
    }

    @Test
    void aloneTheBreakerIsReported() {
        ServiceDeployment d = deployment("web");
        hit("Breaker").subject("web").basis("deployment", 0.75).explains(d).report();

        List<Finding> findings = rank();
        assertEquals(List.of("Breaker"), findings.stream().map(Finding::ruleId).toList());
        assertEquals(1, findings.get(0).rank());
    }

    @Test
    void aBreakerTiedToNoDeploymentJoinsTheBestCauseButNeverAnAdvisory() {
        TextSignal paste = TextSignal.of(TextSignal.Origin.PASTED, "INPUT #1", "ECS Deployment Circuit Breaker was triggered", null);
        facts.add(paste);
        hit("Advice").subject("a").basis("x", 0.75).report();
        hit("Other").subject("o").basis("x", 0.45).report();
        hit("Cause").subject("c").basis("x", 0.60).report();
        hit("Breaker").basis("deployment", 0.60).explains(paste).report();

        List<Finding> findings = rank();

        assertEquals(List.of("Cause", "Other", "Advice"), findings.stream().map(Finding::ruleId).toList());
        assertEquals(List.of(1, 2, 3), findings.stream().map(Finding::rank).toList());
        assertTrue(findings.get(0).explains().stream().anyMatch(s -> s.id().equals("text:INPUT #1")));
    }

    @Test
    void withOnlyAnAdvisoryTheBreakerStays() {
        hit("Advice").subject("a").basis("x", 0.75).report();
        hit("Breaker").basis("deployment", 0.60).report();

        assertEquals(List.of("Breaker", "Advice"), rank().stream().map(Finding::ruleId).toList());
    }
}
