package io.ecstriage.rules.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.ecstriage.TestDiagnosis;
import io.ecstriage.finding.Finding;
import io.ecstriage.report.Report;
import io.ecstriage.rules.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Two load balancers with same-zone subnets: one finding each, and no third, resource-less one holding both error texts. */
class AlbSubnetsSameAzPerLoadBalancerTest {

    @Test
    void eachErrorTextStaysWithItsLoadBalancer() {
        Report report = Fixtures.diagnose("AlbSubnetsSameAz", "fires-two-load-balancers.json");
        List<Finding> findings = report.findings().stream().filter(f -> f.ruleId().equals("AlbSubnetsSameAz")).toList();
        assertEquals(2, findings.size(), TestDiagnosis.summary(report));
        for (Finding f : findings) {
            assertFalse(f.resources().isEmpty(), f.toString());
            assertEquals(1, f.evidence().stream().filter(e -> e.toString().contains("cannot be attached")).count(), f.evidence().toString());
        }
    }
}
