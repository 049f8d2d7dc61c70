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

/** ImageNotFound (ImageNotFound.drl beside it) against the fixtures of its folder and inline cases. */
class ImageNotFoundTest extends RuleCases {
    ImageNotFoundTest() {
        super("ImageNotFound");
    }

    @Test
    void aMissingTagBehindA403RanksFirstAndOffersTheExistingTags() {
        Report r = fixture("ImageNotFound", "fires-403-tag-missing");
        Finding f = r.findings().get(0);
        assertEquals("ImageNotFound", f.ruleId(), TestDiagnosis.summary(r));
        assertFalse(has(r, "ImagePullAccessDenied"), TestDiagnosis.summary(r));
        assertTrue(fixes(f).contains("docker buildx build --platform linux/amd64 -t 067717894185.dkr.ecr.ap-northeast-1.amazonaws.com/orders-api:1.4.2 --push ."), fixes(f));
        assertTrue(fixes(f).contains("1.4.0, 1.4.1"), fixes(f));
        assertEquals(0.83, f.confidence(), 1e-9);
    }

    @Test
    void twoTasksOfOneMissingTagAreOneFinding() {
        Report r = fixture("ImageNotFound", "fires-not-found-and-imagenotfoundexception");
        assertEquals(List.of("ImageNotFound"), TestDiagnosis.ruleIds(r));
        Finding f = r.findings().get(0);
        assertEquals(2, f.explains().stream().filter(s -> s.kind().equals("stopped-task")).count());
        assertEquals(0.90, f.confidence(), 1e-9, "specific text + ImageNotFoundException listing");
        assertTrue(f.evidence().stream().anyMatch(e -> e.text().contains("no image 1.5.0 in repository orders-api")), f.evidence()::toString);
    }

    @Test
    void theImageTheStacksLastUpdateChangedRaisesItAndAnUnrelatedStackChangeDoesNot() {
        Path scenarios = TestDiagnosis.projectDir().resolve("fixtures/scenarios");
        Finding raised = get(diagnoseFixture(scenarios.resolve("stack-update-image-rolled-back/snapshot.json")), "ImageNotFound");
        assertTrue(raised.evidence().stream().anyMatch(e -> e.source().equals("changed by stack orders-stack's update of 2026-12-03T14:02:11.402Z (UPDATE_ROLLBACK_COMPLETE)")
                && e.text().startsWith("TaskDefinition ContainerDefinitions[0].Image: 111122223333.dkr.ecr.eu-west-1.amazonaws.com/orders-api:v41")), raised.evidence()::toString);
        assertEquals(0.95, raised.confidence(), 1e-9, "pull error + listing + the changed image");
        Finding quiet = get(diagnoseFixture(scenarios.resolve("stack-update-unrelated-change/snapshot.json")), "ImageNotFound");
        assertFalse(quiet.evidence().stream().anyMatch(e -> e.source().startsWith("changed by")), quiet.evidence()::toString);
        assertEquals(0.90, quiet.confidence(), 1e-9, "the target group's check interval is not the pull's field");
    }

    @Test
    void quietWhenTheListingHoldsTheTag() {
        assertFalse(has(fixture("ImageNotFound", "quiet-403-tag-exists"), "ImageNotFound"));
    }

    @Test
    void textVariantsAreRecognised() {
        for (String t : List.of("CannotPullContainerError: Error response from daemon: manifest for nginx:0f6b3cdf5e24 not found",
                "CANNOTPULLCONTAINERERROR: API ERROR (404): MANIFEST FOR 476593617425.DKR.ECR.EU-WEST-1.AMAZONAWS.COM/APP:LATEST NOT FOUND",
                "CannotPullContainerError: ... failed to resolve ref docker.io/library/app:v9: manifest unknown",
                "The task can\u2019t pull the image. Check whether the image exists. Error response from daemon: denied: requested access to the resource is denied")) {
            Report r = pasted(t, null);
            assertEquals("ImageNotFound", r.findings().get(0).ruleId(), t + ": " + TestDiagnosis.summary(r));
            assertEquals(0.60, r.findings().get(0).confidence(), 1e-9, t);
        }
    }

    @Test
    void quietForOtherPullFailures() {
        assertFalse(has(pasted("CannotPullContainerError: pull image manifest has been retried 5 time(s): failed to resolve ref docker.io/tryretool/backend:2.110.5: failed to do request: Head \"https://registry-1.docker.io/v2/tryretool/backend/manifests/2.110.5\": dial tcp 34.205.13.154:443: i/o timeout", null), "ImageNotFound"));
        assertFalse(has(pasted("ResourceInitializationError: failed to validate logger args: The specified log group does not exist.", null), "ImageNotFound"));
    }

    @Test
    void aChangedImageTagSinceTheLastHealthyRevisionRaisesTheCauseAndTheReportShowsTheDiff() {
        Report r = fixture("ImageNotFound", "fires-tag-changed-since-healthy");
        Finding f = r.findings().get(0);
        assertEquals("ImageNotFound", f.ruleId(), TestDiagnosis.summary(r));
        assertTrue(f.evidence().stream().anyMatch(e -> e.source().startsWith("changed since last healthy (orders-api:4")
                && e.text().startsWith("api image.tag: 1.4.0")), f.evidence()::toString);
        assertEquals(2, r.changes().size(), r.changes()::toString);
        String unchanged = read("fires-tag-changed-since-healthy.json").replace("orders-api:1.4.0", "orders-api:1.5.0");
        Finding plain = get(TestDiagnosis.diagnose("t.json", unchanged), "ImageNotFound");
        assertTrue(f.confidence() > plain.confidence(), f.confidence() + " vs " + plain.confidence());
    }

    private static String read(String name) {
        try {
            return java.nio.file.Files.readString(io.ecstriage.rules.RuleFolders.of("ImageNotFound").dir().resolve(name));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
