package io.ecstriage.rules.loadbalancing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecstriage.finding.Finding;
import io.ecstriage.finding.MissingEvidence;
import io.ecstriage.rules.RuleCases;
import java.util.List;
import org.junit.jupiter.api.Test;

class TargetGroupTypeMismatchTest extends RuleCases {
    TargetGroupTypeMismatchTest() {
        super("TargetGroupTypeMismatch");
    }

    @Test
    void theConfigurationNamesTheGroupTheServiceAndWhatTheNewGroupNeeds() {
        Finding f = get(fixture(ruleId(), "fires-instance-group-for-awsvpc"), ruleId());

        assertTrue(f.resources().contains("arn:aws:ecs:eu-central-1:248718390127:service/orders-cluster/orders-api"), f.resources()::toString);
        assertTrue(f.fix().notes().stream().anyMatch(n -> n.contains("--target-type ip (protocol HTTP, port 8080, VPC vpc-0b7e2d4c19a3f5e86, health check path /healthz)")),
                f.fix().notes()::toString);
        assertTrue(f.fix().commands().isEmpty(), "advice, not commands: " + f.fix().commands());
    }

    @Test
    void theErrorAloneAsksForTheTargetGroupItNames() {
        Finding f = get(fixture(ruleId(), "fires-pasted-create-service-error"), ruleId());

        assertEquals(List.of("aws elbv2 describe-target-groups --target-group-arns arn:aws:elasticloadbalancing:eu-central-1:248718390127:targetgroup/orders-api-tg/4d2f8a1c6e9b3057 --region eu-central-1"),
                f.missingEvidence().stream().map(MissingEvidence::command).toList());
    }
}
