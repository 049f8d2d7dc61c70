package io.ecstriage.rules.security;

import static io.ecstriage.rules.Fixtures.finding;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ecstriage.rules.Fixtures;
import io.ecstriage.rules.RuleCases;
import java.util.List;
import org.junit.jupiter.api.Test;

class AppPortOpenToWorldTest extends RuleCases {
    private static final String ID = "AppPortOpenToWorld";

    AppPortOpenToWorldTest() {
        super(ID);
    }

    @Test
    void onlyTheWorldRuleIsRevokedWhenTheLoadBalancerIsAlreadyAdmitted() {
        assertEquals(List.of("aws ec2 revoke-security-group-ingress --group-id sg-0a7f3c9e1d5b2e846 --protocol tcp --port 8080 --cidr 0.0.0.0/0 --region eu-central-1"),
                finding(Fixtures.diagnose(ID, "fires-8080-open-behind-alb.json"), ID).fix().commands());
    }

    @Test
    void anAllTrafficRuleIsRevokedAsWrittenAndTheLoadBalancerAdmitted() {
        assertEquals(List.of("aws ec2 revoke-security-group-ingress --group-id sg-0a7f3c9e1d5b2e846 --protocol all --cidr 0.0.0.0/0 --region eu-central-1",
                "aws ec2 authorize-security-group-ingress --group-id sg-0a7f3c9e1d5b2e846 --protocol tcp --port 8080 --source-group sg-05e9b1d3c7a4f2e68 --region eu-central-1"),
                finding(Fixtures.diagnose(ID, "fires-all-traffic-open.json"), ID).fix().commands());
    }
}
