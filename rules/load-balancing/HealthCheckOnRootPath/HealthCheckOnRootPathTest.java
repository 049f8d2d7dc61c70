package io.ecstriage.rules.loadbalancing;

import static io.ecstriage.rules.Fixtures.assertAbsent;
import static io.ecstriage.rules.Fixtures.finding;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ecstriage.rules.Fixtures;
import io.ecstriage.rules.RuleCases;
import io.ecstriage.rules.TierThree;
import java.util.List;
import org.junit.jupiter.api.Test;

class HealthCheckOnRootPathTest extends RuleCases {
    private static final String ID = "HealthCheckOnRootPath";

    HealthCheckOnRootPathTest() {
        super(ID);
    }

    @Test
    void behindThePathMismatchAndTheBlockedSecurityGroupOfSeed003() {
        TierThree.assertBehindFailures(TierThree.scenario("seed003-4-target-timeout"), ID);
    }

    @Test
    void withoutAKnownHealthEndpointNoCommandOnlyTheNote() {
        assertEquals(List.of(), finding(Fixtures.diagnose(ID, "fires-root-path.json"), ID).fix().commands());
    }

    @Test
    void theContainersOwnHealthPathBecomesTheFix() {
        var report = Fixtures.diagnose(ID, "fires-container-checks-health.json");

        assertEquals(List.of("aws elbv2 modify-target-group --target-group-arn arn:aws:elasticloadbalancing:eu-central-1:248718390127:targetgroup/orders-api-tg/6d0ecf831eec9f09"
                + " --health-check-path /healthz --region eu-central-1"), finding(report, ID).fix().commands());
        assertAbsent(report, "HealthCheckPathMismatch");
    }
}
