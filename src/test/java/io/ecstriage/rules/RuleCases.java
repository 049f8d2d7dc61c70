package io.ecstriage.rules;

import io.ecstriage.Samples;
import io.ecstriage.TestDiagnosis;
import io.ecstriage.finding.Finding;
import io.ecstriage.report.Report;
import java.nio.file.Path;

/**
 * What a rule's own test class (rules/CATEGORY/ID/IDTest.java) shares: its rule id and helpers for inline cases.
 * The folder's fires-/quiet- fixtures are checked against their "expect" blocks by RuleFixturesTest.
 */
public abstract class RuleCases {
    private final String ruleId;

    protected RuleCases(String ruleId) {
        this.ruleId = ruleId;
    }

    protected final String ruleId() {
        return ruleId;
    }

    /** Diagnoses a fixture of a rule's folder, named as the CLI names it when run from the project root. */
    protected static Report diagnoseFixture(Path file) {
        return RuleFixturesTest.diagnose(file);
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
