package io.ecstriage.rules.runtime;

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

/** EssentialContainerExited (EssentialContainerExited.drl beside it) against the fixtures of its folder and inline cases. */
class EssentialContainerExitedTest extends RuleCases {
    EssentialContainerExitedTest() {
        super("EssentialContainerExited");
    }

    @Test
    void theLogNamesTheMissingVariable() {
        Report r = fixture("EssentialContainerExited", "fires-keyerror-database-url");
        Finding f = r.findings().get(0);
        assertEquals("EssentialContainerExited", f.ruleId());
        assertTrue(f.evidence().stream().anyMatch(e -> e.text().equals("KeyError: 'DATABASE_URL'")), f.evidence()::toString);
        assertTrue(f.evidence().stream().anyMatch(e -> e.text().contains("sets no DATABASE_URL")), f.evidence()::toString);
        assertTrue(fixes(f).contains("add DATABASE_URL to the environment"), fixes(f));
        assertEquals(0.90, f.confidence(), 1e-9, "log (0.75) + task definition (0.45) + stopped reason (0.30)");
    }

    @Test
    void aJavaExceptionIsQuoted() {
        Finding f = get(fixture("EssentialContainerExited", "fires-java-exception"), "EssentialContainerExited");
        assertTrue(f.evidence().stream().anyMatch(e -> e.text().startsWith("org.springframework.beans.factory.BeanCreationException")), f.evidence()::toString);
    }

    @Test
    void theStoppedReasonAloneAsksForTheLog() {
        Report r = TestDiagnosis.diagnose("inline.json", Samples.fixture("only the task", "eu-west-1")
                .output(Samples.describeTasks("eu-west-1"), Samples.stoppedTasks("eu-west-1", java.util.Map.of("t1", "Essential container in task exited")))
                .output(Samples.describeTaskDefinition("eu-west-1"), Samples.taskDefinition("/ecs/web")).json());
        Finding f = get(r, "EssentialContainerExited");
        assertEquals(0.30, f.confidence(), 1e-9);
        assertTrue(f.missingEvidence().stream().anyMatch(m -> m.command().equals("aws logs get-log-events --log-group-name /ecs/web --log-stream-name ecs/app/t1 --limit 50 --region eu-west-1")),
                f.missingEvidence()::toString);
    }

    @Test
    void sharedSymptomEssentialExitGoesToTheSpecificCause() {
        Report oom = fixture("EssentialContainerExited", "quiet-oom");
        assertEquals("ContainerOutOfMemory", oom.findings().get(0).ruleId());
        Report exec = fixture("EssentialContainerExited", "quiet-exec-format");
        assertEquals("ImagePlatformMismatch", exec.findings().get(0).ruleId());
        assertFalse(has(exec, "EssentialContainerExited"));
    }

    @Test
    void crashKindsAreRead() {
        for (String[] c : new String[][] {
                {"panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation]\ngoroutine 1 [running]:", "panic: runtime error"},
                {"node:internal/modules/cjs/loader:1143\n  throw err;\n  ^\nError: Cannot find module 'express'", "Error: Cannot find module 'express'"},
                {"Error: listen EADDRINUSE: address already in use :::8080", "address already in use"}}) {
            Report r = pasted(c[0], null);
            Finding f = get(r, "EssentialContainerExited");
            assertTrue(f.evidence().get(0).text().contains(c[1]), f.evidence().toString());
        }
    }

    @Test
    void aSecretRemovedSinceTheLastHealthyRevisionIsEvidenceOfTheCrash() {
        Report r = fixture("EssentialContainerExited", "fires-secret-removed-since-healthy");
        Finding f = get(r, "EssentialContainerExited");
        assertTrue(f.evidence().stream().anyMatch(e -> e.source().equals("changed since last healthy (orders-api:3, previous revision)")
                && e.text().startsWith("api secrets.DATABASE_URL: arn:aws:secretsmanager:")), f.evidence()::toString);
        Finding plain = get(fixture("EssentialContainerExited", "fires-keyerror-database-url"), "EssentialContainerExited");
        assertTrue(f.confidence() > plain.confidence(), f.confidence() + " vs " + plain.confidence());
    }
}
