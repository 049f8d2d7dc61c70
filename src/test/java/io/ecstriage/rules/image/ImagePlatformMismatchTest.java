package io.ecstriage.rules.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecstriage.Samples;
import io.ecstriage.TestDiagnosis;
import io.ecstriage.finding.Finding;
import io.ecstriage.finding.Severity;
import io.ecstriage.report.Report;
import io.ecstriage.rules.RuleFixtureHarness;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ImagePlatformMismatch (rules/image/ImagePlatformMismatch.drl) against fixtures/rules/ImagePlatformMismatch/ and inline cases. */
class ImagePlatformMismatchTest extends RuleFixtureHarness {
    ImagePlatformMismatchTest() {
        super("ImagePlatformMismatch");
    }

    private static Report fixture(String rule, String name) {
        return diagnoseFixture(TestDiagnosis.projectDir().resolve("fixtures/rules/" + rule + "/" + name + ".json"));
    }

    private static Report pasted(String text, String region) {
        return TestDiagnosis.diagnose("inline.json", Samples.fixture("pasted", region).text(null, text).json());
    }

    private static Finding get(Report r, String id) {
        return TestDiagnosis.finding(r, id).orElseThrow(() -> new AssertionError(id + " expected; got " + TestDiagnosis.summary(r)));
    }

    private static boolean has(Report r, String id) {
        return TestDiagnosis.finding(r, id).isPresent();
    }

    private static String fixes(Finding f) {
        return String.join("\n", f.fix().commands()) + "\n" + String.join("\n", f.fix().notes());
    }

    @Test
    void execFormatErrorInTheLogRanksFirstWithABuildForTheTasksPlatform() {
        Report r = fixture("ImagePlatformMismatch", "fires-exec-format-in-log");
        assertEquals(List.of("ImagePlatformMismatch"), TestDiagnosis.ruleIds(r), "the generic exit is not a second cause");
        Finding f = r.findings().get(0);
        assertTrue(f.fix().commands().contains("docker buildx build --platform linux/amd64 -t 067717894185.dkr.ecr.ap-northeast-1.amazonaws.com/orders-api:1.4.2 --push ."), fixes(f));
        assertTrue(fixes(f).contains("\"cpuArchitecture\": \"ARM64\""), fixes(f));
        assertEquals(0.78, f.confidence(), 1e-9, "log (0.60) + runtime platform (0.45)");
    }

    @Test
    void pastedTextAloneIsSpecific() {
        Report r = pasted("exec /docker-entrypoint.sh: exec format error", null);
        assertEquals(List.of("ImagePlatformMismatch"), TestDiagnosis.ruleIds(r));
        assertEquals(0.60, r.findings().get(0).confidence(), 1e-9);
    }

    @Test
    void quietForAnAppCrash() {
        assertFalse(has(fixture("ImagePlatformMismatch", "quiet-python-crash"), "ImagePlatformMismatch"));
    }
}
