package io.ecstriage.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecstriage.Samples;
import io.ecstriage.TestDiagnosis;
import io.ecstriage.finding.Severity;
import io.ecstriage.report.Report;
import java.util.List;
import org.junit.jupiter.api.Test;

class FixtureExpectationTest {
    private static final String LOG_GROUP_MISSING = "ResourceInitializationError: failed to validate logger args: create stream has been retried 1 times:"
            + " failed to create Cloudwatch log stream: ResourceNotFoundException: The specified log group does not exist.";

    private static FixtureExpectation read(String json) throws Exception {
        return FixtureExpectation.read(Samples.JSON.readTree(json));
    }

    private static Report logGroupMissing() {
        return TestDiagnosis.diagnose("inline.json", Samples.fixture("pasted", null).text(null, LOG_GROUP_MISSING).json());
    }

    @Test
    void readsAFiringAndAQuietBlock() throws Exception {
        assertEquals(new FixtureExpectation(true, Severity.HIGH, FixtureExpectation.Rank.NOT_FIRST, List.of("a", "b")),
                read("{\"expect\": {\"fires\": true, \"severity\": \"HIGH\", \"rank\": \"not-first\", \"resources\": [\"a\", \"b\"]}}"));
        assertEquals(new FixtureExpectation(false, null, null, List.of()), read("{\"expect\": {\"fires\": false}}"));
    }

    @Test
    void refusesMissingIncompleteOrUnknownBlocks() {
        for (String bad : List.of("{}", "{\"expect\": {}}", "{\"expect\": {\"fires\": \"yes\"}}",
                "{\"expect\": {\"fires\": true, \"severity\": \"HIGH\", \"resources\": []}}",
                "{\"expect\": {\"fires\": true, \"severity\": \"HIGH\", \"rank\": 2, \"resources\": []}}",
                "{\"expect\": {\"fires\": true, \"severity\": \"HIGH\", \"rank\": 1}}",
                "{\"expect\": {\"fires\": false, \"severity\": \"HIGH\"}}",
                "{\"expect\": {\"fires\": true, \"severity\": \"HIGH\", \"rank\": \"any\", \"resources\": [], \"why\": \"x\"}}")) {
            assertThrows(IllegalArgumentException.class, () -> read(bad), bad);
        }
    }

    @Test
    void checksFiringSeverityRankAndResources() throws Exception {
        Report report = logGroupMissing();
        assertEquals("LogGroupMissing", report.findings().get(0).ruleId(), TestDiagnosis.summary(report));

        assertEquals(List.of(), read("{\"expect\": {\"fires\": true, \"severity\": \"HIGH\", \"rank\": 1, \"resources\": []}}")
                .violations(report, "LogGroupMissing"));
        assertEquals(List.of("severity HIGH, expected LOW", "LogGroupMissing must not rank first"),
                read("{\"expect\": {\"fires\": true, \"severity\": \"LOW\", \"rank\": \"not-first\", \"resources\": []}}")
                        .violations(report, "LogGroupMissing"));
        assertTrue(read("{\"expect\": {\"fires\": true, \"severity\": \"HIGH\", \"rank\": \"any\", \"resources\": [\"nowhere\"]}}")
                .violations(report, "LogGroupMissing").get(0).startsWith("resource nowhere not named"));
        assertEquals(List.of("LogGroupMissing must not fire"), read("{\"expect\": {\"fires\": false}}").violations(report, "LogGroupMissing"));
        assertEquals(List.of("ImageNotFound must fire"),
                read("{\"expect\": {\"fires\": true, \"severity\": \"HIGH\", \"rank\": 1, \"resources\": []}}").violations(report, "ImageNotFound"));
    }
}
