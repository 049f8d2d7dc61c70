package io.ecstriage.finding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecstriage.finding.symptom.SymptomIndex;
import io.ecstriage.model.EcsTask;
import io.ecstriage.model.Snapshot;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A cause outranks the effect whose evidence quotes it; a lone suspicion is advice; "not read" alone is not a finding. */
class CauseOutranksEffectTest {
    private static final Map<String, RuleMeta> CATALOG = new LinkedHashMap<>();
    private static final String HOST = "internal-backend-alb-1873402256.ap-northeast-1.elb.amazonaws.com";

    static {
        CATALOG.put("Url", new RuleMeta("Url", "Url title", Severity.MEDIUM, "config", "u", List.of(), RuleMeta.SUSPICION));
        CATALOG.put("Crash", new RuleMeta("Crash", "Crash title", Severity.HIGH, "runtime", "c"));
        CATALOG.put("Other", new RuleMeta("Other", "Other title", Severity.HIGH, "network", "o"));
        CATALOG.put("Role", new RuleMeta("Role", "Role title", Severity.LOW, "security", "r"));
        CATALOG.put("First", new RuleMeta("First", "First failed event", Severity.MEDIUM, "cloudformation", "f", List.of(), RuleMeta.GENERIC));
    }

    private final HitSink sink = new HitSink();
    private final List<Object> facts = new ArrayList<>();

    private HitBuilder hit(String rule) {
        sink.firing(rule);
        return sink.hit();
    }

    private Ranker.Ranking rank() {
        Snapshot s = new Snapshot("in.json", null, "ap-northeast-1", null, facts, List.of(), List.of());
        return new Ranker(CATALOG).ranking(sink.hits(), s, new SymptomIndex(s));
    }

    private EcsTask task(String id) {
        EcsTask t = new EcsTask("ap-northeast-1", "arn:aws:ecs:ap-northeast-1:111122223333:task/c/" + id, id, null,
                "arn:aws:ecs:ap-northeast-1:111122223333:task-definition/web:3", "service:web", "STOPPED", "STOPPED", "EssentialContainerExited",
                "Essential container in task exited", null, null, "FARGATE", null, null, null, null, null, List.of());
        facts.add(t);
        return t;
    }

    @Test
    void theCauseWhoseValueTheCrashQuotesRanksFirstAndFoldsTheCrash() {
        EcsTask t = task("t1");
        hit("Crash").subject("web:3").basis("log", 0.75).evidence("log of t1", "TypeError: Failed to parse URL from " + HOST + "/api").explains(t).report();
        hit("Url").subject("API_URL").basis("value", 0.45).evidence("task definition web:3", "API_URL=" + HOST).marks(HOST).report();

        Ranker.Ranking r = rank();

        assertEquals(List.of("Url"), r.findings().stream().map(Finding::ruleId).toList());
        Finding f = r.findings().get(0);
        assertEquals(1, f.rank());
        assertEquals(Severity.MEDIUM, f.severity(), "a cause with an effect is not demoted");
        assertNull(f.advisory());
        assertEquals(List.of(new Finding.Effect("Crash", "Crash title", Severity.HIGH, HOST)), f.effects());
        assertTrue(f.explains().stream().anyMatch(s -> s.id().equals("task:t1")), "the effect's symptoms are the cause's now");
        assertTrue(f.evidence().stream().anyMatch(e -> e.text().startsWith("TypeError")), "the quoting line is shown under the cause");
    }

    @Test
    void whenTheCrashDoesNotQuoteTheValueTheSuspicionIsAnAdvisoryBelowIt() {
        EcsTask t = task("t1");
        hit("Crash").subject("web:3").basis("log", 0.75).evidence("log of t1", "TypeError: Cannot read properties of undefined").explains(t).report();
        hit("Url").subject("API_URL").basis("value", 0.45).evidence("task definition web:3", "API_URL=" + HOST).marks(HOST).report();

        List<Finding> findings = rank().findings();

        assertEquals(List.of("Crash", "Url"), findings.stream().map(Finding::ruleId).toList());
        assertEquals(Severity.LOW, findings.get(1).severity());
        assertTrue(findings.get(1).advisory() != null && findings.get(1).advisory().startsWith("configuration only"));
        assertEquals(List.of(), findings.get(0).effects());
    }

