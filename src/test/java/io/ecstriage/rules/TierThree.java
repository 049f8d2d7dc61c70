package io.ecstriage.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecstriage.TestDiagnosis;
import io.ecstriage.finding.Finding;
import io.ecstriage.finding.Severity;
import io.ecstriage.report.Report;
import java.nio.file.Path;

/** What every advisory (tier 3) rule promises: LOW, silent on the healthy scenario, never above a failure. */
public final class TierThree {
    private TierThree() {}

    public static Report scenario(String name) {
        Path file = TestDiagnosis.projectDir().resolve("fixtures/scenarios").resolve(name).resolve("snapshot.json");
        return TestDiagnosis.diagnoseFile(file, "fixtures/scenarios/" + name + "/snapshot.json");
    }

    public static void assertAdvisory(Report firing, String ruleId) {
        Finding f = Fixtures.finding(firing, ruleId);
        assertEquals(Severity.LOW, f.severity());
        assertTrue(TestDiagnosis.finding(scenario("healthy-service"), ruleId).isEmpty(), ruleId + " must stay quiet on the healthy scenario");
    }

    /** Every finding above LOW ranks before the advisory one. */
    public static void assertBehindFailures(Report report, String ruleId) {
        int rank = Fixtures.finding(report, ruleId).rank();
        for (Finding f : report.findings()) {
            if (f.severity() != Severity.LOW) assertTrue(f.rank() < rank, () -> f.ruleId() + " must rank above " + ruleId + ": " + TestDiagnosis.summary(report));
        }
        assertTrue(report.findings().stream().anyMatch(f -> f.severity() != Severity.LOW), "the report must hold a failure to rank behind");
    }
}
