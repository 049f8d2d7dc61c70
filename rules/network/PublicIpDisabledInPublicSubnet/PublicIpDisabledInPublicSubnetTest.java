package io.ecstriage.rules.network;

import static io.ecstriage.rules.Fixtures.assertAbsent;
import static io.ecstriage.rules.Fixtures.assertFirst;
import static io.ecstriage.rules.Fixtures.finding;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecstriage.finding.Finding;
import io.ecstriage.finding.MissingEvidence;
import io.ecstriage.report.Report;
import io.ecstriage.rules.Fixtures;
import io.ecstriage.rules.RuleCases;
import java.util.List;
import org.junit.jupiter.api.Test;

class PublicIpDisabledInPublicSubnetTest extends RuleCases {
    private static final String ID = "PublicIpDisabledInPublicSubnet";

    PublicIpDisabledInPublicSubnetTest() {
        super(ID);
    }

    @Test
    void theFixTurnsThePublicIpOnAndKeepsSubnetsAndGroups() {
        Finding f = finding(Fixtures.diagnose(ID, "fires-public-subnet-ip-disabled.json"), ID);

        assertEquals(List.of("aws ecs update-service --cluster orders-cluster --service orders-api --network-configuration"
                + " 'awsvpcConfiguration={subnets=[subnet-0e3a7c91d2b84f610,subnet-0c59d2e8a1f7b3406],securityGroups=[sg-0a7f3c9e1d5b2e846],assignPublicIp=ENABLED}'"
                + " --force-new-deployment --region eu-central-1"), f.fix().commands());
        assertTrue(f.fix().notes().stream().anyMatch(n -> n.contains("NAT gateway")), f.fix().notes()::toString);
    }

    @Test
    void theSecretsTimeoutOfTheTaskIsExplainedToo() {
        Report report = Fixtures.diagnose(ID, "fires-public-subnet-ip-disabled.json");

        assertEquals(List.of("task:9f1c2d3e4b5a60718293a4b5c6d7e8f9", "task:4a7b2c9d1e3f50617283c4d5e6f7a8b9", "service:eu-central-1:248718390127:orders-cluster/orders-api",
                "deployment:ecs-svc/3917240518364029751"), finding(report, ID).explains().stream().map(s -> s.id()).toList());
        assertAbsent(report, "ImagePullNetworkUnreachable", "VpcEndpointBlocksHttps", "VpcDnsDisabled");
    }

    @Test
    void knownAbsentEndpointsMakeItSurerThanUnlistedOnes() {
        double listed = finding(Fixtures.diagnose(ID, "fires-public-subnet-ip-disabled.json"), ID).confidence();
        Finding unlisted = finding(Fixtures.diagnose(ID, "fires-endpoints-not-listed.json"), ID);

        assertTrue(unlisted.confidence() < listed, unlisted.confidence() + " < " + listed);
        assertEquals(List.of("ec2:DescribeVpcEndpoints"), unlisted.missingEvidence().stream().map(MissingEvidence::iamAction).toList());
    }

    @Test
    void endpointsInThePublicSubnetsServeTheTaskWithoutAPublicIp() {
        assertAbsent(Fixtures.diagnose(ID, "quiet-public-subnet-served-by-endpoints.json"), ID);
    }

    @Test
    void aPrivateSubnetWithoutRouteIsTheOtherCause() {
        Report report = Fixtures.diagnose(ID, "quiet-private-subnet-no-route.json");

        assertFirst(report, "ImagePullNetworkUnreachable");
        assertAbsent(report, ID);
    }
}
