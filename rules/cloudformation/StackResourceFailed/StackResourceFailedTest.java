package io.ecstriage.rules.cloudformation;

import static io.ecstriage.rules.Fixtures.finding;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecstriage.finding.Finding;
import io.ecstriage.finding.Severity;
import io.ecstriage.finding.Symptom;
import io.ecstriage.report.Report;
import io.ecstriage.rules.Fixtures;
import io.ecstriage.rules.RuleCases;
import java.util.List;
import org.junit.jupiter.api.Test;

class StackResourceFailedTest extends RuleCases {
    private static final String ID = "StackResourceFailed";
    private static final String NESTED = "orders-stack-ServiceStack-1K2J3H4G5F6D";

    StackResourceFailedTest() {
        super(ID);
    }

    @Test
    void theFirstFailedEventLeadsAndTheStackAndEmbeddedEventsAreItsSymptoms() {
        Report r = Fixtures.diagnose(ID, "fires-nested-listener-rollback.json");
        Finding f = finding(r, ID);

        assertTrue(f.evidence().get(0).text().startsWith("HttpsListener (AWS::ElasticLoadBalancingV2::Listener) CREATE_FAILED: Resource handler returned message: \"Certificate"),
                f.evidence()::toString);
        List<String> explained = f.explains().stream().map(Symptom::id).toList();
        assertTrue(explained.containsAll(List.of("stack-event:" + NESTED + "/HttpsListener", "stack-event:" + NESTED + "/" + NESTED,
                "stack-event:orders-stack/ServiceStack")), explained::toString);
        assertTrue(explained.stream().noneMatch(id -> id.endsWith("/Service")), "a cancelled resource is no symptom: " + explained);
        assertTrue(r.unexplainedFailures().isEmpty(), r.unexplainedFailures()::toString);
        assertTrue(r.hypotheses().isEmpty(), r.hypotheses()::toString);
    }

    @Test
    void theLogGroupTheRollbackDeletedIsAConsequenceNotACause() {
        Report r = Fixtures.diagnose(ID, "fires-nested-listener-rollback.json");
        Finding f = finding(r, ID);

        assertEquals(List.of(ID), r.findings().stream().map(Finding::ruleId).toList());
        assertEquals(List.of(new Finding.Effect("LogGroupMissing", "The awslogs log group of the task definition does not exist", Severity.HIGH,
                "/ecs/orders-api")), f.effects());
        assertTrue(f.evidence().stream().anyMatch(e -> e.text().contains("deleted what the operation had created")
                && e.text().contains("/ecs/orders-api") && e.text().contains("task-definition/orders-api:7")), f.evidence()::toString);
    }

    @Test
    void withoutTheNestedStacksEventsTheEmbeddedEventLeadsAndItsCheckReadsThem() {
        Finding f = finding(Fixtures.diagnose(ID, "fires-embedded-stack-only.json"), ID);

        assertEquals(List.of("aws cloudformation describe-stack-events --stack-name " + NESTED + " --region eu-west-1"),
                f.missingEvidence().stream().map(m -> m.command()).toList());
    }
}
