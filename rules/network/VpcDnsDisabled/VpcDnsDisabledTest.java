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

class VpcDnsDisabledTest extends RuleCases {
    private static final String ID = "VpcDnsDisabled";

    VpcDnsDisabledTest() {
        super(ID);
    }

    @Test
    void hostnamesOffIsFixedWithModifyVpcAttribute() {
        Finding f = finding(Fixtures.diagnose(ID, "fires-dns-hostnames-off.json"), ID);

        assertEquals(List.of("aws ec2 modify-vpc-attribute --vpc-id vpc-0b7e2d4c19a3f5e86 --enable-dns-hostnames '{\"Value\":true}' --region eu-central-1"),
                f.fix().commands());
    }

    @Test
    void endpointsWithoutPrivateDnsAreEachTurnedOn() {
        Finding f = finding(Fixtures.diagnose(ID, "fires-endpoint-private-dns-off.json"), ID);

        assertEquals(List.of("aws ec2 modify-vpc-endpoint --vpc-endpoint-id vpce-0f3a5c7e9b1d2f468 --private-dns-enabled --region eu-central-1",
                "aws ec2 modify-vpc-endpoint --vpc-endpoint-id vpce-0b2d4f6a8c1e3b579 --private-dns-enabled --region eu-central-1",
                "aws ec2 modify-vpc-endpoint --vpc-endpoint-id vpce-0e4a6c8b1d3f5a792 --private-dns-enabled --region eu-central-1"), f.fix().commands());
    }

    @Test
    void aNameResolutionFailureIsSpecificTextAndOutweighsATimeout() {
        Report lookup = Fixtures.diagnose(ID, "fires-dns-lookup-failure.json");
        Finding f = finding(lookup, ID);

        assertEquals(0.90, f.confidence(), 1e-9, "dns CONFIRMED with a specific text");
        assertTrue(f.fix().commands().get(0).contains("--enable-dns-support"), f.fix().commands()::toString);
        assertAbsent(lookup, "ImagePullNetworkUnreachable", "VpcEndpointBlocksHttps");
    }

    @Test
    void pastedLookupFailureAloneNamesDnsFirst() {
        Report report = Fixtures.of(ID, "fires-dns-lookup-failure.json").without("aws ").diagnose();

        assertFirst(report, ID);
        assertEquals(0.60, finding(report, ID).confidence(), 1e-9);
    }

    @Test
    void withANatRouteTheEndpointsAreMerelyUnused() {
        assertAbsent(Fixtures.diagnose(ID, "quiet-private-dns-off-behind-nat.json"), ID);
    }

    @Test
    void withoutTheAttributesAnIsolatedTimeoutAsksForThem() {
        Report report = Fixtures.of(ID, "fires-dns-hostnames-off.json").without("aws ec2 describe-vpc-attribute").diagnose();
        Finding f = finding(report, ID);

        assertTrue(f.confidence() < 0.6, "only the leftover suspect: " + f.confidence());
        assertEquals(List.of("ec2:DescribeVpcAttribute"), f.missingEvidence().stream().map(MissingEvidence::iamAction).toList());
    }
}
