package io.ecstriage.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecstriage.Samples;
import io.ecstriage.TestDiagnosis;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import io.ecstriage.json.JsonTrees;

class InputParserTest {
    private final InputParser parser = new InputParser(new JsonTrees());

    private ParsedInput parse(String text) {
        return parser.parse(new RawInput("in.json", text));
    }

    private static RawInput load(String repoPath) {
        Path p = TestDiagnosis.projectDir().resolve(repoPath);
        return new InputLoader(InputLoader.DEFAULT_MAX_BYTES).load(p.toString(), InputStream.nullInputStream());
    }

    @Test
    void jsonIsAnOpeningBracketAndAJsonValueAfterAnyWhitespace() {
        for (String json : List.of("{", "{}", "{ }", "{\n  \"ecsTriageFixture\": 1", "[", "[ ]", "[\n {", "[[", "[\"a\"", "[-1",
                "[0", "[ true", "[false", "[null", "{\t\"a\"")) {
            assertTrue(InputParser.looksLikeJson(json), json);
        }
        for (String text : List.of("", "x", "{name}", "{ name", "[ERROR] log group does not exist", "[INFO]", "[ tru", "[ nul",
                "[]x".substring(2), "\"quoted\"")) {
            assertFalse(InputParser.looksLikeJson(text), text);
        }
    }

    // --- fixtures ---

    @Test
    void recognisesAFixtureAndKeepsItsMetadata() {
        String json = Samples.fixture("why this fixture exists", "eu-west-1")
                .output("aws logs describe-log-groups --region eu-west-1", "eu-west-1", Samples.logGroups("eu-west-1"))
                .text("aws elbv2 create-load-balancer --name alb", "An error occurred (InvalidConfigurationRequest)")
                .json();

        ParsedInput in = parse(json);

        assertEquals("fixture", in.kind());
        assertEquals("in.json", in.name());
        assertEquals("why this fixture exists", in.description());
        assertEquals("eu-west-1", in.region());
        assertEquals(Instant.parse("2026-11-22T01:15:00Z"), in.capturedAt());
        assertEquals(2, in.captures().size());

        Capture first = in.captures().get(0);
        assertEquals("in.json capture 1", first.source());
        assertEquals("aws logs describe-log-groups --region eu-west-1", first.command());
        assertEquals("eu-west-1", first.region());
        assertTrue(first.output().has("logGroups"));
        assertNull(first.text());

        Capture second = in.captures().get(1);
        assertEquals("in.json capture 2", second.source());
        assertEquals("aws elbv2 create-load-balancer --name alb", second.command());
        assertNull(second.region());
        assertNull(second.output());
        assertEquals("An error occurred (InvalidConfigurationRequest)", second.text());
    }

    @Test
    void fixtureWithoutOptionalMetadata() {
        ParsedInput in = parse("{\"ecsTriageFixture\": 1, \"captures\": [{\"output\": {\"logGroups\": []}}]}");

        assertEquals("fixture", in.kind());
        assertNull(in.description());
        assertNull(in.region());
        assertNull(in.capturedAt());
        assertNull(in.captures().get(0).command());
    }

    @Test
    void fixtureCaptureThatIsNotAnObjectIsKeptForTheSnapshotToReport() {
        ParsedInput in = parse("{\"ecsTriageFixture\": 1, \"captures\": [\"just a string\"]}");

        assertEquals(1, in.captures().size());
        assertTrue(in.captures().get(0).output().isTextual());
    }

    @Test
    void fixtureOfAnotherVersionIsRefused() {
        InputException e = assertThrows(InputException.class,
                () -> parse("{\"ecsTriageFixture\": 2, \"captures\": []}"));

        assertEquals("in.json: fixture version 2 is not supported (this build reads version 1)", e.getMessage());
    }

    @Test
    void fixtureVersionMustBeANumber() {
        InputException e = assertThrows(InputException.class,
                () -> parse("{\"ecsTriageFixture\": \"one\", \"captures\": []}"));

        assertTrue(e.getMessage().contains("fixture version"), e.getMessage());
    }

    @Test
    void fixtureWithoutCapturesIsRefused() {
        InputException e = assertThrows(InputException.class, () -> parse("{\"ecsTriageFixture\": 1}"));

        assertEquals("in.json: fixture has no \"captures\" array", e.getMessage());
    }

    @Test
    void capturedAtIsReadFromTheFixtureRoot() {
        assertEquals(Instant.parse("2026-11-22T01:15:00Z"),
                parse("{\"ecsTriageFixture\": 1, \"capturedAt\": \"2026-11-22T10:15:00+09:00\", \"captures\": []}").capturedAt());
    }

