package io.ecstriage.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecstriage.TestDiagnosis;
import io.ecstriage.concurrent.PhaseTimes;
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
    void factsOfInterleavedClassesAreAdmittedInOrderAsEachAloneWouldBe() throws IOException {
        PartScreen screen = new PartScreen(wholeRuleBase());
        for (Path input : TestDiagnosis.scenariosAndRuleFixtures("fires-.*\\.json").subList(0, 40)) {
            Snapshot snapshot = TestDiagnosis.snapshot(input.toString(), Files.readString(input));
            List<Object> facts = RuleEngine.facts(snapshot);
            List<Object> one = new java.util.ArrayList<>();
            for (Object f : facts) if (screen.admits(f)) one.add(f);
            List<Object> runs = new java.util.ArrayList<>();
            screen.addAdmitted(facts, runs);
            assertEquals(one, runs, input.toString());
        }
    }
}
