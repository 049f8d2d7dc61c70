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

/** ImagePullAccessDenied (ImagePullAccessDenied.drl beside it) against the fixtures of its folder and inline cases. */
class ImagePullAccessDeniedTest extends RuleCases {
    ImagePullAccessDeniedTest() {
        super("ImagePullAccessDenied");
    }

    @Test
    void aSpecificDenialRanksFirstWithTheRolesPolicyAsFix() {
        Report r = fixture("ImagePullAccessDenied", "fires-batchgetimage-denied");
        Finding f = get(r, "ImagePullAccessDenied");
        assertEquals(1, f.rank());
        assertTrue(f.fix().commands().contains("aws iam attach-role-policy --role-name ecsTaskExecutionRole --policy-arn arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy"), fixes(f));
        assertFalse(has(r, "EcrImageRegionMismatch"), TestDiagnosis.summary(r));
    }

    @Test
    void a403WithTheTagPresentIsARefusalNotAMissingTag() {
        Report r = fixture("ImagePullAccessDenied", "fires-403-tag-exists");
        assertEquals(List.of("ImagePullAccessDenied"), TestDiagnosis.ruleIds(r));
        assertEquals(0.83, get(r, "ImagePullAccessDenied").confidence(), 1e-9, "403 text + the listing showing the tag");
    }

    @Test
    void sharedSymptomA403SeparatesByListingAndRegion() {
        Report missing = fixture("ImagePullAccessDenied", "quiet-403-tag-missing");
        assertEquals("ImageNotFound", missing.findings().get(0).ruleId(), TestDiagnosis.summary(missing));
        Report crossRegion = fixture("ImagePullAccessDenied", "quiet-cross-region-403");
        assertFalse(has(crossRegion, "ImagePullAccessDenied"), TestDiagnosis.summary(crossRegion));
        Report regionMismatch = fixture("EcrImageRegionMismatch", "fires-403-and-repo-absent-in-task-region");
        assertEquals("EcrImageRegionMismatch", regionMismatch.findings().get(0).ruleId());
        assertFalse(has(regionMismatch, "ImagePullAccessDenied"), TestDiagnosis.summary(regionMismatch));
    }

    @Test
    void aBare403FromTheTasksRegionLeavesBothCandidatesAndAsksForTheListing() {
        Report r = fixture("EcrImageRegionMismatch", "quiet-same-region-403");
        Finding denied = get(r, "ImagePullAccessDenied");
        Finding missing = get(r, "ImageNotFound");
        assertEquals(denied.confidence(), missing.confidence(), 1e-9, "text alone cannot tell them apart");
        assertTrue(denied.missingEvidence().stream().anyMatch(m -> m.command().startsWith("aws ecr describe-images --repository-name vendor0919-api")),
                denied.missingEvidence()::toString);
    }

    @Test
    void confidenceRisesFromTextToTextAndListing() {
        double text = get(pasted("CannotPullContainerError: pull image manifest has been retried 1 time(s): failed to resolve ref 067717894185.dkr.ecr.ap-northeast-1.amazonaws.com/orders-api:1.4.2: 403 Forbidden", "ap-northeast-1"), "ImagePullAccessDenied").confidence();
        double both = get(fixture("ImagePullAccessDenied", "fires-403-tag-exists"), "ImagePullAccessDenied").confidence();
        assertTrue(text < both, text + " < " + both);
    }

    @Test
    void theRoleNamedInAPastedErrorGetsThePolicy() {
        Finding f = get(pasted("Status reason | CannotPullECRContainerError: AccessDeniedException: User: arn:aws:sts::985582282849:assumed-role/ContDeployStack-myLbFargateServiceTaskDefExecution-10XL6RI11AJ8J/f81d47b2-fa8e-4e14-ab0c-56a172e7d825 is not authorized to perform: ecr:GetAuthorizationToken", null), "ImagePullAccessDenied");
        assertEquals(List.of("aws iam attach-role-policy --role-name ContDeployStack-myLbFargateServiceTaskDefExecution-10XL6RI11AJ8J --policy-arn arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy"), f.fix().commands());
        assertEquals(0.60, f.confidence(), 1e-9);
    }

    /** IAM names an SCP, the repository's policy or a boundary as the refusal: no role policy is printed, the note names that policy. */
    @Test
    void aRefusalAnotherPolicyDecidedGetsNoRolePolicyAsItsFix() throws Exception {
        String fixture = java.nio.file.Files.readString(io.ecstriage.rules.RuleFolders.of("ImagePullAccessDenied").dir()
                .resolve("fires-batchgetimage-denied.json"));
        // the stopped reason and the container's reason end with the role's missing allow; the same refusal, decided elsewhere
        String identity = "because no identity-based policy allows the ecr:BatchGetImage action";
        assertTrue(fixture.contains(identity + "\""), "the fixture's reasons end with the role's missing allow");
        for (String clause : List.of("with an explicit deny in a service control policy", "because no resource-based policy allows the ecr:BatchGetImage action",
                "with an explicit deny in a permissions boundary")) {
            Report r = TestDiagnosis.diagnose("refused.json", fixture.replace(identity + "\"", clause + "\""));
            List<Finding> pulls = r.findings().stream().filter(f -> f.ruleId().equals("ImagePullAccessDenied")).toList();
            assertFalse(pulls.isEmpty(), clause + ": " + TestDiagnosis.summary(r));
            for (Finding f : pulls) assertTrue(f.fix() == null || f.fix().commands().isEmpty(), clause + ": " + fixes(f));
            assertTrue(pulls.stream().anyMatch(f -> fixes(f).contains("IAM names")), clause + ": " + pulls.stream().map(RuleCases::fixes).toList());
        }
        Finding pasted = get(pasted("AccessDeniedException: User: arn:aws:sts::123456789012:assumed-role/ecsTaskExecutionRole/abc is not"
                + " authorized to perform: ecr:GetAuthorizationToken on resource: * with an explicit deny in a service control policy", null),
                "ImagePullAccessDenied");
        assertTrue(pasted.fix() == null || pasted.fix().commands().isEmpty(), fixes(pasted));
        assertTrue(fixes(pasted).contains("service control policy"), fixes(pasted));
    }
}
