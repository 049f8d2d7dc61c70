package io.ecstriage.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ecstriage.TestDiagnosis;
import io.ecstriage.collect.Redactor;
import io.ecstriage.report.Report;
import java.time.Clock;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import io.ecstriage.json.JsonTrees;

class SessionTest {
    private static Session session() {
        return new Session(new JsonTrees(), TestDiagnosis::diagnoser, Clock.fixed(ShellHarness.NOW, ZoneOffset.UTC), null);
    }

    @Test
    void theSavedFixtureReplaysTheSameDiagnosisWithThePastedTextIncluded() throws Exception {
        Session s = session();
        s.paste(Pastes.REASON);
        s.paste(Pastes.paste(1));
        s.paste(Pastes.paste(2));

        JsonNode fixture = s.toFixture(false);
        String text = new ObjectMapper().writeValueAsString(fixture);
        Report replayed = TestDiagnosis.diagnose(Session.INPUT_NAME, text);

        assertEquals(1, fixture.get("ecsTriageFixture").asInt());
        assertEquals(3, fixture.get("captures").size());
        assertEquals(Pastes.REASON, fixture.get("captures").get(0).get("text").asText());
        assertEquals(Pastes.command(1), fixture.get("captures").get(1).get("command").asText());
        assertEquals("2026-11-22T03:00:00Z", fixture.get("capturedAt").asText());
        assertEquals(TestDiagnosis.summary(s.report()), TestDiagnosis.summary(replayed));
    }

    @Test
    void loadingAFixtureAdoptsItsMetadataAndCaptures() throws Exception {
        Session s = session();
        var raw = new io.ecstriage.ingest.InputLoader(io.ecstriage.ingest.InputLoader.DEFAULT_MAX_BYTES).load(
                TestDiagnosis.projectDir().resolve("fixtures/scenarios/seed003-1-log-group-missing/snapshot.json").toString(), null);

        Session.Update u = s.load(raw);

        assertEquals(4, s.captures().size());
        assertEquals("#1 LogGroupMissing HIGH 0.90, #2 LatestTagInUse LOW 0.75", TestDiagnosis.summary(u.report()));
        assertEquals("ap-northeast-1", s.toFixture(false).get("region").asText());
        assertEquals("2026-11-22T01:15:00Z", s.toFixture(false).get("capturedAt").asText());
    }

    @Test
    void redactionMasksIdentifiersConsistentlyAndKeepsTheDiagnosis() throws Exception {
        Session s = session();
        s.paste(Pastes.paste(1));
        s.paste(Pastes.paste(2));
        s.paste(Pastes.paste(3));
        s.paste("contact ops@example.org from 54.12.1.9 with AKIAABCDEFGHIJKLMNOP");

        String redacted = new ObjectMapper().writeValueAsString(s.toFixture(true));

        assertFalse(redacted.contains("067717894185"), "account id");
        assertFalse(redacted.contains("ops@example.org"));
        assertFalse(redacted.contains("54.12.1.9"));
        assertFalse(redacted.contains("AKIAABCDEFGHIJKLMNOP"));
        assertTrue(redacted.contains("arn:aws:ecs:ap-northeast-1:100000000001:task/"), "the same stand-in everywhere");
        assertTrue(redacted.contains("10.0.2.91"), "private addresses stay");
        assertEquals(TestDiagnosis.summary(s.report()), TestDiagnosis.summary(TestDiagnosis.diagnose(Session.INPUT_NAME, redacted)));
    }

    @Test
    void secretLookingEnvironmentValuesAreRedacted() {
        JsonNode in = TestDiagnosis.parse("x", "{\"environment\": [{\"name\": \"DB_PASSWORD\", \"value\": \"hunter2\"},"
                + " {\"name\": \"API_URL\", \"value\": \"api.example.com\"}]}").captures().get(0).output();

        JsonNode out = new Redactor(new JsonTrees()).redact(in, null);

        assertEquals("REDACTED", out.at("/environment/0/value").asText());
        assertEquals("api.example.com", out.at("/environment/1/value").asText());
    }
}
