package io.ecstriage.rules.availability;

import static io.ecstriage.rules.Fixtures.finding;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecstriage.rules.Fixtures;
import io.ecstriage.rules.RuleCases;
import io.ecstriage.rules.TierThree;
import java.util.List;
import org.junit.jupiter.api.Test;

class SingleAzServiceTest extends RuleCases {
    private static final String ID = "SingleAzService";

    SingleAzServiceTest() {
        super(ID);
    }

    @Test
    void neverAboveTheFailuresOfSeed003() {
        TierThree.assertBehindFailures(TierThree.scenario("seed003-4-target-timeout"), ID);
    }

    @Test
    void theFixAddsAPrivateSubnetOfAnotherZone() {
        assertEquals(List.of("aws ecs update-service --cluster orders-cluster --service orders-api --network-configuration"
                + " 'awsvpcConfiguration={subnets=[subnet-07b1f4e9c3a2d8e51,subnet-0f6b8d1a3c5e7f920,subnet-0d8e6a3c5b9f21a74],securityGroups=[sg-0a7f3c9e1d5b2e846],assignPublicIp=DISABLED}'"
                + " --force-new-deployment --region eu-central-1"), finding(Fixtures.diagnose(ID, "fires-subnets-one-zone.json"), ID).fix().commands());
    }

    @Test
    void subnetsAndTasksAgreeingIsSurerThanTasksAlone() {
        double both = finding(Fixtures.diagnose(ID, "fires-subnets-one-zone.json"), ID).confidence();
        double tasks = finding(Fixtures.diagnose(ID, "fires-running-tasks-one-zone.json"), ID).confidence();
        assertTrue(tasks < both, tasks + " < " + both);
    }
}
