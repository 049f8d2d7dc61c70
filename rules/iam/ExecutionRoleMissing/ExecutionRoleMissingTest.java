package io.ecstriage.rules.iam;

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

/** ExecutionRoleMissing (ExecutionRoleMissing.drl beside it) against the fixtures of its folder and inline cases. */
class ExecutionRoleMissingTest extends RuleCases {
    ExecutionRoleMissingTest() {
        super("ExecutionRoleMissing");
    }

    @Test
    void noRoleRanksFirstAndSecretsFailureIsNotBlamedOnPermissions() {
        Report r = fixture("ExecutionRoleMissing", "fires-ec2-task-without-role-reads-secrets");
        Finding f = r.findings().get(0);
        assertEquals("ExecutionRoleMissing", f.ruleId(), TestDiagnosis.summary(r));
        assertFalse(has(r, "SecretsRetrievalFailed"), TestDiagnosis.summary(r));
        assertTrue(f.explains().stream().anyMatch(s -> s.kind().equals("stopped-task")));
        assertTrue(f.fix().commands().get(0).startsWith("aws iam create-role --role-name ecsTaskExecutionRole --assume-role-policy-document"), fixes(f));
        assertTrue(fixes(f).contains(".executionRoleArn = \"arn:aws:iam::067717894185:role/ecsTaskExecutionRole\""), fixes(f));
        assertEquals(0.83, f.confidence(), 1e-9, "no role for secrets (task-definition 0.75, which also covers the weaker no-role basis) + the stopped reason (0.30)");
    }

    @Test
    void onEc2WithoutSecretsOrFailuresTheInstanceRoleStandsIn() {
        Report r = TestDiagnosis.diagnose("inline.json", Samples.fixture("EC2 task definition without role", "eu-west-1")
                .output(Samples.describeTaskDefinition("eu-west-1"), ec2TaskDefinition()).json());
        assertFalse(has(r, "ExecutionRoleMissing"), TestDiagnosis.summary(r));
    }

    @Test
    void onEc2APullRefusalWithoutRoleIsTheRolesAbsence() {
        Report r = TestDiagnosis.diagnose("inline.json", Samples.fixture("EC2 task definition without role, pull refused", "eu-west-1")
                .output(Samples.describeTaskDefinition("eu-west-1"), ec2TaskDefinition())
                .output(Samples.describeTasks("eu-west-1"), Samples.stoppedTasks("eu-west-1", java.util.Map.of("t1",
                        "CannotPullContainerError: pull access denied for 111122223333.dkr.ecr.eu-west-1.amazonaws.com/web, repository does not exist or may require 'docker login'")))
                .json());
        Finding f = get(r, "ExecutionRoleMissing");
        assertEquals(0.62, f.confidence(), 1e-9, "stopped reason (0.30) + no role (0.45)");
        assertFalse(has(r, "ImagePullAccessDenied"), TestDiagnosis.summary(r));
    }

    private static com.fasterxml.jackson.databind.JsonNode ec2TaskDefinition() {
        com.fasterxml.jackson.databind.node.ObjectNode td = Samples.taskDefinition("/ecs/web");
        ((com.fasterxml.jackson.databind.node.ObjectNode) td.get("taskDefinition")).putArray("requiresCompatibilities").add("EC2");
        return td;
    }

    @Test
    void quietWhenTheRoleIsThere() {
        Report r = fixture("ExecutionRoleMissing", "quiet-role-present");
        assertFalse(has(r, "ExecutionRoleMissing"));
        assertEquals("LogGroupMissing", r.findings().get(0).ruleId(), TestDiagnosis.summary(r));
    }
}
