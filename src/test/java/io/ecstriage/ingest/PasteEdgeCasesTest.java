package io.ecstriage.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecstriage.aws.AwsCall;
import java.util.List;
import org.junit.jupiter.api.Test;
import io.ecstriage.json.JsonTrees;

/** What people really paste: log lines in brackets, output followed by prose, continued commands. */
class PasteEdgeCasesTest {
    private final InputParser parser = new InputParser(new JsonTrees());

    private ParsedInput parse(String text) {
        return parser.parse(new RawInput("paste", text));
    }

    @Test
    void textStartingWithABracketedLevelIsText() {
        ParsedInput in = parse("[ERROR] ResourceInitializationError: failed to validate logger args: log group does not exist\n");
        assertEquals("text", in.kind());
        assertTrue(in.captures().get(0).text().startsWith("[ERROR]"));
    }

    @Test
    void outputFollowedByProseKeepsBoth() {
        ParsedInput in = parse("{\"logGroups\": []}\nthe group is not there, why?\n");
        assertEquals(2, in.captures().size());
        assertNotNull(in.captures().get(0).output());
        assertEquals("the group is not there, why?", in.captures().get(1).text());
    }

    @Test
    void truncatedJsonIsStillAnErrorWithItsPosition() {
        InputException e = assertThrows(InputException.class, () -> parse("{\"tasks\": [\n  {\"taskArn\": \"arn:aws:ecs:us-east-1:1:task/c/1\""));
        assertTrue(e.getMessage().startsWith("paste:2:"), e.getMessage());
        assertTrue(!e.getMessage().contains("[Source"), e.getMessage());
    }

    @Test
    void aContinuedCommandLineIsOneCommandForTheOutputBelowIt() {
        String paste = "$ aws elbv2 describe-target-health \\\n    --target-group-arn arn:aws:elasticloadbalancing:us-east-1:1:targetgroup/tg/abc \\\n    --region us-east-1\n"
                + "{\"TargetHealthDescriptions\": []}\n";
        List<Capture> captures = parse(paste).captures();
        assertEquals(1, captures.size(), captures.toString());
        AwsCall cmd = AwsCall.parse(captures.get(0).command());
        assertEquals("arn:aws:elasticloadbalancing:us-east-1:1:targetgroup/tg/abc", cmd.first("--target-group-arn"));
        assertEquals("us-east-1", cmd.first("--region"));
    }

    @Test
    void aCommandWhoseOutputIsTextStaysInThatText() {
        // --output text, or an error printed instead of JSON: the command line was dropped, and the names typed on it with it
        String paste = "$ aws ecs describe-services --cluster prod --services web --output text\n"
                + "EVENTS\t2026-12-01T10:01:00+09:00\te1\t(service web) (port 8080) is unhealthy in (target-group web-tg)\n"
                + "\n$ aws ecs list-tasks --cluster prod\n{\"taskArns\": []}\n$ aws ecs update-service --cluster prod --service web\n";
        List<Capture> captures = parse(paste).captures();
        assertEquals(2, captures.size(), captures.toString());
        assertTrue(captures.get(0).text().startsWith("$ aws ecs describe-services --cluster prod --services web --output text\nEVENTS"),
                captures.get(0).text());
        assertNull(captures.get(0).command());
        assertEquals("aws ecs list-tasks --cluster prod", captures.get(1).command(), "a last command with nothing after it is no capture");
        assertTrue(parse("$ aws ecs list-tasks --cluster prod\n").captures().isEmpty(), "a command alone is nothing usable");
        // a line between a command and its JSON (a CLI warning) leaves the command the document's, as it always was
        List<Capture> warned = parse("$ aws logs get-log-events --log-group-name /ecs/web --log-stream-name ecs/app/1\n"
                + "Note: AWS CLI version 2 is available\n{\"events\": [], \"nextForwardToken\": \"f/1\"}\n").captures();
        assertEquals("aws logs get-log-events --log-group-name /ecs/web --log-stream-name ecs/app/1", warned.get(1).command(),
                warned.toString());
    }

    @Test
    void globalOptionsBeforeTheServiceAreOptions() {
        AwsCall cmd = AwsCall.parse("aws --region us-east-1 --output json ecs describe-tasks --cluster c");
        assertEquals("ecs", cmd.service());
        assertEquals("describe-tasks", cmd.operation());
        assertEquals("us-east-1", cmd.first("--region"));
        assertEquals("c", cmd.first("--cluster"));
    }

    @Test
    void backslashInDoubleQuotesEscapesOnlyShellSpecials() {
        AwsCall cmd = AwsCall.parse("aws logs filter-log-events --filter-pattern \"a\\d \\\"q\\\"\"");
        assertEquals("a\\d \"q\"", cmd.first("--filter-pattern"));
    }

    @Test
    void aNullOutputInAFixtureIsAbsent() {
        ParsedInput in = parse("{\"ecsTriageFixture\": 1, \"captures\": [{\"output\": null, \"text\": \"boom\"}]}");
        assertNull(in.captures().get(0).output());
    }

    @Test
    void anArrayOfPlainRecordsStaysOneDocument() {
        ParsedInput in = parse("[{\"id\": \"1\", \"message\": \"(service web) has reached a steady state.\"}, {\"id\": \"2\", \"message\": \"x\"}]");
        assertEquals(1, in.captures().size());
    }

    @Test
    void theEventsAndReasonsAQueryPrintsAreReadAsTexts() {
        String paste = "$ aws ecs describe-services --cluster prod --services api --query 'services[0].events[:2]'\n"
                + "[{\"id\": \"1\", \"createdAt\": \"2026-12-01T10:04:00+00:00\","
                + " \"message\": \"(service api) (deployment ecs-svc/1234567890123456789) deployment failed: tasks failed to start.\"},"
                + " {\"id\": \"2\", \"createdAt\": \"2026-12-01T10:03:00+00:00\", \"message\": \"(service api) has started 1 tasks.\"}]\n"
                + "$ aws ecs describe-tasks --cluster prod --tasks t1 --query 'tasks[].stoppedReason'\n"
                + "[\"CannotPullContainerError: pull image manifest has been retried 5 time(s): failed to resolve ref"
                + " 111122223333.dkr.ecr.us-east-1.amazonaws.com/api:v2.3.1: not found\"]\n";
        io.ecstriage.report.Report r = io.ecstriage.TestDiagnosis.diagnose("paste", paste);

        assertTrue(r.ignoredInputs().isEmpty(), r.ignoredInputs()::toString);
        assertEquals("ImageNotFound", r.findings().get(0).ruleId(), io.ecstriage.TestDiagnosis.summary(r));
        assertTrue(r.findings().get(0).explains().stream().anyMatch(e -> e.summary().contains("deployment failed")),
                "the confirmed cause is a candidate of the breaker's event, which folds under it: " + r.findings().get(0).explains());
        assertTrue(r.unexplainedFailures().isEmpty() && r.hypotheses().isEmpty(), io.ecstriage.TestDiagnosis.summary(r));
        assertTrue(r.unexplainedSymptoms().stream().noneMatch(e -> e.summary().contains("has started 1 tasks")),
                "a service's ordinary progress is no symptom: " + r.unexplainedSymptoms());
        io.ecstriage.report.Report other = io.ecstriage.TestDiagnosis.diagnose("paste", "[{\"id\": 1}, \"text\"]");
        assertEquals(1, other.ignoredInputs().size(), "an array of anything else is still set aside, saying so");
    }
}
