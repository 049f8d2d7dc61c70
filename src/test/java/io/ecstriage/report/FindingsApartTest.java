package io.ecstriage.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.ecstriage.TestDiagnosis;
import io.ecstriage.finding.Symptom;
import io.ecstriage.json.JsonTrees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Findings written apart (on every core, as a large report's are) and put in order give the report byte for byte,
 * among them findings that explain the same symptoms, whose list is written once and copied.
 */
class FindingsApartTest {
    @Test
    void everyScenarioAndRuleFixturesReportIsTheSameWithItsFindingsWrittenApart() throws IOException {
        JsonTrees json = new JsonTrees();
        JsonRenderer together = new JsonRenderer(json, Integer.MAX_VALUE);
        JsonRenderer apart = new JsonRenderer(json, 1);
        List<Path> inputs = TestDiagnosis.scenariosAndRuleFixtures("fires-.*\\.json");
        int withSeveral = 0;
        int sharingSymptoms = 0;
        for (Path input : inputs) {
            Report report = TestDiagnosis.diagnose(input.toString(), Files.readString(input));
            assertEquals(GoldenReportTest.render(together, report), GoldenReportTest.render(apart, report), input.toString());
            if (report.findings().size() > 1) withSeveral++;
            Set<List<Symptom>> lists = new HashSet<>();
            for (var f : report.findings()) if (!f.explains().isEmpty() && !lists.add(f.explains())) sharingSymptoms++;
        }
        assertFalse(withSeveral < 20, "reports with several findings: " + withSeveral);
        assertFalse(sharingSymptoms < 5, "findings explaining the symptoms of one before them: " + sharingSymptoms);
    }
}
