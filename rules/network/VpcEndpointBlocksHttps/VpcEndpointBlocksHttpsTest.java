package io.ecstriage.rules.network;

import static io.ecstriage.rules.Fixtures.assertAbsent;
import static io.ecstriage.rules.Fixtures.assertFirst;
import static io.ecstriage.rules.Fixtures.finding;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecstriage.finding.Finding;
import io.ecstriage.report.Report;
import io.ecstriage.rules.Fixtures;
import io.ecstriage.rules.RuleCases;
import java.util.List;
import org.junit.jupiter.api.Test;

class VpcEndpointBlocksHttpsTest extends RuleCases {
    private static final String ID = "VpcEndpointBlocksHttps";

    VpcEndpointBlocksHttpsTest() {
        super(ID);
    }

    @Test
    void theFixAdmitsHttpsFromTheTaskGroupOnTheEndpointGroup() {
        Finding f = finding(Fixtures.diagnose(ID, "fires-endpoint-group-admits-other-range.json"), ID);

        assertEquals(List.of("aws ec2 authorize-security-group-ingress --group-id sg-0c2d8a6f4e1b9d357 --protocol tcp --port 443"
                + " --source-group sg-0a7f3c9e1d5b2e846 --region eu-central-1"), f.fix().commands());
        assertTrue(f.evidence().stream().anyMatch(e -> e.text().contains("vpce-0b2d4f6a8c1e3b579 (ecr.dkr)")), f.evidence()::toString);
    }

    @Test
    void theStoppedTaskTextAddsToTheConfiguration() {
        double config = finding(Fixtures.diagnose(ID, "fires-endpoint-group-without-rules.json"), ID).confidence();
        double both = finding(Fixtures.diagnose(ID, "fires-endpoint-group-admits-other-range.json"), ID).confidence();

        assertEquals(0.75, config, 1e-9);
        assertEquals(0.83, both, 1e-9);
    }

    @Test
    void nothingIsMissingSoTheRouteRuleStaysQuietAndDnsIsOn() {
        Report report = Fixtures.diagnose(ID, "fires-endpoint-group-admits-other-range.json");

        assertFirst(report, ID);
        assertAbsent(report, "ImagePullNetworkUnreachable", "VpcDnsDisabled", "PublicIpDisabledInPublicSubnet");
    }

    @Test
    void anEndpointGroupThatWasNotDescribedBlocksNothing() {
        assertAbsent(Fixtures.of(ID, "fires-endpoint-group-without-rules.json").without("aws ec2 describe-security-groups").diagnose(), ID);
    }
}
