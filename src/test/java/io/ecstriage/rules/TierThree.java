package io.ecstriage.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecstriage.TestDiagnosis;
import io.ecstriage.finding.Finding;
import io.ecstriage.finding.Severity;
import io.ecstriage.report.Report;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/** The scenarios and the ranking check behind the advisory (tier 3, LOW) promises RuleCatalogTest holds every LOW rule to. */
public final class TierThree {
    private TierThree() {}

    /** Each scenario's report is made once: every LOW rule is checked against all of them. */
    private static final Map<String, Report> SCENARIOS = new ConcurrentHashMap<>();

    public static Report scenario(String name) {
        return SCENARIOS.computeIfAbsent(name, n -> TestDiagnosis.diagnoseFile(
                TestDiagnosis.projectDir().resolve("fixtures/scenarios").resolve(n).resolve("snapshot.json"), "fixtures/scenarios/" + n + "/snapshot.json"));
    }

    /** The names of fixtures/scenarios/NAME/snapshot.json. */
    public static List<String> scenarios() {
        Path root = TestDiagnosis.projectDir().resolve("fixtures/scenarios");
        try (Stream<Path> s = Files.list(root)) {
            return s.filter(d -> Files.isRegularFile(d.resolve("snapshot.json"))).map(d -> d.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every finding above LOW ranks before the advisory one. */
    public static void assertNotAboveAFailure(Report report, String ruleId) {
        int rank = Fixtures.finding(report, ruleId).rank();
        for (Finding f : report.findings()) {
            if (f.severity() != Severity.LOW) assertTrue(f.rank() < rank, () -> f.ruleId() + " must rank above " + ruleId + " in "
                    + report.input() + ": " + TestDiagnosis.summary(report));
        }
    }

    /** As assertNotAboveAFailure, on a report that must hold a failure to rank behind. */
    public static void assertBehindFailures(Report report, String ruleId) {
        assertNotAboveAFailure(report, ruleId);
        assertTrue(report.findings().stream().anyMatch(f -> f.severity() != Severity.LOW), "the report must hold a failure to rank behind");
    }
}
