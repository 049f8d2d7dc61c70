package io.ecstriage.rules.network;

import static io.ecstriage.rules.Fixtures.assertAbsent;
import static io.ecstriage.rules.Fixtures.finding;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecstriage.finding.Finding;
import io.ecstriage.finding.Severity;
import io.ecstriage.report.Report;
import io.ecstriage.rules.Fixtures;
import io.ecstriage.rules.RuleCases;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubnetNotPublicTest extends RuleCases {
    private static final String ID = "SubnetNotPublic";

    SubnetNotPublicTest() {
        super(ID);
    }

    @Test
    void theFixMovesTheServiceToAPublicSubnet() {
        Finding f = finding(Fixtures.diagnose(ID, "fires-public-ip-behind-nat.json"), ID);

        assertEquals(Severity.MEDIUM, f.severity());
        assertEquals(List.of("aws ecs update-service --cluster orders-cluster --service orders-api --network-configuration"
                + " 'awsvpcConfiguration={subnets=[subnet-0c59d2e8a1f7b3406],securityGroups=[sg-0a7f3c9e1d5b2e846],assignPublicIp=ENABLED}'"
                + " --force-new-deployment --region eu-central-1"), f.fix().commands());
        assertTrue(f.fix().notes().get(0).contains("Application Load Balancer"), f.fix().notes()::toString);
    }

    @Test
    void theCurlTimeoutAddsToTheConfigurationAndIsExplained() {
        Report report = Fixtures.diagnose(ID, "fires-public-ip-behind-nat.json");
        double config = finding(Fixtures.diagnose(ID, "fires-config-only.json"), ID).confidence();

        assertTrue(finding(report, ID).confidence() > config);
        assertEquals(List.of(), report.unexplainedSymptoms());
        assertAbsent(report, "ServicePortNotOpen", "ImagePullNetworkUnreachable");
    }
}
