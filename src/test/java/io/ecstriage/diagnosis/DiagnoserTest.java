package io.ecstriage.diagnosis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.ecstriage.TestDiagnosis;
import io.ecstriage.concurrent.PhaseTimes;
import io.ecstriage.model.Snapshot;
import io.ecstriage.report.Report;
import java.nio.file.Files;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
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
}
