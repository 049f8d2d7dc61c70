package io.ecstriage.diagnosis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.ecstriage.TestDiagnosis;
import io.ecstriage.concurrent.InOrder;
import io.ecstriage.concurrent.PhaseTimes;
import io.ecstriage.model.LogEvent;
import io.ecstriage.model.Snapshot;
import io.ecstriage.report.Report;
import java.nio.file.Files;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A snapshot equal to the last one diagnosed (a live diagnose's settled collection with nothing added) is not fired again. */
class DiagnoserTest {
    private static final Path SCENARIOS = TestDiagnosis.projectDir().resolve("fixtures/scenarios");

    @Test
    void anEqualSnapshotGetsTheReportItsFirstDiagnosisGave() throws Exception {
        Diagnoser diagnoser = new Diagnoser(TestDiagnosis.engine());
        String text = Files.readString(SCENARIOS.resolve("seed003-4-target-timeout/snapshot.json"));
        Report first = diagnoser.diagnose(TestDiagnosis.snapshot("incident", text));
        Snapshot again = TestDiagnosis.snapshot("incident", text);
        assertSame(first, diagnoser.diagnose(again), "built anew from the same input: an equal snapshot");
        assertEquals(first, new Diagnoser(TestDiagnosis.engine()).diagnose(again), "what a diagnosis from scratch reports");
    }

    @Test
    void anEqualSnapshotIsNotPreparedAgain() throws Exception {
        PhaseTimes phases = PhaseTimes.fromEnv(Map.of("ECS_TRIAGE_PHASES", "1"));
        Diagnoser diagnoser = new Diagnoser(TestDiagnosis.engine(), phases);
        String text = Files.readString(SCENARIOS.resolve("seed003-4-target-timeout/snapshot.json"));
        Report first = diagnoser.diagnose(TestDiagnosis.snapshot("incident", text));
        assertSame(first, diagnoser.diagnose(TestDiagnosis.snapshot("incident", text)));
        StringWriter printed = new StringWriter();
        phases.print(new PrintWriter(printed));
        assertEquals(1, printed.toString().split("phase derived-facts", -1).length - 1, "derived facts computed once:\n" + printed);
    }

    @Test
    void aDifferentSnapshotIsDiagnosedAnew() throws Exception {
        Diagnoser diagnoser = new Diagnoser(TestDiagnosis.engine());
        String text = Files.readString(SCENARIOS.resolve("seed003-4-target-timeout/snapshot.json"));
        Report first = diagnoser.diagnose(TestDiagnosis.snapshot("incident", text));
        Report healthy = diagnoser.diagnose(TestDiagnosis.snapshot("incident", Files.readString(SCENARIOS.resolve("healthy-service/snapshot.json"))));
        assertNotSame(first, healthy);
        assertNotEquals(first.findings(), healthy.findings());
        Report renamed = diagnoser.diagnose(TestDiagnosis.snapshot("another name", text));
        assertEquals("another name", renamed.input());
    }

    /**
     * A large snapshot reads its identifiers only for a check to fill: none when every finding has its evidence, and then
     * the same report; read when a finding's missing evidence has placeholders, and filled as a small snapshot fills them.
     */
    @Test
    void aLargeSnapshotReadsItsIdentifiersOnlyWhenACheckNeedsThem() throws Exception {
        assumeTrue(InOrder.threadsFor(Integer.MAX_VALUE) > 1, "one core: every snapshot takes the small path");
        for (String scenario : List.of("seed003-4-target-timeout", "pasted-text-only-log-group")) {
            Snapshot small = TestDiagnosis.snapshot("incident", Files.readString(SCENARIOS.resolve(scenario + "/snapshot.json")));
            Report expected = new Diagnoser(TestDiagnosis.engine()).diagnose(small);
            PhaseTimes phases = PhaseTimes.fromEnv(Map.of("ECS_TRIAGE_PHASES", "1"));
            Report report = new Diagnoser(TestDiagnosis.engine(), phases).diagnose(padded(small));
            StringWriter printed = new StringWriter();
            phases.print(new PrintWriter(printed));

            assertEquals(expected.findings(), report.findings(), scenario);
            boolean checksToFill = report.findings().stream().anyMatch(f -> !f.missingEvidence().isEmpty());
            assertEquals(scenario.startsWith("pasted"), checksToFill, scenario + ": " + report.findings());
            assertEquals(checksToFill, printed.toString().contains("phase identifiers"), scenario + ":\n" + printed);
            assertTrue(printed.toString().contains("phase symptoms"), printed::toString);
        }
    }

    /** The snapshot with enough log lines of an unrelated stream added to be diagnosed as a large one. */
    private static Snapshot padded(Snapshot s) {
        List<Object> facts = new ArrayList<>(s.facts());
        for (int i = 0; i < InOrder.SPLIT_FROM_ITEMS; i++) {
            facts.add(new LogEvent(s.region(), "/padding", "padding/app/0", Instant.ofEpochSecond(i), "tick " + i));
        }
        return new Snapshot(s.inputName(), s.description(), s.region(), s.capturedAt(), facts, s.recognisedInputs(), s.ignoredInputs());
    }
}
