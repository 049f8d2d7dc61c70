package io.ecstriage.rules.lifecycle;

import static io.ecstriage.rules.Fixtures.finding;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecstriage.finding.Finding;
import io.ecstriage.rules.Fixtures;
import io.ecstriage.rules.RuleCases;
import java.util.List;
import org.junit.jupiter.api.Test;

class StopTimeoutTooShortTest extends RuleCases {
    private static final String ID = "StopTimeoutTooShort";

    StopTimeoutTooShortTest() {
        super(ID);
    }

    @Test
    void aKilledContainerOutweighsTheSettingAlone() {
        Finding killed = finding(Fixtures.diagnose(ID, "fires-sigkill-on-deployment.json"), ID);
        Finding setting = finding(Fixtures.diagnose(ID, "fires-stop-timeout-5.json"), ID);

        assertTrue(setting.confidence() < killed.confidence());
        assertTrue(killed.evidence().stream().anyMatch(e -> e.text().contains("exited 137 (SIGKILL) after a ServiceSchedulerInitiated stop")), killed.evidence()::toString);
    }

    @Test
    void theFixRegistersARevisionWithStopTimeout120AndDeploysIt() {
        List<String> cmds = finding(Fixtures.diagnose(ID, "fires-sigkill-on-deployment.json"), ID).fix().commands();

        assertTrue(cmds.get(0).contains(".stopTimeout = 120"), cmds.get(0));
        assertTrue(cmds.get(0).endsWith(" && aws ecs update-service --cluster orders-cluster --service orders-api --task-definition orders-api --region eu-central-1"), cmds.get(0));
    }
}
