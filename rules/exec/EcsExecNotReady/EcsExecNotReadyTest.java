package io.ecstriage.rules.exec;

import static io.ecstriage.rules.Fixtures.assertAbsent;
import static io.ecstriage.rules.Fixtures.finding;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecstriage.finding.Finding;
import io.ecstriage.finding.MissingEvidence;
import io.ecstriage.finding.Severity;
import io.ecstriage.report.Report;
import io.ecstriage.rules.Fixtures;
import io.ecstriage.rules.RuleCases;
import java.util.List;
import org.junit.jupiter.api.Test;

class EcsExecNotReadyTest extends RuleCases {
    private static final String ID = "EcsExecNotReady";

    EcsExecNotReadyTest() {
        super(ID);
    }

    @Test
    void aDisabledFlagIsFixedWithUpdateServiceAndANewDeployment() {
        Report report = Fixtures.diagnose(ID, "fires-exec-not-enabled.json");
        Finding f = finding(report, ID);

        assertEquals(Severity.MEDIUM, f.severity());
        assertEquals(List.of("aws ecs update-service --cluster orders-cluster --service orders-api --enable-execute-command --force-new-deployment --region eu-central-1"),
                f.fix().commands());
        assertEquals(List.of("iam:ListAttachedRolePolicies"), f.missingEvidence().stream().map(MissingEvidence::iamAction).toList(),
                "the task role's ssmmessages permissions were not read");
        assertEquals(List.of(), report.unexplainedSymptoms(), "the failed execute-command is explained");
    }

    @Test
    void anIsolatedTaskNeedsAnSsmmessagesEndpointAndATaskRole() {
        Finding f = finding(Fixtures.diagnose(ID, "fires-no-ssmmessages-endpoint.json"), ID);

        assertTrue(f.fix().commands().stream().anyMatch(c -> c.contains("--service-name com.amazonaws.eu-central-1.ssmmessages")), f.fix().commands()::toString);
        assertTrue(f.evidence().stream().anyMatch(e -> e.text().contains("has no taskRoleArn")), f.evidence()::toString);
        assertTrue(f.fix().commands().stream().noneMatch(c -> c.contains("--enable-execute-command")), "the flag is already on");
    }

    @Test
    void theSpecificTextAloneOutranksTheGenericOne() {
        double specific = finding(Fixtures.diagnose(ID, "fires-pasted-error-only.json"), ID).confidence();
        double generic = finding(Fixtures.of(ID, "fires-pasted-error-only.json").withoutPastedText()
                .withText("An error occurred (TargetNotConnectedException) when calling the ExecuteCommand operation: The execute command failed due to an internal error. Try again later.")
                .diagnose(), ID).confidence();

        assertEquals(0.60, specific, 1e-9);
        assertEquals(0.30, generic, 1e-9);
    }

    @Test
    void aMissingLocalPluginIsNotTheTasksFault() {
        assertAbsent(Fixtures.diagnose(ID, "quiet-session-manager-plugin-missing.json"), ID);
    }

    @Test
    void aCallerRefusedExecuteCommandIsTheCallersIamNotTheTask() {
        Report r = Fixtures.diagnose(ID, "quiet-caller-may-not-execute-command.json");
        assertAbsent(r, ID);
        assertTrue(r.problemsFound(), io.ecstriage.TestDiagnosis.summary(r));
        assertEquals("MissingIamPermission", r.hypotheses().get(0).causeId(), io.ecstriage.TestDiagnosis.summary(r));
    }

    @Test
    void aTaskRoleReadInFullWithoutSsmmessagesGetsThePolicy() {
        Report report = Fixtures.diagnose(ID, "fires-task-role-without-ssmmessages.json");
        Finding f = finding(report, ID);

        assertEquals(List.of("aws iam put-role-policy --role-name orders-api-task-role --policy-name ecs-exec-ssmmessages --policy-document"
                + " '{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"ssmmessages:CreateControlChannel\",\"ssmmessages:CreateDataChannel\","
                + "\"ssmmessages:OpenControlChannel\",\"ssmmessages:OpenDataChannel\"],\"Resource\":\"*\"}]}'"), f.fix().commands());
        assertEquals(List.of(), report.unexplainedSymptoms());
    }

    @Test
    void aRoleThatAllowsSsmmessagesIsNotBlamed() {
        assertAbsent(Fixtures.diagnose(ID, "quiet-task-role-allows-ssmmessages.json"), ID);
        assertAbsent(Fixtures.of(ID, "fires-task-role-without-ssmmessages.json").without("aws iam get-policy-version").diagnose(), ID);
    }
}
