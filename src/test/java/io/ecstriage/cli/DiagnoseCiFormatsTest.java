package io.ecstriage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ecstriage.TestDiagnosis;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `diagnose --format sarif|junit [--template PATH]`, as a CI job runs it. */
class DiagnoseCiFormatsTest {
    private static final Cli.Session PIPE = new Cli.Session(Cli.PIPE);
    private static final Path PROJECT = TestDiagnosis.projectDir();
    private static final String SCENARIO = PROJECT.resolve("fixtures/scenarios/seed000-ecr-region-mismatch/snapshot.json").toString();
    private static final String TEMPLATE = PROJECT.resolve("src/test/resources/templates/task-management-api.yaml").toString();

    @TempDir
    Path dir;

    @Test
    void sarifWithATemplatePointsAtItsLinesAndExitsOneOnProblems() throws IOException {
        Cli.Result r = PIPE.run("diagnose", "--fixture", SCENARIO, "--format", "sarif", "--template", TEMPLATE);

        assertEquals(ExitCodes.PROBLEMS_FOUND, r.exit(), r::toString);
        JsonNode sarif = new ObjectMapper().readTree(r.out());
        JsonNode location = sarif.at("/runs/0/results/0/locations/0/physicalLocation");
        String expectedUri = Path.of(System.getProperty("user.dir")).toAbsolutePath().relativize(Path.of(TEMPLATE)).toString();
        assertEquals(expectedUri, location.at("/artifactLocation/uri").asText());
        assertEquals(30, location.at("/region/startLine").asInt());
    }

    @Test
    void junitIsXmlOnStdout() {
        Cli.Result r = PIPE.run("diagnose", "--fixture", SCENARIO, "--format", "junit");

        assertEquals(ExitCodes.PROBLEMS_FOUND, r.exit(), r::toString);
        assertTrue(r.out().startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"ecs-triage\""), r.out());
    }

    @Test
    void anUnreadableTemplateIsBadInputInOneLine() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.yaml"), "Resources:\n  A: [\n");

        Cli.Result r = PIPE.run("diagnose", "--fixture", SCENARIO, "--format", "sarif", "--template", broken.toString());

        assertEquals(ExitCodes.BAD_INPUT, r.exit(), r::toString);
        assertEquals(1, r.errLines().size(), r::toString);
        assertTrue(r.err().startsWith("ecs-triage: " + broken + ": line "), r.err());
        assertEquals("", r.out());
    }
}