    @Test
    void aloneTheSuspicionIsAnAdvisory() {
        hit("Url").subject("API_URL").basis("value", 0.45).basis("load-balancer", 0.75).evidence("task definition web:3", "API_URL=" + HOST).marks(HOST).report();

        Finding f = rank().findings().get(0);
        assertEquals(Severity.LOW, f.severity());
        assertEquals(Severity.MEDIUM, f.rule().severity(), "the catalogue keeps the rule's own severity");
    }

    @Test
    void shortMarksAndMarksQuotedBothWaysMakeNoLink() {
        hit("Crash").subject("a").basis("log", 0.75).evidence("log", "port 8080 refused; see other-value-123").marks("crash-value-456").report();
        hit("Other").subject("b").basis("x", 0.45).evidence("cfg", "crash-value-456 and 8080").marks("other-value-123").marks("8080").report();

        Ranker.Ranking r = rank();
        assertEquals(List.of("Crash", "Other"), r.findings().stream().map(Finding::ruleId).toList());
        assertTrue(r.findings().stream().allMatch(f -> f.effects().isEmpty()));
    }

    @Test
    void aTaskDefinitionThatQuotesTheValueIsConfigurationNotAnEffect() {
        hit("Other").subject("web:3").basis("x", 0.75).evidence("task definition web:3", "health check: curl -f http://" + HOST + "/health").report();
        hit("Url").subject("API_URL").basis("value", 0.45).evidence("task definition web:3", "API_URL=" + HOST).marks(HOST).report();

        List<Finding> findings = rank().findings();
        assertEquals(List.of("Other", "Url"), findings.stream().map(Finding::ruleId).toList());
        assertEquals(Severity.LOW, findings.get(1).severity());
    }

    @Test
    void anAdvisoryBasedOnlyOnWhatWasNotReadIsNotChecked() {
        hit("Role").subject("app-role").basis("task-role", Confidence.UNCHECKED).evidence("task definition web:3", "policies not read").report();
        hit("Other").subject("b").basis("x", 0.75).evidence("cfg", "sg").report();

        Ranker.Ranking r = rank();
        assertEquals(List.of("Other"), r.findings().stream().map(Finding::ruleId).toList());
        assertEquals(List.of("Role"), r.notChecked().stream().map(Finding::ruleId).toList());
    }

    @Test
    void anAdvisoryWithEvidenceStaysAFinding() {
        hit("Role").subject("app-role").basis("iam", Confidence.CONFIRMED).evidence("iam", "AdministratorAccess").report();

        Ranker.Ranking r = rank();
        assertEquals(List.of("Role"), r.findings().stream().map(Finding::ruleId).toList());
        assertEquals(List.of(), r.notChecked());
    }

    @Test
    void aGenericFindingFoldsUnderTheSpecificRuleOfTheSameSymptomAndStaysAlone() {
        EcsTask t = task("t1");
        hit("First").subject("stack/Listener").basis("stack-event", 0.60).evidence("stack", "Listener CREATE_FAILED").explains(t).report();
        hit("Other").subject("b").basis("x", 0.30).evidence("cfg", "unrelated").report();

        assertEquals(List.of("First", "Other"), rank().findings().stream().map(Finding::ruleId).toList());

        hit("Crash").subject("web:3").basis("log", 0.45).evidence("log", "boom").explains(t).report();
        List<Finding> findings = rank().findings();
        assertEquals(List.of("Crash", "Other"), findings.stream().map(Finding::ruleId).toList());
        assertEquals("First", findings.get(0).effects().get(0).ruleId());
        assertNull(findings.get(0).effects().get(0).via(), "folded for the same symptoms, not for a quoted value");
    }
}
