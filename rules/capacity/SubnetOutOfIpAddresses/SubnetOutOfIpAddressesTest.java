package io.ecstriage.rules.capacity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecstriage.finding.Finding;
import io.ecstriage.finding.MissingEvidence;
import io.ecstriage.report.Report;
import io.ecstriage.rules.RuleCases;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubnetOutOfIpAddressesTest extends RuleCases {
    SubnetOutOfIpAddressesTest() {
        super("SubnetOutOfIpAddresses");
    }

    @Test
    void fullSubnetsExplainTheStoppedTasksAndNameTheDetachedInterfacesCheck() {
        Report report = fixture(ruleId(), "fires-all-subnets-full");
        Finding f = get(report, ruleId());

        assertTrue(f.confidence() >= 0.75, "confirmed by describe-subnets: " + f.confidence());
        assertTrue(f.explains().size() >= 2, () -> "both stopped tasks: " + f.explains());
        assertTrue(f.fix().notes().stream().anyMatch(n -> n.contains("Values=subnet-07b1f4e9c3a2d8e51,subnet-0d8e6a3c5b9f21a74 Name=status,Values=available --region eu-central-1")),
                f.fix().notes()::toString);
        assertTrue(f.fix().commands().isEmpty(), "no single command frees addresses: " + f.fix().commands());
    }

    @Test
    void aSubnetWithRoomLeavesOnlyTheTaskInTheFullOneConfirmed() {
        Finding f = get(fixture(ruleId(), "fires-one-subnet-full"), ruleId());

        assertTrue(f.evidence().stream().anyMatch(e -> e.text().contains("subnet-0d8e6a3c5b9f21a74 has AvailableIpAddressCount 0")), f.evidence()::toString);
        assertTrue(f.evidence().stream().noneMatch(e -> e.text().contains("subnet-07b1f4e9c3a2d8e51 has")), f.evidence()::toString);
    }

    @Test
    void theFargateTimeoutAloneIsASymptomWithThreeHypothesesAndTheSubnetCheck() {
        Report report = pasted("Timeout waiting for network interface provisioning to complete. (subnet subnet-0d8e6a3c5b9f21a74)", "eu-central-1");

        assertTrue(report.findings().isEmpty(), () -> "the text names no cause: " + report.findings());
        assertEquals(List.of("SubnetOutOfIpAddresses", "FargateTransientProvisioning", "NetworkInterfaceQuotaReached"),
                report.hypotheses().stream().map(h -> h.causeId()).toList());
        assertEquals("aws ec2 describe-subnets --subnet-ids subnet-0d8e6a3c5b9f21a74 --region eu-central-1",
                report.hypotheses().get(0).check().command());
    }

    @Test
    void ec2sOwnErrorAsksForTheSubnetsItWouldConfirm() {
        Finding f = get(fixture(ruleId(), "fires-pasted-ec2-error"), ruleId());

        assertEquals(List.of("ec2:DescribeSubnets"), f.missingEvidence().stream().map(MissingEvidence::iamAction).toList());
    }
}
