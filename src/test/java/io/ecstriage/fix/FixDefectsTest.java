package io.ecstriage.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecstriage.TestDiagnosis;
import io.ecstriage.finding.Finding;
import io.ecstriage.report.Report;
import io.ecstriage.rules.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The wrong fixes of issue 12, each on a fixture (in the rule folders) that the old plans fail. */
class FixDefectsTest {

    private static Finding diagnose(String fixture, String ruleId) {
        Report r = Fixtures.diagnose(ruleId, fixture + ".json");
        return TestDiagnosis.finding(r, ruleId).orElseThrow(() -> new AssertionError(ruleId + " expected; got " + TestDiagnosis.summary(r)));
    }

    @Test
    void anImageThatIsInTheTasksRegionIsRepointedNotCopied() {
        Finding f = diagnose("fires-image-in-task-region", "EcrImageRegionMismatch");
        List<String> commands = f.fix().commands();
        assertEquals(1, commands.size(), commands.toString());
        assertTrue(commands.get(0).contains(".image = \"123456789012.dkr.ecr.us-east-1.amazonaws.com/task-management-api:latest\""), commands.get(0));
        assertTrue(commands.get(0).contains("&& aws ecs update-service --cluster task-management-api-cluster"), commands.get(0));
        assertFalse(commands.toString().contains("create-repository") || commands.toString().contains("docker"), commands.toString());
        assertEquals("image task-management-api:latest exists in us-east-1: yes", f.fix().steps().get(0).preconditions().get(0).render());
        assertTrue(f.missingEvidence().stream().noneMatch(m -> m.command().contains("describe-repositories")),
                "the snapshot holds the listing: " + f.missingEvidence());
    }

    @Test
    void aRepositoryAbsentFromTheTasksRegionIsCreatedBeforeTheCopy() {
        Finding f = get("EcrImageRegionMismatch", "fires-403-and-repo-absent-in-task-region");
        assertEquals("aws ecr create-repository --repository-name task-management-api --region us-east-1", f.fix().commands().get(0));
        assertTrue(f.fix().commands().get(f.fix().commands().size() - 1).contains(".image = \"123456789012.dkr.ecr.us-east-1.amazonaws.com/"));
    }

    private static Finding get(String rule, String fixture) {
        return diagnose(fixture, rule);
    }

    @Test
    void aMissingRepositoryIsCreatedBeforeThePushAndNotAskedForImages() {
        Finding f = diagnose("fires-repository-absent", "ImageNotFound");
        List<String> commands = f.fix().commands();
        assertEquals("aws ecr create-repository --repository-name task-management-api --region us-east-1", commands.get(0), commands.toString());
        assertTrue(commands.get(commands.size() - 1).startsWith("docker buildx build"), commands.toString());
        assertTrue(f.missingEvidence().stream().noneMatch(m -> m.command().contains("describe-images")),
                "describe-images on a repository known to be absent: " + f.missingEvidence());
    }

    @Test
    void anHttpsOnlyLoadBalancerNeverGetsHttp() {
        Finding f = diagnose("fires-https-only", "UrlMissingScheme");
        assertEquals(1, f.fix().commands().size());
        assertTrue(f.fix().commands().get(0).contains("https://internal-backend-alb-1873402256"), f.fix().commands().get(0));
        assertFalse(f.fix().commands().get(0).contains("http://"), f.fix().commands().get(0));
    }

    @Test
    void unknownListenersGiveNoSchemeGuess() {
        Finding f = diagnose("fires-listeners-unknown", "UrlMissingScheme");
        assertEquals(List.of(), f.fix().commands());
        assertTrue(f.fix().notes().stream().anyMatch(n -> n.contains("does not show which")), f.fix().notes()::toString);
    }

    @Test
    void anAppThatAddsTheSchemeItselfGetsNoScheme() {
        Finding f = diagnose("fires-app-adds-scheme", "UrlMissingScheme");
        assertEquals(List.of(), f.fix().commands(), "a scheme in API_URL would double the one the app adds from API_SCHEME");
    }

    @Test
    void outOfMemoryRaisesTheContainersHardLimit() {
        Finding f = get("ContainerOutOfMemory", "fires-oom-container-reason");
        assertTrue(f.fix().commands().get(0).contains("if .memory != null then .memory = (.memory * "), f.fix().commands().get(0));
    }
}
