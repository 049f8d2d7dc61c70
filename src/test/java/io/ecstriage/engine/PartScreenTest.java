package io.ecstriage.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecstriage.TestDiagnosis;
import io.ecstriage.concurrent.PhaseTimes;
import io.ecstriage.model.EcsTask;
import io.ecstriage.model.Snapshot;
import io.ecstriage.model.TextSignal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A part is given only the facts its patterns' own conditions let through ({@link PartScreen}): the hits are those of
 * every matching fact inserted, for the whole rule base and in parts, and facts are turned away.
 */
class PartScreenTest {

    @Test
    void theScreenedFactsGiveEveryInputTheHitsAllOfThemGive() throws IOException {
        RuleEngine whole = TestDiagnosis.engine();
        RuleEngine inParts = new RuleEngine(PartScreenTest.class.getClassLoader(), PhaseTimes.off(), true, RuleEngine.LARGE_INPUT_PARTS);
        for (Path input : TestDiagnosis.scenariosAndRuleFixtures("(fires|quiet)-.*\\.json")) {
            Snapshot snapshot = TestDiagnosis.snapshot(input.toString(), Files.readString(input));
            List<Object> derived = RuleEngine.derivedFacts(snapshot);
            List<Object> all = RuleEngine.facts(snapshot, derived);
            assertEquals(whole.fire(all), whole.fire(snapshot, derived), input.toString());
            assertEquals(inParts.fire(all), inParts.fire(snapshot, derived), input + ", in parts");
        }
    }

    private static org.kie.api.KieBase wholeRuleBase() {
        ClassLoader loader = PartScreenTest.class.getClassLoader();
        List<String> models = RuleEngine.modelClassNames(loader);
        return new RuleBaseBuild(models.size(), i -> RuleEngine.newModel(loader, models.get(i)),
                () -> org.drools.core.impl.RuleBaseFactory.newKnowledgeBaseConfiguration(null, loader), PhaseTimes.off()).build(false);
    }

    @Test
    void aTextNoPatternOfThePartTakesIsTurnedAway() {
        PartScreen screen = new PartScreen(wholeRuleBase());
        TextSignal informational = TextSignal.of(TextSignal.Origin.SERVICE_EVENT, "api", "(service api) has started 1 tasks: (task 0123).", null);
        TextSignal pullRefused = TextSignal.of(TextSignal.Origin.STOPPED_TASK, "arn:aws:ecs:eu-west-1:111122223333:task/c/0123",
                "CannotPullContainerError: pull access denied for app, repository does not exist or may require 'docker login'", null);

        assertTrue(screen.matches(TextSignal.class));
        assertFalse(screen.admits(informational), "no rule reads a service's start event");
        assertTrue(screen.admits(pullRefused));
    }

    @Test
    void aStoppedReasonWithoutItsTaskEntersNoRuleThatCanFire() {
        PartScreen screen = new PartScreen(wholeRuleBase());
        String arn = "arn:aws:ecs:eu-west-1:111122223333:task/c/0123";
        TextSignal pullRefused = TextSignal.of(TextSignal.Origin.STOPPED_TASK, arn,
                "CannotPullContainerError: pull access denied for app, repository does not exist or may require 'docker login'", null);
        EcsTask task = new EcsTask("eu-west-1", arn, "0123", "arn:aws:ecs:eu-west-1:111122223333:cluster/c", "app:1", "service:api",
                "STOPPED", "STOPPED", "TaskFailedToStart", pullRefused.text(), null, null, "FARGATE", "eu-west-1a", "subnet-1", null, null,
                null, List.of(), null);

        assertTrue(screen.admits(pullRefused), "taken alone, a rule's own conditions let it through");
        assertEquals(List.of(), screen.admitted(snapshotOf(pullRefused), List.of()), "every rule reading it joins a task");
        assertEquals(List.of(task, pullRefused), screen.admitted(snapshotOf(task, pullRefused), List.of()));
    }

    @Test
    void theAdmittedFactsAreThoseEachAloneWouldPassInTheirOrder() throws IOException {
        PartScreen screen = new PartScreen(wholeRuleBase());
        for (Path input : TestDiagnosis.scenariosAndRuleFixtures("fires-.*\\.json").subList(0, 40)) {
            Snapshot snapshot = TestDiagnosis.snapshot(input.toString(), Files.readString(input));
            List<Object> derived = RuleEngine.derivedFacts(snapshot);
            List<Object> admitted = screen.admitted(snapshot, derived);
            List<Object> alone = new java.util.ArrayList<>();
            for (Object f : RuleEngine.facts(snapshot, derived)) if (screen.admits(f)) alone.add(f);
            assertTrue(isOrderedSubset(admitted, alone), input.toString());
        }
    }

    /** The screen takes the input's facts for all a session has: a rule that inserted or changed one could wake a rule it left out. */
    @Test
    void noRuleInsertsOrChangesAFact() throws IOException {
        java.util.regex.Pattern change = java.util.regex.Pattern.compile("(?<![.\\w])(insert|insertLogical|modify|update|delete|retract)\\s*\\(");
        java.util.regex.Pattern consequence = java.util.regex.Pattern.compile("(?s)\\bthen\\b(.*?)\\bend\\b");
        int rules = 0;
        try (var drls = Files.walk(TestDiagnosis.projectDir().resolve("rules"))) {
            for (Path drl : drls.filter(p -> p.toString().endsWith(".drl")).toList()) {
                var m = consequence.matcher(Files.readString(drl));
                while (m.find()) {
                    rules++;
                    assertFalse(change.matcher(m.group(1)).find(), drl + ": a consequence inserts or changes a fact; PartScreen assumes none does");
                }
            }
        }
        assertTrue(rules > 100, "read the rules' consequences: " + rules);
    }

    private static Snapshot snapshotOf(Object... facts) {
        return new Snapshot("t.json", null, "eu-west-1", null, List.of(facts), List.of(), List.of());
    }

    private static boolean isOrderedSubset(List<Object> some, List<Object> all) {
        int at = 0;
        for (Object f : some) {
            while (at < all.size() && all.get(at) != f) at++;
            if (at++ == all.size()) return false;
        }
        return true;
    }
}
