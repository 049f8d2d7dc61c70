package io.ecstriage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.ecstriage.json.JsonTrees;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The training run's recordings still replay into whole live diagnoses: if a collector starts calling an
 * operation the recording lacks, the report shows it as missing evidence and this fails (re-record with
 * scripts/record-warm-up-responses.sh).
 */
class WarmUpServerTest {
    private final JsonTrees json = new JsonTrees();

    @Test
    void eachRecordedIncidentDiagnosesLiveWithNothingMissing() throws Exception {
        // the stack's missing log group; tasks failing the ALB's health checks; an image tag ECR lacks
        List<String> expected = List.of("LogGroupMissing", "HealthCheckBlockedBySecurityGroup", "ImageNotFound");
        try (WarmUpServer replay = WarmUpServer.start(json)) {
            assertNotNull(replay, "the recording " + WarmUpServer.RESOURCE + " is on the classpath");
            assertEquals(expected.size(), replay.replays(), "one replay per incident");
            Terminal credentials = new Terminal(false, Map.of("AWS_ACCESS_KEY_ID", "warmup", "AWS_SECRET_ACCESS_KEY", "warmup"));
            for (int i = 0; i < replay.replays(); i++) {
                replay.select(i);
                List<String> args = new ArrayList<>(List.of("diagnose"));
                args.addAll(replay.diagnoseArgs(i));
                args.addAll(List.of("--region", replay.region(), "--endpoint-url", replay.endpoint(), "--format", "json"));
                Cli.Result r = Cli.run(credentials, InputStream.nullInputStream(), args.toArray(String[]::new));
                assertEquals(ExitCodes.PROBLEMS_FOUND, r.exit(), r.toString());
                JsonNode report = json.read(r.out());
                assertEquals(expected.get(i), report.path("findings").path(0).path("ruleId").asText(), args + ": " + r);
                assertEquals(0, report.path("missingEvidence").size(), "every call the collectors made was answered: " + r);
                assertTrue(report.path("ignoredInputs").isEmpty(), r.toString());
            }
        }
    }

    @Test
    void anOperationOutsideTheRecordingIsRefusedLikeAnUnknownOne() throws Exception {
        try (WarmUpServer replay = WarmUpServer.start(json)) {
            var c = (java.net.HttpURLConnection) new java.net.URL(replay.endpoint() + "/").openConnection();
            c.setRequestMethod("POST");
            c.setRequestProperty("X-Amz-Target", "AmazonEC2ContainerServiceV20141113.DeleteService");
            c.setDoOutput(true);
            c.getOutputStream().write("{}".getBytes());
            assertEquals(404, c.getResponseCode());
        }
    }
}
