package io.ecstriage.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecstriage.TestDiagnosis;
import io.ecstriage.model.IgnoredInput;
import io.ecstriage.report.Report;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The five inputs that ended in an internal error (fixtures/malformed): each now diagnoses and says what it left out. */
class MalformedResourcesTest {

    private static Report diagnose(String name) {
        Path file = TestDiagnosis.projectDir().resolve("fixtures/malformed").resolve(name);
        return TestDiagnosis.diagnoseFile(file, "fixtures/malformed/" + name);
    }

    @ParameterizedTest
    @CsvSource({
            "subnet-without-id.json, 1 × subnet without SubnetId",
            "security-group-without-id.json, 1 × security group without GroupId",
            "target-group-not-an-object.json, 1 × target group without TargetGroupArn",
            "service-without-name.json, 1 × ecs service without serviceName"})
    void aResourceWithoutItsIdIsLeftOutAndListed(String fixture, String why) {
        Report report = diagnose(fixture);
        List<String> reasons = report.ignoredInputs().stream().map(IgnoredInput::reason).toList();
        assertTrue(reasons.contains("resources without their id left out: " + why), reasons.toString());
    }

    @Test
    void theSameIncidentIsStillFoundWithoutOneSubnet() {
        assertEquals(TestDiagnosis.ruleIds(diagnose("subnet-without-id.json")).get(0),
                TestDiagnosis.ruleIds(TestDiagnosis.diagnoseFile(TestDiagnosis.projectDir()
                        .resolve("fixtures/scenarios/seed003-4-target-timeout/snapshot.json"), "seed")).get(0));
    }

    @Test
    void withoutRouteTablesEgressIsUnknownNotACrash() {
        Path file = TestDiagnosis.projectDir().resolve("fixtures/malformed/no-route-tables-with-gateway-endpoint.json");
        var snapshot = TestDiagnosis.snapshot("no-route-tables", new InputLoader(InputLoader.DEFAULT_MAX_BYTES)
                .load(file.toString(), java.io.InputStream.nullInputStream()).text());
        Report report = TestDiagnosis.diagnoser().diagnose(snapshot);
        assertFalse(report.findings().isEmpty(), TestDiagnosis.summary(report));
        assertTrue(report.ignoredInputs().isEmpty(), report.ignoredInputs().toString());
    }
}
