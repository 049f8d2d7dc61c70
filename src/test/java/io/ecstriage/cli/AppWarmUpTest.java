package io.ecstriage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecstriage.TestDiagnosis;
import io.ecstriage.concurrent.PhaseTimes;
import io.ecstriage.engine.RuleEngine;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A live run's rule base fires once on no facts while the collection runs; that changes no later firing. */
class AppWarmUpTest {

    private static String phasesOf(boolean warm) {
        PhaseTimes phases = PhaseTimes.fromEnv(Map.of("ECS_TRIAGE_PHASES", "1"));
        App app = new App(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), new ByteArrayInputStream(new byte[0]),
                new Terminal(false, Map.of()), phases);
        if (warm) app.preloadRuleBaseAndWarmUp();
        else app.preloadRuleBase();
        app.diagnoser();
        StringWriter printed = new StringWriter();
        phases.print(new PrintWriter(printed));
        return printed.toString();
    }

    @Test
    void onlyTheLiveLoadingWarmsTheFiringUp() {
        assertTrue(phasesOf(true).contains("phase warm-up-firing"), phasesOf(true));
        assertFalse(phasesOf(false).contains("warm-up-firing"));
    }

    @Test
    void aWarmedUpEngineFiresAsAColdOne() throws Exception {
        String text = Files.readString(TestDiagnosis.projectDir().resolve("fixtures/scenarios/seed003-4-target-timeout/snapshot.json"));
        var facts = RuleEngine.facts(TestDiagnosis.snapshot("incident", text));
        RuleEngine engine = new RuleEngine(AppWarmUpTest.class.getClassLoader());
        var cold = engine.fire(facts);
        engine.warmUp();
        assertEquals(cold, engine.fire(facts));
        assertFalse(cold.isEmpty());
    }
}
