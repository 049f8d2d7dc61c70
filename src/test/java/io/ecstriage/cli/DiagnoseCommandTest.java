package io.ecstriage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ecstriage.Samples;
import io.ecstriage.report.JsonRenderer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiagnoseCommandTest {
    private static final String ESC = "\u001B";
    private static final String FIX = "aws logs create-log-group --log-group-name /ecs/web --region eu-west-1";

    /** One App for the class: the rule base loads once (a static is acceptable in tests only). */
    private static final Cli.Session PIPE = new Cli.Session(Cli.PIPE);

    @TempDir
    static Path dir;

    private static Path problem;
    private static Path healthy;
    private static Path pasted;

    @BeforeAll
    static void inputs() throws IOException {
        problem = Files.writeString(dir.resolve("problem.json"), Samples.logGroupMissing());
        healthy = Files.writeString(dir.resolve("healthy.json"), Samples.healthy());
        pasted = Files.writeString(dir.resolve("pasted.txt"), "Stopped | " + Samples.LOG_GROUP_REASON + "\n");
    }

    private static Cli.Result diagnose(Path input, String... more) {
        List<String> args = new ArrayList<>(List.of("diagnose", "--fixture", input.toString()));
        args.addAll(List.of(more));
        return PIPE.run(args.toArray(String[]::new));
    }

    private static JsonNode json(Cli.Result r) throws IOException {
        return new ObjectMapper().readTree(r.out());
    }

    // --- exit codes ---

    @Test
    void aHighFindingExitsOne() {
        Cli.Result r = diagnose(problem);

        assertEquals(ExitCodes.PROBLEMS_FOUND, r.exit(), r::toString);
        assertEquals("", r.err());
    }

    @Test
    void aHealthyInputExitsZero() {
        Cli.Result r = diagnose(healthy);

        assertEquals(ExitCodes.OK, r.exit(), r::toString);
        assertTrue(r.out().startsWith("ecs-triage: no known failure pattern matched in " + healthy + " (region eu-west-1)"), r::toString);
        assertEquals("", r.err());
    }

    // --- text ---

    @Test
    void textIsTheDefaultFormat() {
        Cli.Result r = diagnose(problem);

        List<String> lines = r.out().lines().toList();
        assertEquals("ecs-triage: 1 root cause in " + problem + " (region eu-west-1)", lines.get(0));
        assertTrue(lines.contains("#1 LogGroupMissing  HIGH  confidence 0.75"), r::toString);
        assertTrue(lines.contains("   Evidence:"), r::toString);
        assertTrue(lines.contains("   Fix:"), r::toString);
        assertTrue(lines.contains("     " + FIX), r::toString);
        assertTrue(lines.contains("   Docs: rules/logging/LogGroupMissing/README.md"), r::toString);
    }

    @Test
    void textNamesWhatWouldSettleAnUncertainFinding() {
        Cli.Result r = diagnose(pasted);

        assertEquals(ExitCodes.PROBLEMS_FOUND, r.exit(), r::toString);
        assertTrue(r.out().contains("#1 LogGroupMissing  HIGH  confidence 0.60"), r::toString);
        assertTrue(r.out().contains("   Would settle it: aws logs describe-log-groups"), r::toString);
        assertTrue(r.out().contains("[IAM logs:DescribeLogGroups]"), r::toString);
    }

    // --- json ---

    @Test
    void jsonReportHasTheDocumentedFields() throws IOException {
        Cli.Result r = diagnose(problem, "--format", "json");

        assertEquals(ExitCodes.PROBLEMS_FOUND, r.exit(), r::toString);
        JsonNode root = json(r);
        assertEquals(JsonRenderer.SCHEMA_VERSION, root.path("schemaVersion").asInt());
        assertEquals(problem.toString(), root.path("input").asText());
        assertEquals("eu-west-1", root.path("region").asText());
        assertTrue(root.path("problemsFound").asBoolean());
        assertTrue(root.path("unexplainedSymptoms").isArray());
        assertTrue(root.path("ignoredInputs").isArray());
        assertTrue(root.path("missingEvidence").isArray());

        JsonNode findings = root.path("findings");
        assertEquals(1, findings.size());
        JsonNode f = findings.get(0);
        assertEquals("LogGroupMissing", f.path("ruleId").asText());
        assertEquals(1, f.path("rank").asInt());
        assertTrue(f.path("confidence").isNumber());
        assertEquals(0.75, f.path("confidence").asDouble(), 1e-9);
        assertEquals("HIGH", f.path("severity").asText());
        assertEquals("logging", f.path("category").asText());
        assertFalse(f.path("title").asText().isBlank());
        assertEquals(List.of(Samples.taskDefinitionArn("eu-west-1", "web", 3), "/ecs/web"), strings(f.path("resources")));
        assertEquals(2, f.path("evidence").size());
        for (JsonNode e : f.path("evidence")) {
            assertFalse(e.path("source").asText().isBlank(), e.toString());
            assertFalse(e.path("text").asText().isBlank(), e.toString());
        }
        assertEquals(List.of(FIX), strings(f.path("fix").path("commands")));
        assertTrue(f.path("fix").path("notes").isArray());
        assertTrue(f.path("fix").path("templateResources").isArray());
        assertTrue(f.path("explains").isArray());
        assertTrue(f.path("missingEvidence").isArray());
        assertEquals("rules/logging/LogGroupMissing/README.md", f.path("docs").asText());
    }

    @Test
    void jsonListsExplainedSymptomsAndMissingEvidence() throws IOException {
        JsonNode root = json(diagnose(pasted, "--format", "json"));

        JsonNode f = root.path("findings").get(0);
        assertEquals(1, f.path("explains").size());
        JsonNode symptom = f.path("explains").get(0);
        assertEquals("pasted-error", symptom.path("kind").asText());
        assertTrue(symptom.path("id").asText().startsWith("text:"), symptom.toString());
        assertTrue(symptom.path("at").isNull());
        assertEquals(0, root.path("unexplainedSymptoms").size(), "the only symptom is explained");

        assertEquals(2, f.path("missingEvidence").size());
        for (JsonNode m : f.path("missingEvidence")) {
            assertTrue(m.path("command").asText().startsWith("aws "), m.toString());
            assertFalse(m.path("iamAction").asText().isBlank(), m.toString());
            assertFalse(m.path("why").asText().isBlank(), m.toString());
        }
        assertEquals(f.path("missingEvidence"), root.path("missingEvidence"), "the report gathers the findings' missing evidence");
    }

    @Test
    void jsonOfAHealthyInput() throws IOException {
        Cli.Result r = diagnose(healthy, "--format", "json");

        assertEquals(ExitCodes.OK, r.exit());
        JsonNode root = json(r);
        assertFalse(root.path("problemsFound").asBoolean());
        assertEquals(0, root.path("findings").size());
        assertTrue(root.path("findings").isArray());
    }

    @Test
    void jsonListsIgnoredInputsWithTheirKeys() throws IOException {
        Path mixed = Files.writeString(dir.resolve("mixed.json"),
                Samples.logGroups("eu-west-1", "/ecs/web") + "\n{\"Role\": {\"RoleName\": \"r\"}}\n");

        Cli.Result r = diagnose(mixed, "--format", "json");

        JsonNode ignored = json(r).path("ignoredInputs");
        assertEquals(1, ignored.size());
        assertEquals(mixed + " #2", ignored.get(0).path("source").asText());
        assertEquals("unrecognised output shape", ignored.get(0).path("reason").asText());
        assertEquals(List.of("Role"), strings(ignored.get(0).path("keys")));
        assertEquals(List.of("warning: ignored " + mixed + " #2: unrecognised output shape (keys: Role)"), r.errLines());
    }

    @Test
    void formatNamesAreCaseInsensitive() throws IOException {
        Cli.Result r = diagnose(problem, "--format", "JSON");

        assertEquals("LogGroupMissing", json(r).path("findings").get(0).path("ruleId").asText());
    }

    // --- markdown ---

    @Test
    void markdownReport() {
        Cli.Result r = diagnose(problem, "--format", "markdown");

        assertEquals(ExitCodes.PROBLEMS_FOUND, r.exit());
        List<String> lines = r.out().lines().toList();
        assertEquals("## ecs-triage: 1 root cause(s)", lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("### 1. LogGroupMissing — ") && l.endsWith("(HIGH, confidence 0.75)")), r::toString);
        int fence = lines.indexOf("```sh");
        assertTrue(fence > 0, r::toString);
        assertEquals(FIX, lines.get(fence + 1));
        assertEquals("```", lines.get(fence + 2));
        assertTrue(lines.contains("- Docs: [LogGroupMissing](rules/logging/LogGroupMissing/README.md)"), r::toString);
        assertFalse(r.out().contains(ESC));
    }

    @Test
    void markdownOfAHealthyInput() {
        assertTrue(diagnose(healthy, "--format", "markdown").out().startsWith("## ecs-triage: no known failure pattern matched"));
    }

    // --- region ---

    @Test
    void regionOptionAppliesToCapturesThatNameNone() throws IOException {
        Path raw = Files.writeString(dir.resolve("raw.json"), "{\"Subnets\": [{\"SubnetId\": \"subnet-1\"}]}");

        JsonNode withRegion = json(diagnose(raw, "--format", "json", "--region", "ap-southeast-2"));
        JsonNode without = json(diagnose(raw, "--format", "json"));

        assertEquals("ap-southeast-2", withRegion.path("region").asText());
        assertTrue(without.path("region").isNull(), without.toString());
    }

    // --- colour ---

    @Test
    void noColourWhenNotATerminal() {
        Cli.Result r = diagnose(problem);

        assertFalse(r.out().contains(ESC), r::toString);
    }

    @Test
    void colourAlwaysColoursEvenWhenNotATerminal() {
        Cli.Result r = diagnose(problem, "--color", "always");

        assertTrue(r.out().contains(ESC + "[31mHIGH" + ESC + "[0m"), r::toString);
        assertTrue(r.out().contains(ESC + "[1m#1" + ESC + "[0m"), r::toString);
    }

    @Test
    void colourNeverAndJsonNeverColour() {
        assertFalse(diagnose(problem, "--color", "never").out().contains(ESC));
        assertFalse(diagnose(problem, "--color", "always", "--format", "json").out().contains(ESC));
    }

    @Test
    void colourOnATerminalUnlessNoColourIsSet() {
        Cli.Result tty = Cli.run(new Terminal(true, Map.of("TERM", "xterm-256color")), InputStream.nullInputStream(),
                "diagnose", "--fixture", problem.toString());
        Cli.Result noColor = Cli.run(new Terminal(true, Map.of("TERM", "xterm-256color", "NO_COLOR", "1")), InputStream.nullInputStream(),
                "diagnose", "--fixture", problem.toString());

        assertTrue(tty.out().contains(ESC), tty::toString);
        assertFalse(noColor.out().contains(ESC), noColor::toString);
        assertEquals(tty.out().replaceAll(ESC + "\\[[0-9;]*m", ""), noColor.out(), "colour is the only difference");
    }

    @Test
    void terminalDecidesColourForAuto() {
        assertTrue(new Terminal(true, Map.of()).colour("auto"));
        assertFalse(new Terminal(false, Map.of()).colour("auto"));
        assertFalse(new Terminal(true, Map.of("NO_COLOR", "1")).colour("auto"));
        assertTrue(new Terminal(true, Map.of("NO_COLOR", "")).colour("auto"), "only a non-empty NO_COLOR disables colour");
        assertFalse(new Terminal(true, Map.of("TERM", "dumb")).colour("auto"));
        assertTrue(new Terminal(false, Map.of("NO_COLOR", "1")).colour("always"));
        assertFalse(new Terminal(true, Map.of()).colour("never"));
    }

    // --- stdin ---

    @Test
    void pastedTextOnStdin() {
        Cli.Result r = Cli.runWithStdin("Stopped | " + Samples.LOG_GROUP_REASON, "diagnose", "--fixture", "-");

        assertEquals(ExitCodes.PROBLEMS_FOUND, r.exit(), r::toString);
        assertTrue(r.out().contains("in stdin"), r::toString);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
