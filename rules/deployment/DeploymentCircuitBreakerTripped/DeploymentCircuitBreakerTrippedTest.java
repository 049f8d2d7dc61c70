package io.ecstriage.rules.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecstriage.Samples;
import io.ecstriage.TestDiagnosis;
import io.ecstriage.finding.Finding;
import io.ecstriage.finding.Severity;
import io.ecstriage.report.Report;
import io.ecstriage.rules.RuleCases;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** DeploymentCircuitBreakerTripped (DeploymentCircuitBreakerTripped.drl beside it) against the fixtures of its folder and inline cases. */
class DeploymentCircuitBreakerTrippedTest extends RuleCases {
    DeploymentCircuitBreakerTrippedTest() {
        super("DeploymentCircuitBreakerTripped");
    }

    @Test
    void aloneItPointsAtTheStoppedTasksAndAsksForTheirCause() {
        Report r = fixture("DeploymentCircuitBreakerTripped", "fires-alone");
        Finding f = get(r, "DeploymentCircuitBreakerTripped");
        assertEquals(Severity.MEDIUM, f.severity());
        assertTrue(f.evidence().stream().anyMatch(e -> e.source().startsWith("stopped task ") && e.text().equals("Task failed to start")), f.evidence()::toString);
        assertTrue(f.missingEvidence().stream().anyMatch(m -> m.command().startsWith("aws ecs list-tasks --cluster orders-cluster --service-name orders-service --desired-status STOPPED")), f.missingEvidence()::toString);
        assertTrue(f.explains().stream().anyMatch(s -> s.kind().equals("failing-deployment")));
    }

    @Test
    void withACauseItFoldsIntoTheCausesFinding() {
        Report r = fixture("DeploymentCircuitBreakerTripped", "quiet-folded-into-log-group-missing");
        assertEquals(List.of("LogGroupMissing"), TestDiagnosis.ruleIds(r));
        Finding f = r.findings().get(0);
        assertTrue(f.evidence().stream().anyMatch(e -> e.text().contains("circuit breaker")), f.evidence()::toString);
        assertTrue(f.explains().stream().anyMatch(s -> s.id().equals("deployment:ecs-svc/7108338323605641332")), f.explains()::toString);
        assertEquals(List.of(), r.unexplainedSymptoms());
    }

    @Test
    void aPastedBreakerFoldsIntoAPastedCause() {
        Report r = TestDiagnosis.diagnose("inline.json", Samples.fixture("two pastes", null)
                .text(null, "Resource handler returned message: \"Error occurred during operation 'ECS Deployment Circuit Breaker was triggered'.\" (RequestToken: a3ab2120-1821-f83c-3adc-23d519cacdfe, HandlerErrorCode: GeneralServiceException)")
                .text(null, "OutOfMemoryError: Container killed due to memory usage").json());
        assertEquals(List.of("ContainerOutOfMemory"), TestDiagnosis.ruleIds(r));
        assertEquals(2, r.findings().get(0).explains().size());
    }
}
