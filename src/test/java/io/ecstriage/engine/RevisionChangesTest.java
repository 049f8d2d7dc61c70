package io.ecstriage.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecstriage.TestDiagnosis;
import io.ecstriage.model.RevisionChange;
import io.ecstriage.rules.RuleFolders;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

class RevisionChangesTest {
    private static final String FIXTURE = "fires-tag-changed-since-healthy.json";

    private static String text() throws Exception {
        return Files.readString(RuleFolders.of("ImageNotFound").dir().resolve(FIXTURE));
    }

    private static List<RevisionChange> changes(String text) {
        return new RevisionChanges(TestDiagnosis.snapshot("t.json", text)).all();
    }

    @Test
    void theCompletedDeploymentIsTheLastHealthyRevisionAndEachChangedFieldIsOneFact() throws Exception {
        List<RevisionChange> changes = changes(text());
        assertEquals(List.of("api image.tag: 1.4.0 (sha256:4f1d2c3b5a69… pushed 2026-11-15T00:05:11Z) → 1.5.0 (not in the ECR listing)",
                "api environment.FEATURE_CHECKOUT_V2: (none) → on"),
                changes.stream().map(RevisionChange::describe).toList());
        RevisionChange c = changes.get(1);
        assertEquals("orders-api:4", c.healthyRef());
        assertEquals("orders-api:5", c.failingRef());
        assertEquals("deployment ecs-svc/2231904455012203367 COMPLETED", c.healthyBecause());
        assertTrue(c.addedVariable());
        assertEquals("FEATURE_CHECKOUT_V2", c.variable());
    }

    @Test
    void withoutTheDeploymentsTheSteadyStateEventOrThePreviousRevisionIsTheHealthyOne() throws Exception {
        String noActive = text().replaceFirst("\"status\": \"ACTIVE\",(\\s*\"taskDefinition\")", "\"status\": \"INACTIVE\",$1")
                .replace("\"rolloutState\": \"COMPLETED\"", "\"rolloutState\": \"FAILED_OVER\"");
        List<RevisionChange> changes = changes(noActive);
        assertEquals("previous revision", changes.get(0).healthyBecause(), changes::toString);
        assertEquals(2, changes.size());
    }

    @Test
    void aHealthyServiceOrASingleRevisionHasNoChanges() throws Exception {
        String healthy = text().replace("\"failedTasks\": 2", "\"failedTasks\": 0").replace("\"rolloutState\": \"IN_PROGRESS\"", "\"rolloutState\": \"COMPLETED\"");
        assertEquals(List.of(), changes(healthy));
        assertEquals(List.of(), changes(text().replace("orders-api:4", "orders-api:5")), "no other revision to compare with");
    }

    @Test
    void aContainerWithoutItsNameIsLeftOutNotCompared() throws Exception {
        // found by FixtureFuzzTest's longer run: a nameless container reached the sorted union of names (exit 4)
        String unnamed = text().replaceFirst("(\"containerDefinitions\": \\[\\s*\\{\\s*)\"name\": \"api\",", "$1");
        assertTrue(!unnamed.equals(text()), "the fixture's first container definition lost its name");
        var snapshot = TestDiagnosis.snapshot("t.json", unnamed);
        List<RevisionChange> changes = new RevisionChanges(snapshot).all();
        assertEquals(List.of("container"), changes.stream().map(RevisionChange::field).toList(), "the failing revision has no api container");
        assertTrue(snapshot.ignoredInputs().stream().anyMatch(i -> i.reason().contains("1 × container definition without name")),
                snapshot.ignoredInputs()::toString);
    }
}
