package io.ecstriage.finding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.ecstriage.TestDiagnosis;
import io.ecstriage.engine.RuleEngine;
import io.ecstriage.finding.symptom.SymptomIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Groups of hits merged in chunks on every core (as a large input's are) rank exactly as merged one after another. */
class RankerApartTest {
    @Test
    void everyScenarioAndRuleFixtureRanksTheSameMergedInChunks() throws IOException {
        RuleEngine engine = TestDiagnosis.engine();
        Ranker together = new Ranker(engine.catalog(), Integer.MAX_VALUE);
        Ranker apart = new Ranker(engine.catalog(), 1);
        List<Path> inputs = TestDiagnosis.scenariosAndRuleFixtures("fires-.*\\.json");
        int several = 0;
        for (Path input : inputs) {
            var snapshot = TestDiagnosis.snapshot(input.toString(), Files.readString(input));
            List<Hit> hits = engine.fire(RuleEngine.facts(snapshot));
            Ranker.Ranking expected = together.ranking(hits, snapshot, new SymptomIndex(snapshot));
            assertEquals(expected, apart.ranking(hits, snapshot, new SymptomIndex(snapshot)), input.toString());
            if (expected.findings().size() > 1) several++;
        }
        assertFalse(several < 20, "inputs ranked into several findings: " + several);
    }
}