    // --- raw aws output ---

    @Test
    void rawSingleOutput() {
        ParsedInput in = parse("{\n  \"logGroups\": []\n}\n");

        assertEquals("aws-json", in.kind());
        assertNull(in.description());
        assertNull(in.region());
        assertEquals(1, in.captures().size());
        Capture c = in.captures().get(0);
        assertEquals("in.json #1", c.source());
        assertNull(c.command());
        assertTrue(c.output().has("logGroups"));
    }

    @Test
    void severalOutputsConcatenated() {
        ParsedInput in = parse("{\"logGroups\": []}\n{\"tasks\": [], \"failures\": []}{\"Subnets\": []}");

        assertEquals("aws-json", in.kind());
        assertEquals(List.of("in.json #1", "in.json #2", "in.json #3"), in.captures().stream().map(Capture::source).toList());
        assertTrue(in.captures().get(0).output().has("logGroups"));
        assertTrue(in.captures().get(1).output().has("tasks"));
        assertTrue(in.captures().get(2).output().has("Subnets"));
    }

    @Test
    void concatenatedOutputsFromTheRepository() {
        ParsedInput in = parser.parse(load("fixtures/pasted/describe-tasks-and-log-groups.json"));

        assertEquals("aws-json", in.kind());
        assertEquals(2, in.captures().size());
        assertTrue(in.captures().get(0).output().has("tasks"));
        assertTrue(in.captures().get(1).output().has("logGroups"));
    }

    @Test
    void anArrayOfOutputsIsSplit() {
        ParsedInput in = parser.parse(load("fixtures/pasted/array-of-outputs.json"));

        assertEquals("aws-json", in.kind());
        assertEquals(3, in.captures().size());
        assertTrue(in.captures().get(0).output().has("TargetHealthDescriptions"));
        assertTrue(in.captures().get(1).output().has("TargetGroups"));
        assertTrue(in.captures().get(2).output().has("SecurityGroups"));
        assertTrue(in.captures().get(2).source().endsWith(" #3"), in.captures().get(2).source());
    }

    @Test
    void anArrayOfScalarsIsOneOutput() {
        ParsedInput in = parse("[\"subnet-1\", \"subnet-2\"]");

        assertEquals(1, in.captures().size());
        assertTrue(in.captures().get(0).output().isArray());
    }

    @Test
    void anEmptyArrayIsOneOutput() {
        ParsedInput in = parse("  []  ");

        assertEquals(1, in.captures().size());
        assertTrue(in.captures().get(0).output().isEmpty());
    }

    @Test
    void aRawOutputAfterAFixtureIsRefusedAtItsOffset() {
        InputException e = assertThrows(InputException.class,
                () -> parse("{\"ecsTriageFixture\": 1, \"captures\": []}\n{\"logGroups\": []}"));

        assertTrue(e.getMessage().startsWith("in.json:2:1: unexpected content after fixture 1"), e.getMessage());
        assertTrue(e.getMessage().contains("at offset 40: '{\"logGroups\": []}'"), e.getMessage());
    }

    @Test
    void concatenatedFixturesKeepEachOnesRegion() {
        ParsedInput in = parse("{\"ecsTriageFixture\": 1, \"region\": \"eu-west-1\", \"captures\": [{\"text\": \"a\"}]}"
                + "{\"ecsTriageFixture\": 1, \"region\": \"us-east-1\", \"captures\": [{\"text\": \"b\"}, {\"region\": \"ap-south-1\", \"text\": \"c\"}]}");

        assertEquals("fixture", in.kind());
        assertEquals("eu-west-1", in.region());
        assertEquals(java.util.Arrays.asList("eu-west-1", "us-east-1", "ap-south-1"),
                in.captures().stream().map(c -> c.region()).toList());
        assertEquals("in.json fixture 2 capture 1", in.captures().get(1).source());
    }

