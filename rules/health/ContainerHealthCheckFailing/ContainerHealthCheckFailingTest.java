package io.ecstriage.rules.health;

import static io.ecstriage.rules.Fixtures.finding;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecstriage.rules.Fixtures;
import io.ecstriage.rules.RuleCases;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContainerHealthCheckFailingTest extends RuleCases {
    private static final String ID = "ContainerHealthCheckFailing";
    private static final String DROP = " | del(.taskDefinitionArn, .revision, .status, .requiresAttributes, .compatibilities, .registeredAt, .registeredBy, .deregisteredAt)' > taskdef.json"
            + " && aws ecs register-task-definition --cli-input-json file://taskdef.json --query taskDefinition.taskDefinitionArn --output text --region ";

    ContainerHealthCheckFailingTest() {
        super(ID);
    }

    @Test
    void aShortStartPeriodIsLengthenedInANewRevisionTheServiceMovesTo() {
        assertEquals(List.of("aws ecs describe-task-definition --task-definition vendor0919-task:1 --query taskDefinition --output json --region ap-northeast-1"
                        + " | jq '.containerDefinitions |= map(if .name == \"api\" then .healthCheck.startPeriod = 60 else . end)" + DROP
                        + "ap-northeast-1 && aws ecs update-service --cluster vendor0919-cluster --service vendor0919-service --task-definition vendor0919-task --region ap-northeast-1"),
                finding(Fixtures.diagnose(ID, "fires-short-start-period.json"), ID).fix().commands());
    }

    /** The last revision holds both changes and the service moves to it, so pasting the plan in order loses neither. */
    @Test
    void aCheckNeedingCurlInASlimImageIsRewrittenInPythonAndKeepsTheLongerStartPeriod() {
        List<String> plan = finding(Fixtures.diagnose(ID, "fires-curl-in-slim-image.json"), ID).fix().commands();
        assertEquals(2, plan.size(), plan.toString());
        String last = plan.get(1);
        assertTrue(last.contains("then .healthCheck.command = [\"CMD-SHELL\", \"python -c \\\"import urllib.request; urllib.request.urlopen('\\''http://localhost:8000/'\\'')\\\" || exit 1\"]"
                + " | .healthCheck.startPeriod = 60 else . end)"), last);
        assertTrue(last.endsWith("&& aws ecs update-service --cluster demo-cluster --service slim-api --task-definition slim-api --region ap-northeast-1"), last);
    }
}
