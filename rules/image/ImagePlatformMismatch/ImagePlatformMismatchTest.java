package io.ecstriage.rules.image;

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

/** ImagePlatformMismatch (ImagePlatformMismatch.drl beside it) against the fixtures of its folder and inline cases. */
class ImagePlatformMismatchTest extends RuleCases {
    ImagePlatformMismatchTest() {
        super("ImagePlatformMismatch");
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
