package io.ecstriage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecstriage.TestDiagnosis;
import io.ecstriage.concurrent.PhaseTimes;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** An offline diagnose prepares the snapshot (symptoms, derived facts) before it waits for the rule base, not after. */
class OfflinePreparationTest {
    private static final Pattern PHASE = Pattern.compile("phase (\\S+)\\s+main\\s+from\\s+([0-9.]+) ms to\\s+([0-9.]+) ms");

    @Test
    void derivedFactsEndBeforeTheWaitForTheRuleBaseBegins() {
        PhaseTimes phases = PhaseTimes.fromEnv(Map.of("ECS_TRIAGE_PHASES", "1"));
        App app = new App(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), new ByteArrayInputStream(new byte[0]),
                new Terminal(false, Map.of()), phases);
        app.preloadRuleBase();
        String fixture = TestDiagnosis.projectDir().resolve("fixtures/scenarios/seed003-4-target-timeout/snapshot.json").toString();
        String[] args = {"diagnose", "--fixture", fixture, "--format", "json"};
        assertEquals(ExitCodes.PROBLEMS_FOUND, Main.commandLine(app, args).execute(args));
        StringWriter printed = new StringWriter();
        phases.print(new PrintWriter(printed));

        double derivedEnd = -1;
        double waitStart = -1;
        for (Matcher m = PHASE.matcher(printed.toString()); m.find(); ) {
            if (m.group(1).equals("derived-facts")) derivedEnd = Double.parseDouble(m.group(3));
            if (m.group(1).equals("wait-for-rule-base") && waitStart < 0) waitStart = Double.parseDouble(m.group(2));
        }
        assertTrue(derivedEnd >= 0 && waitStart >= 0, printed.toString());
        assertTrue(derivedEnd <= waitStart, printed.toString());
    }
}
