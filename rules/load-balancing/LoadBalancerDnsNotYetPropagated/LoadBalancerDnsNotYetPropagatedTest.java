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

/** LoadBalancerDnsNotYetPropagated (LoadBalancerDnsNotYetPropagated.drl beside it) against the fixtures of its folder and inline cases. */
class LoadBalancerDnsNotYetPropagatedTest extends RuleCases {
    LoadBalancerDnsNotYetPropagatedTest() {
        super("LoadBalancerDnsNotYetPropagated");
    }

    @Test
    void itIsAdvisoryAndSaysToWait() {
        Report r = fixture("LoadBalancerDnsNotYetPropagated", "fires-new-alb-no-answer");
        Finding f = get(r, "LoadBalancerDnsNotYetPropagated");
        assertEquals(Severity.LOW, f.severity());
        assertFalse(r.problemsFound(), "waiting is not a failure");
        assertTrue(f.fix().commands().get(0).startsWith("aws elbv2 wait load-balancer-available --load-balancer-arns arn:aws:elasticloadbalancing:"), fixes(f));
        assertEquals("curl -v http://orders-alb-1049264719.ap-northeast-1.elb.amazonaws.com/", f.fix().commands().get(1));
    }

    @Test
    void quietForAnOldLoadBalancer() {
        assertFalse(has(fixture("LoadBalancerDnsNotYetPropagated", "quiet-old-alb"), "LoadBalancerDnsNotYetPropagated"));
    }
}
