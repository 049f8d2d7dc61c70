package io.ecstriage.rules.cloudformation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.ecstriage.Samples;
import io.ecstriage.TestDiagnosis;
import io.ecstriage.finding.Finding;
import io.ecstriage.finding.Severity;
import io.ecstriage.report.Report;
import io.ecstriage.rules.RuleCases;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** StackParameterMissing (StackParameterMissing.drl beside it) against the fixtures of its folder and inline cases. */
class StackParameterMissingTest extends RuleCases {
    StackParameterMissingTest() {
        super("StackParameterMissing");
    }

    @Test
    void theParameterIsFilledFromTheOnlyRepository() {
        Finding f = get(fixture("StackParameterMissing", "fires-create-stack"), "StackParameterMissing");
        assertEquals(List.of("aws cloudformation create-stack --stack-name task-management-api --template-body file://aws/cloudformation/ecs-fargate.yaml --capabilities CAPABILITY_NAMED_IAM --parameters ParameterKey=ContainerImage,ParameterValue=123456789012.dkr.ecr.us-east-1.amazonaws.com/task-management-api:latest --region us-east-1"),
                f.fix().commands());
        assertEquals(0.78, f.confidence(), 1e-9);
    }

    @Test
    void deployUsesParameterOverrides() {
        Report r = TestDiagnosis.diagnose("inline.json", Samples.fixture("deploy", "us-east-1")
                .text("aws cloudformation deploy --stack-name api --template-file t.yaml --region us-east-1", "An error occurred (ValidationError) when calling the CreateChangeSet operation: Parameters: [DeploymentTag, ContainerImage] must have values").json());
        Finding f = get(r, "StackParameterMissing");
        assertEquals(List.of("aws cloudformation deploy --stack-name api --template-file t.yaml --parameter-overrides DeploymentTag=VALUE ContainerImage=VALUE --region us-east-1"), f.fix().commands());
    }

    @Test
    void quietForACapabilitiesError() {
        assertFalse(has(fixture("StackParameterMissing", "quiet-capabilities-error"), "StackParameterMissing"));
    }
}
