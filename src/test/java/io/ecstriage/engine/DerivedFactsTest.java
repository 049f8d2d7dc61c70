package io.ecstriage.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ecstriage.Samples;
import io.ecstriage.TestDiagnosis;
import io.ecstriage.model.Snapshot;
import io.ecstriage.model.SnapshotRegion;
import java.util.List;
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
    void theSnapshotRegionIsDerivedOnlyWhenKnown() {
        Snapshot known = TestDiagnosis.snapshot("in.json", Samples.logGroupMissing());
        Snapshot unknown = new Snapshot("in.txt", null, null, null, List.of(), List.of(), List.of());

        assertEquals(List.of(new SnapshotRegion(Samples.REGION)),
                DerivedFacts.of(known).stream().filter(SnapshotRegion.class::isInstance).toList());
        assertEquals(List.of(), DerivedFacts.of(unknown));
    }
}
