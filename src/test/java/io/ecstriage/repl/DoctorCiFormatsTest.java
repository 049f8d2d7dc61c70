package io.ecstriage.repl;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The doctor's `diagnose --format` takes the formats of report/ReportFormat, SARIF and JUnit with the rule list included. */
class DoctorCiFormatsTest {
    @Test
    void sarifAndJunitListEveryRuleEvaluated() throws IOException {
        ShellHarness h = new ShellHarness(Pastes.REASON + "\ndiagnose --format sarif\ndiagnose --format junit\n");

        h.run();

        String all = h.all();
        assertTrue(all.contains("doctor> diagnose --format sarif\n{\n  \"$schema\" : \"https://json.schemastore.org/sarif-2.1.0.json\""), all);
        assertTrue(all.contains("\"ruleId\" : \"LogGroupMissing\""), all);
        assertTrue(all.contains("\"id\" : \"EcrImageRegionMismatch\""), "a rule that did not fire is listed too");
        assertTrue(all.contains("doctor> diagnose --format junit\n<?xml version=\"1.0\" encoding=\"UTF-8\"?>"), all);
        assertTrue(all.contains("<testcase classname=\"ecs-triage.logging\" name=\"LogGroupMissing\">\n      <failure type=\"HIGH\""), all);
    }
}
