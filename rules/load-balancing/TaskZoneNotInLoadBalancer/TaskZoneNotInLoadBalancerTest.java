package io.ecstriage.rules.loadbalancing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecstriage.finding.Finding;
import io.ecstriage.finding.MissingEvidence;
import io.ecstriage.report.Report;
import io.ecstriage.rules.RuleCases;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaskZoneNotInLoadBalancerTest extends RuleCases {
    TaskZoneNotInLoadBalancerTest() {
        super("TaskZoneNotInLoadBalancer");
    }

    @Test
    void theMissingZoneIsNamedAndTheUnusedTargetFoldsUnderIt() {
        Report report = fixture(ruleId(), "fires-task-zone-outside-balancer");
        Finding f = get(report, ruleId());

        assertTrue(f.evidence().stream().anyMatch(e -> e.text().contains("[eu-central-1c] not among the load balancer's zones")), f.evidence()::toString);
        assertTrue(f.fix().notes().stream().anyMatch(n -> n.contains("give orders-alb a subnet in eu-central-1c")
                && n.contains("--subnets subnet-0e3a7c91d2b84f610 subnet-0c59d2e8a1f7b3406 SUBNET_IN_EU_CENTRAL_1C")), f.fix().notes()::toString);
        assertEquals(1, f.explains().size(), () -> "the unused target: " + f.explains());
        assertEquals(1, report.findings().stream().filter(x -> x.ruleId().equals(ruleId())).count(), "one finding, not one per variant");
    }

    @Test
    void anUnusedTargetAloneAsksForItsGroupsLoadBalancer() {
        Finding f = get(fixture(ruleId(), "fires-unused-target-only"), ruleId());

        assertEquals(List.of("elasticloadbalancing:DescribeTargetGroups"), f.missingEvidence().stream().map(MissingEvidence::iamAction).toList());
    }
}
