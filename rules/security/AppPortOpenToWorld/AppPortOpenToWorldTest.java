package io.ecstriage.rules.security;

import static io.ecstriage.rules.Fixtures.finding;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecstriage.finding.Finding;
import io.ecstriage.fix.Precondition;
import io.ecstriage.rules.Fixtures;
import io.ecstriage.rules.RuleCases;
import java.util.List;
import org.junit.jupiter.api.Test;

class AppPortOpenToWorldTest extends RuleCases {
    private static final String ID = "AppPortOpenToWorld";

    AppPortOpenToWorldTest() {
        super(ID);
    }

    private static Finding of(String fixture) {
        return finding(Fixtures.diagnose(ID, fixture), ID);
    }

    @Test
    void onlyTheWorldRuleIsRevokedWhenTheLoadBalancerIsAlreadyAdmitted() {
        Finding f = of("fires-8080-open-behind-alb.json");
        assertEquals(List.of("aws ec2 revoke-security-group-ingress --group-id sg-0a7f3c9e1d5b2e846 --protocol tcp --port 8080 --cidr 0.0.0.0/0 --region eu-central-1"),
                f.fix().commands());
        assertEquals(List.of("the load balancer's security groups are known (sg-05e9b1d3c7a4f2e68): yes",
                        "tcp 8080 is admitted from the load balancer's group sg-05e9b1d3c7a4f2e68: yes"),
                f.fix().steps().get(0).preconditions().stream().map(Precondition::render).toList());
    }

    @Test
    void theLoadBalancerIsAdmittedBeforeAnAllTrafficRuleIsRevokedAsWritten() {
        assertEquals(List.of(
                "aws ec2 authorize-security-group-ingress --group-id sg-0a7f3c9e1d5b2e846 --protocol tcp --port 8080 --source-group sg-05e9b1d3c7a4f2e68 --region eu-central-1",
                "aws ec2 revoke-security-group-ingress --group-id sg-0a7f3c9e1d5b2e846 --protocol all --cidr 0.0.0.0/0 --region eu-central-1"),
                of("fires-all-traffic-open.json").fix().commands());
    }

    @Test
    void aPublicTaskWithoutALoadBalancerGetsAdviceAndNoRevoke() {
        Finding f = of("fires-public-task-without-load-balancer.json");
        assertEquals(List.of(), f.fix().commands());
        assertTrue(f.fix().notes().stream().anyMatch(n -> n.contains("no command is printed")), f.fix().notes().toString());
    }

    @Test
    void nothingIsRevokedWhileTheLoadBalancersGroupsAreUnknown() {
        Finding f = of("fires-load-balancer-groups-unknown.json");
        assertEquals(List.of(), f.fix().commands());
        assertTrue(f.fix().notes().stream().anyMatch(n -> n.contains("not in the evidence")), f.fix().notes().toString());
    }
}
