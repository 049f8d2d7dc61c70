package io.ecstriage.rules.loadbalancing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecstriage.Samples;
import io.ecstriage.TestDiagnosis;
import io.ecstriage.finding.Finding;
import io.ecstriage.finding.Severity;
import io.ecstriage.report.Report;
import io.ecstriage.rules.RuleCases;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** TargetGroupWithoutLoadBalancer (TargetGroupWithoutLoadBalancer.drl beside it) against the fixtures of its folder and inline cases. */
class TargetGroupWithoutLoadBalancerTest extends RuleCases {
    TargetGroupWithoutLoadBalancerTest() {
        super("TargetGroupWithoutLoadBalancer");
    }

    @Test
    void textListingAndStackAgree() {
        Report r = fixture("TargetGroupWithoutLoadBalancer", "fires-stack-service-before-listener");
        assertEquals(List.of("TargetGroupWithoutLoadBalancer"), TestDiagnosis.ruleIds(r));
        Finding f = r.findings().get(0);
        assertEquals(0.90, f.confidence(), 1e-9);
        assertTrue(f.fix().commands().contains("aws elbv2 create-listener --load-balancer-arn arn:aws:elasticloadbalancing:ap-northeast-1:067717894185:loadbalancer/app/orders-alb/5d3e4f8a9b2c1d0e --protocol HTTP --port 80 --default-actions Type=forward,TargetGroupArn=arn:aws:elasticloadbalancing:ap-northeast-1:067717894185:targetgroup/orders-tg/09902b0116e2f1dd --region ap-northeast-1"), fixes(f));
        assertTrue(fixes(f).contains("add DependsOn: ALBListener to Service"), fixes(f));
        assertEquals(List.of(), r.unexplainedSymptoms());
    }

    @Test
    void quietWhenAttached() {
        assertFalse(has(fixture("TargetGroupWithoutLoadBalancer", "quiet-attached-target-group"), "TargetGroupWithoutLoadBalancer"));
    }
}