    @Test
    void malformedJsonNamesLineAndColumn() {
        InputException e = assertThrows(InputException.class,
                () -> parse("{\n  \"logGroups\": [\n    {\"logGroupName\": \"/ecs/web\",,}\n  ]\n}"));

        assertTrue(e.getMessage().startsWith("in.json:3:"), e.getMessage());
        assertTrue(e.getMessage().contains("malformed JSON: "), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
    }

    @Test
    void truncatedJsonNamesWhereItEnds() {
        InputException e = assertThrows(InputException.class, () -> parse("{\"tasks\": [\n  {\"taskArn\": \"arn:aws:ecs:eu-w"));

        assertTrue(e.getMessage().matches("in\\.json:2:\\d+: malformed JSON: .*"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
    }

    @Test
    void longParserMessagesAreShortened() {
        assertEquals("a", InputParser.firstLine("a\nb"));
        assertEquals("unreadable", InputParser.firstLine(null));
        String shortened = InputParser.firstLine("x".repeat(500));
        assertEquals(160, shortened.length());
        assertTrue(shortened.endsWith("..."));
    }

    // --- pasted text ---

    @Test
    void pastedTextIsOneTextCapture() {
        ParsedInput in = parser.parse(load("fixtures/pasted/status-reason.txt"));

        assertEquals("text", in.kind());
        assertEquals(1, in.captures().size());
        Capture c = in.captures().get(0);
        assertNull(c.output());
        assertNull(c.command());
        assertTrue(c.text().startsWith("Status reason | CannotPullContainerError"), c.text());
        assertFalse(c.text().endsWith("\n"), "text is stripped");
    }

    @Test
    void blankLinesSeparateParagraphs() {
        ParsedInput in = parse("first error line\nstill the first\n\n\nsecond error\n");

        assertEquals(List.of("first error line\nstill the first", "second error"),
                in.captures().stream().map(Capture::text).toList());
        assertEquals(List.of("in.json #1", "in.json #2"), in.captures().stream().map(Capture::source).toList());
    }

    @Test
    void awsCommandLineFollowedByJsonBecomesThatOutputsCommand() {
        String text = """
                I ran this and the target is unhealthy:
                $ aws elbv2 describe-target-health --target-group-arn arn:aws:elasticloadbalancing:us-east-1:111122223333:targetgroup/web-tg/abc --region us-east-1
                {
                    "TargetHealthDescriptions": [
                        {"Target": {"Id": "10.0.1.5", "Port": 8080}, "TargetHealth": {"State": "unhealthy", "Reason": "Target.Timeout"}}
                    ]
                }
                what is wrong?
                """;

        ParsedInput in = parse(text);

        assertEquals("text", in.kind());
        assertEquals(3, in.captures().size());
        assertEquals("I ran this and the target is unhealthy:", in.captures().get(0).text());
        Capture json = in.captures().get(1);
        assertEquals("aws elbv2 describe-target-health --target-group-arn arn:aws:elasticloadbalancing:us-east-1:111122223333:targetgroup/web-tg/abc --region us-east-1",
                json.command(), "the prompt is not part of the command");
        assertTrue(json.output().has("TargetHealthDescriptions"));
        assertNull(json.text());
        assertEquals("what is wrong?", in.captures().get(2).text());
        assertNull(in.captures().get(2).command());
    }

    @Test
    void promptsOfOtherShellsAreStripped() {
        assertEquals("aws ecs list-tasks", MixedTextSplitter.awsCommand("user@host:~$ aws ecs list-tasks"));
        assertEquals("aws ecs list-tasks", MixedTextSplitter.awsCommand("PS> aws ecs list-tasks"));
        assertEquals("aws ecs list-tasks", MixedTextSplitter.awsCommand("# aws ecs list-tasks"));
        assertEquals("aws ecs list-tasks", MixedTextSplitter.awsCommand("aws ecs list-tasks"));
        assertNull(MixedTextSplitter.awsCommand("the aws console says"));
        assertNull(MixedTextSplitter.awsCommand("awsome"));
    }

    @Test
    void jsonWithoutACommandInText() {
        ParsedInput in = parse("here is the output\n{\"logGroups\": []}\n");

        assertEquals(2, in.captures().size());
        assertNull(in.captures().get(1).command());
        assertTrue(in.captures().get(1).output().has("logGroups"));
    }

    @Test
    void aCommandIsUsedOnlyForTheDocumentRightAfterIt() {
        ParsedInput in = parse("$ aws logs describe-log-groups --region eu-west-1\n{\"logGroups\": []}\n{\"Subnets\": []}\n");

        assertEquals(2, in.captures().size());
        assertEquals("aws logs describe-log-groups --region eu-west-1", in.captures().get(0).command());
        assertNull(in.captures().get(1).command());
    }

    @Test
    void aBraceThatIsNotJsonStaysText() {
        ParsedInput in = parse("Error: expected\n{ not json at all\nafter it\n");

        assertEquals(1, in.captures().size());
        assertEquals("Error: expected\n{ not json at all\nafter it", in.captures().get(0).text());
    }

    @Test
    void textAfterJsonOnTheSameLineIsDropped() {
        ParsedInput in = parse("output:\n{\"logGroups\": []}   (that was all)\nnext\n");

        assertEquals(3, in.captures().size());
        assertTrue(in.captures().get(1).output().has("logGroups"));
        assertEquals("next", in.captures().get(2).text());
    }
}
