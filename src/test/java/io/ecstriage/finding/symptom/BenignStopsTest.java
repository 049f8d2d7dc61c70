package io.ecstriage.finding.symptom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecstriage.TestDiagnosis;
import io.ecstriage.finding.BenignStop;
import io.ecstriage.report.Report;
import io.ecstriage.rules.TierThree;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenignStopsTest {
    @Test
    void theDocumentedBenignReasonsAndStopCodes() {
        assertEquals(BenignStops.SCALE_IN, BenignStops.kind("ServiceSchedulerInitiated", "Scaling activity initiated by (deployment ecs-svc/1234)"));
        assertEquals(BenignStops.SCALE_IN, BenignStops.kind(null, "Scaling activity initiated by deployment ecs-svc/mocktaskid"));
        assertEquals(BenignStops.SPOT, BenignStops.kind("SpotInterruption", "Your Spot Task was interrupted."));
        assertEquals(BenignStops.SPOT, BenignStops.kind("TerminationNotice", ""));
        assertEquals(BenignStops.MAINTENANCE, BenignStops.kind(null, "ECS is performing maintenance on the underlying infrastructure hosting the task"));
        assertEquals(BenignStops.HOST, BenignStops.kind(null, "Host EC2 (instance i-0a1b2c3d4e5f60718) stopped/terminated"));
        assertEquals(BenignStops.HOST, BenignStops.kind(null, "Container instance deregistration forced by user"));
        assertEquals(BenignStops.SCHEDULER, BenignStops.kind("ServiceSchedulerInitiated", "Service web is being deleted"));
        assertEquals(BenignStops.USER, BenignStops.kind("UserInitiated", "Stopped by the on-call engineer"));
    }

    @Test
    void theSameStopCodesWithAFailureReasonAreNotBenign() {
        assertNull(BenignStops.kind("ServiceSchedulerInitiated", "Task failed ELB health checks in (target-group arn:aws:elasticloadbalancing:...)"));
        assertNull(BenignStops.kind("ServiceSchedulerInitiated", "Task failed container health checks"));
        assertNull(BenignStops.kind("UserInitiated", "Unhealthy container, stopped by the deployment"));
        assertNull(BenignStops.kind("EssentialContainerExited", "Essential container in task exited"));
        assertNull(BenignStops.kind("TaskFailedToStart", "CannotPullContainerError: pull image manifest has been retried 5 time(s)"));
        assertNull(BenignStops.kind(null, null));
    }

    @Test
    void aServiceWhoseTasksStoppedOnlyForNormalReasonsIsHealthyAndShowsWhyTheyStopped() {
        Report r = TierThree.scenario("benign-stops");
        assertFalse(r.problemsFound(), TestDiagnosis.summary(r));
        assertEquals(List.of(), r.unexplainedSymptoms());
        assertEquals(List.of(), r.hypotheses());
        assertEquals(List.of(BenignStops.SCALE_IN, BenignStops.SPOT, BenignStops.MAINTENANCE, BenignStops.USER),
                r.benignStops().stream().map(BenignStop::kind).toList());
        assertEquals("web", r.benignStops().get(0).service());
    }

    @Test
    void aPastedBenignReasonIsAnsweredNotAlarmed() {
        Report r = TestDiagnosis.diagnose("pasted", "Your Spot Task was interrupted.");
        assertFalse(r.problemsFound());
        assertEquals(List.of(), r.unexplainedSymptoms());
        assertEquals(1, r.benignStops().size());
        assertEquals("pasted text", r.benignStops().get(0).subject());
    }

    @Test
    void aHealthCheckReplacementStaysAFailure() {
        Report r = TestDiagnosis.diagnose("pasted", "Task failed ELB health checks in (target-group arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/0123456789abcdef)");
        assertTrue(r.problemsFound());
        assertEquals(List.of(), r.benignStops());
    }
}
