package io.ecstriage.rules.cloudformation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

/** StackCapabilitiesMissing (StackCapabilitiesMissing.drl beside it) against the fixtures of its folder and inline cases. */
class StackCapabilitiesMissingTest extends RuleCases {
    StackCapabilitiesMissingTest() {
        super("StackCapabilitiesMissing");
    }

    @Test
    void theSameCommandWithTheCapability() {
        Finding f = get(fixture("StackCapabilitiesMissing", "fires-create-stack"), "StackCapabilitiesMissing");
        assertEquals(List.of("aws cloudformation create-stack --stack-name task-management-api --template-body file://aws/cloudformation/ecs-fargate.yaml --parameters ParameterKey=ContainerImage,ParameterValue=123456789012.dkr.ecr.us-east-1.amazonaws.com/task-management-api:latest --capabilities CAPABILITY_NAMED_IAM --region us-east-1"),
                f.fix().commands());
        assertEquals(0.78, f.confidence(), 1e-9, "error text + the command lacking --capabilities");
    }

    @Test
    void textAloneIsLessCertainAndNamesAutoExpand() {
        Finding f = get(pasted("An error occurred (InsufficientCapabilitiesException) when calling the CreateStack operation: Requires capabilities : [CAPABILITY_AUTO_EXPAND]", null), "StackCapabilitiesMissing");
        assertEquals(0.60, f.confidence(), 1e-9);
        assertTrue(fixes(f).contains("--capabilities CAPABILITY_AUTO_EXPAND"), fixes(f));
    }

    @Test
    void quietForAParameterError() {
        Report r = fixture("StackCapabilitiesMissing", "quiet-other-validation-error");
        assertFalse(has(r, "StackCapabilitiesMissing"));
        assertEquals("StackParameterMissing", r.findings().get(0).ruleId());
    }
}
