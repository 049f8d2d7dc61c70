package io.ecstriage.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecstriage.Samples;
import io.ecstriage.TestDiagnosis;
import io.ecstriage.model.Snapshot;
import io.ecstriage.model.SnapshotRegion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class DerivedFactsTest {

    @Test
    void everyDerivationContributesInListOrder() {
        Snapshot snapshot = TestDiagnosis.snapshot("in.json", Samples.logGroupMissing());

        List<Object> all = DerivedFacts.of(snapshot);

        int from = 0;
        for (DerivedFacts.Derivation d : DerivedFacts.DERIVATIONS) {
            List<?> part = d.derive(snapshot);
            assertEquals(part, all.subList(from, from + part.size()));
            from += part.size();
        }
        assertEquals(all.size(), from);
    }

    @Test
    void onSeveralThreadsEveryScenarioDerivesTheSameFactsInTheSameOrder() throws IOException {
        List<Path> scenarios;
        try (Stream<Path> files = Files.list(TestDiagnosis.projectDir().resolve("fixtures/scenarios"))) {
            scenarios = files.map(d -> d.resolve("snapshot.json")).filter(Files::isRegularFile).sorted().toList();
        }
        assertTrue(scenarios.size() > 10, "scenarios found: " + scenarios);
        for (Path file : scenarios) {
            String text = Files.readString(file);
            // a fresh snapshot each time: one would share its log index between the runs
            List<Object> alone = DerivedFacts.of(TestDiagnosis.snapshot(file.toString(), text), 1);
            List<Object> split = DerivedFacts.of(TestDiagnosis.snapshot(file.toString(), text), 3);
            assertEquals(alone, split, file.toString());
        }
    }

    @Test
    void theSnapshotRegionIsDerivedOnlyWhenKnown() {
        Snapshot known = TestDiagnosis.snapshot("in.json", Samples.logGroupMissing());
        Snapshot unknown = new Snapshot("in.txt", null, null, null, List.of(), List.of(), List.of());

        assertEquals(List.of(new SnapshotRegion(Samples.REGION)),
                DerivedFacts.of(known).stream().filter(SnapshotRegion.class::isInstance).toList());
        assertEquals(List.of(), DerivedFacts.of(unknown));
    }
}
