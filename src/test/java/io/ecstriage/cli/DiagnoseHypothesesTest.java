package io.ecstriage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The exit code and headline of a failure that only hypotheses explain, and of one nothing explains. */
class DiagnoseHypothesesTest {
    private static final String TARGET_LINE = "(service civictechjobs-fullstack-stage) (port 8000) is unhealthy in (target-group "
            + "arn:aws:elasticloadbalancing:us-west-2:035866691871:targetgroup/civictechjobs-fullstack-stage/555a47e25c5a1850) "
            + "due to (reason Health checks failed).";

    @Test
    void aTargetHealthLineAloneFailsTheRunWithHypothesesThatCarryItsIdentifiers() {
        Cli.Result r = Cli.runWithStdin(TARGET_LINE, "diagnose", "--fixture", "-");

        assertEquals(ExitCodes.PROBLEMS_FOUND, r.exit(), r::toString);
        assertTrue(r.out().contains("ecs-triage: no cause confirmed, 5 hypotheses to check"), r::toString);
        assertTrue(r.out().contains("Hypotheses (UNCONFIRMED"), r::toString);
        assertTrue(r.out().contains("Check: aws ecs describe-services --cluster CLUSTER --services civictechjobs-fullstack-stage --region us-west-2"), r::toString);
    }

    @Test
    void aFailureNoFamilyKnowsIsAnUnexplainedFailure() {
        Cli.Result r = Cli.runWithStdin("Unable to complete the rollout: unknown failure.", "diagnose", "--fixture", "-", "--format", "json");

        assertEquals(ExitCodes.PROBLEMS_FOUND, r.exit(), r::toString);
        assertTrue(r.out().matches("(?s).*\"unexplainedFailure\"\\s*:\\s*true.*"), r::toString);
    }

    @Test
    void aSteadyStateExitsZero() {
        Cli.Result r = Cli.runWithStdin("(service web) has reached a steady state.", "diagnose", "--fixture", "-");

        assertEquals(ExitCodes.OK, r.exit(), r::toString);
        assertTrue(r.out().contains("no known failure pattern matched"), r::toString);
    }
}
