package io.ecstriage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.ecstriage.json.JsonTrees;
import java.io.InputStream;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The training run's recording still replays into a whole live diagnosis: if a collector starts calling an
 * operation the recording lacks, the report shows it as missing evidence and this fails (re-record with
 * scripts/record-warm-up-responses.sh).
 */
class WarmUpServerTest {
    private final JsonTrees json = new JsonTrees();

    @Test
    void theRecordedIncidentDiagnosesLiveWithNothingMissing() throws Exception {
        try (WarmUpServer replay = WarmUpServer.start(json)) {
            assertNotNull(replay, "the recording " + WarmUpServer.RESOURCE + " is on the classpath");
            Terminal credentials = new Terminal(false, Map.of("AWS_ACCESS_KEY_ID", "warmup", "AWS_SECRET_ACCESS_KEY", "warmup"));
            Cli.Result r = Cli.run(credentials, InputStream.nullInputStream(), "diagnose", "--stack", replay.stack(),
                    "--region", replay.region(), "--endpoint-url", replay.endpoint(), "--format", "json");
            assertEquals(ExitCodes.PROBLEMS_FOUND, r.exit(), r.toString());
            JsonNode report = json.read(r.out());
            assertEquals("LogGroupMissing", report.path("findings").path(0).path("ruleId").asText(), r.toString());
            assertEquals(0, report.path("missingEvidence").size(), "every call the collectors made was answered: " + r);
            assertTrue(report.path("ignoredInputs").isEmpty(), r.toString());
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
