package io.ecstriage.rules;

import io.ecstriage.Samples;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.ecstriage.TestDiagnosis;
import io.ecstriage.finding.Finding;
import io.ecstriage.report.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The fixture contract of one rule: every rules/CATEGORY/ID/fires-*.json must produce a finding of the rule,
 * ranked first unless the fixture's description says "not first"; every quiet-*.json must produce none, at
 * any severity. A rule test extends this with the rule id and adds its own inline cases.
 */
public abstract class RuleFixtureHarness {
    private final String ruleId;

    protected RuleFixtureHarness(String ruleId) {
        this.ruleId = ruleId;
    }

    protected final String ruleId() {
        return ruleId;
    }

    /** Diagnoses a fixture of this rule's folder, named as the CLI names it when run from the project root. */
    protected static Report diagnoseFixture(Path file) {
        Path project = TestDiagnosis.projectDir();
        return TestDiagnosis.diagnoseFile(file, project.relativize(file).toString().replace('\\', '/'));
    }

    @TestFactory
    Stream<DynamicTest> fixtures() throws IOException {
        Path folder = RuleFolders.of(ruleId).dir();
        List<Path> fires = list(folder, "fires-");
        List<Path> quiet = list(folder, "quiet-");
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(dynamicTest(ruleId + " is in the rule base", () -> assertTrue(TestDiagnosis.engine().catalog().containsKey(ruleId),
                () -> "no rule named \"" + ruleId + "\" in the compiled rule base (rules/*/" + ruleId + "/" + ruleId + ".drl); rules: "
                        + TestDiagnosis.engine().catalog().keySet())));
        if (fires.isEmpty()) {
            tests.add(dynamicTest("has fires- fixtures", () -> fail("no fires-*.json in " + folder)));
        }
        if (quiet.isEmpty()) {
            tests.add(dynamicTest("has quiet- fixtures", () -> fail("no quiet-*.json in " + folder)));
        }
        for (Path f : fires) tests.add(dynamicTest(f.getFileName().toString(), f.toUri(), () -> assertFires(f)));
        for (Path f : quiet) tests.add(dynamicTest(f.getFileName().toString(), f.toUri(), () -> assertQuiet(f)));
        return tests.stream();
    }

    private void assertFires(Path file) {
        Report report = diagnoseFixture(file);
        Optional<Finding> finding = TestDiagnosis.finding(report, ruleId);
        assertTrue(finding.isPresent(), () -> file.getFileName() + " must produce " + ruleId + "; got " + TestDiagnosis.summary(report)
                + "\n  fixture: " + report.description());
        String description = report.description() == null ? "" : report.description().toLowerCase(Locale.ROOT);
        if (!description.contains("not first")) {
            assertEquals(ruleId, report.findings().get(0).ruleId(), () -> file.getFileName() + ": " + ruleId
                    + " must rank first (or the description must say \"not first\"); got " + TestDiagnosis.summary(report));
        }
    }

    private void assertQuiet(Path file) {
        Report report = diagnoseFixture(file);
        assertTrue(TestDiagnosis.finding(report, ruleId).isEmpty(), () -> file.getFileName() + " must not produce " + ruleId
                + "; got " + TestDiagnosis.summary(report) + "\n  fixture: " + report.description());
    }

    private static List<Path> list(Path folder, String prefix) throws IOException {
        if (!Files.isDirectory(folder)) return List.of();
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith(prefix) && n.endsWith(".json") && Files.isRegularFile(p);
            }).sorted().toList();
        }
    }

    // --- helpers the rule tests share ---

    protected static Report fixture(String rule, String name) {
        return diagnoseFixture(RuleFolders.of(rule).dir().resolve(name + ".json"));
    }

    protected static Report pasted(String text, String region) {
        return TestDiagnosis.diagnose("inline.json", Samples.fixture("pasted", region).text(null, text).json());
    }

    protected static Finding get(Report r, String id) {
        return TestDiagnosis.finding(r, id).orElseThrow(() -> new AssertionError(id + " expected; got " + TestDiagnosis.summary(r)));
    }

    protected static boolean has(Report r, String id) {
        return TestDiagnosis.finding(r, id).isPresent();
    }

    protected static String fixes(Finding f) {
        return String.join("\n", f.fix().commands()) + "\n" + String.join("\n", f.fix().notes());
    }
}
