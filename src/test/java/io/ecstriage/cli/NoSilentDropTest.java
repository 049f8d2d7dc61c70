package io.ecstriage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ecstriage.TestDiagnosis;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs that used to vanish: trailing content, concatenated fixtures, nothing readable, a report that cannot be written. */
class NoSilentDropTest {
    private static final Path OOM = TestDiagnosis.projectDir().resolve("fixtures/scenarios/seed001-oom/snapshot.json");
    private static final Path HEALTHY = TestDiagnosis.projectDir().resolve("fixtures/scenarios/healthy-service/snapshot.json");

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    private static void assertOneLine(Cli.Result r, int exit, String... fragments) {
        assertEquals(exit, r.exit(), r::toString);
        assertEquals("", r.out(), () -> "nothing on stdout:\n" + r);
        assertEquals(1, r.errLines().size(), () -> "one line on stderr:\n" + r);
        for (String f : fragments) assertTrue(r.err().contains(f), () -> "expected '" + f + "' in:\n" + r);
    }

    @Test
    void junkAfterAFixtureIsRefusedAtItsOffset() throws IOException {
        String fixture = Files.readString(OOM);
        Path p = write("junk.json", fixture + "\n  oops, trailing text\n");
        int offset = fixture.length() + 3;
        long line = fixture.lines().count() + 2;

        Cli.Result r = Cli.run("diagnose", "--fixture", p.toString());

        assertOneLine(r, ExitCodes.BAD_INPUT, p + ":" + line + ":3: unexpected content after the fixture at offset " + offset,
                "'oops, trailing text'");
    }

    @Test
    void aRawOutputAfterAFixtureIsRefusedToo() throws IOException {
        String fixture = Files.readString(OOM);
        Path p = write("mixed.json", fixture + "{\"services\": []}\n");

        Cli.Result r = Cli.run("diagnose", "--fixture", p.toString());

        assertOneLine(r, ExitCodes.BAD_INPUT, "at offset " + fixture.length(), "after fixture 1");
    }

    @Test
    void concatenatedFixturesAreAllRead() throws IOException {
        Path p = write("both.json", Files.readString(HEALTHY) + Files.readString(OOM));

        Cli.Result both = Cli.run("diagnose", "--fixture", p.toString(), "--format", "json");
        Cli.Result oomAlone = Cli.run("diagnose", "--fixture", OOM.toString(), "--format", "json");

        assertEquals(ExitCodes.PROBLEMS_FOUND, both.exit(), both::toString);
        assertEquals(ruleIds(oomAlone), ruleIds(both), "the second fixture's incident is diagnosed, not dropped");
        JsonNode report = json(both);
        assertEquals(0, report.path("ignoredInputs").size(), both::toString);
    }

    @Test
    void anInputOfWhichNothingIsReadIsBadInputNotHealthy() throws IOException {
        Path p = write("unknown.json", "{\"Role\": {\"RoleName\": \"x\"}}\n{\"Things\": []}\n");

        Cli.Result r = Cli.run("diagnose", "--fixture", p.toString());

        assertOneLine(r, ExitCodes.BAD_INPUT, p + ": nothing usable: all 2 input(s) ignored", "unrecognised output shape");
        assertFalse(r.err().contains("no known failure pattern"), r::toString);
    }

    @Test
    void aFixtureWithoutCapturesIsNothingUsable() throws IOException {
        Path p = write("none.json", "{\"ecsTriageFixture\": 1, \"captures\": []}");

        assertOneLine(Cli.run("diagnose", "--fixture", p.toString()), ExitCodes.BAD_INPUT, "nothing usable: the input holds no captures");
    }

    @Test
    void aFullStdoutEndsWithOneLineAndItsOwnExitCode() {
        StringWriter err = new StringWriter();
        OutputStream full = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        };

        int exit = Main.run(new String[] {"diagnose", "--fixture", OOM.toString()}, full, new PrintWriter(err, true),
                new ByteArrayInputStream(new byte[0]), Cli.PIPE);

        assertEquals(ExitCodes.OUTPUT_FAILED, exit, err::toString);
        assertEquals(List.of("ecs-triage: cannot write to standard output (No space left on device); the report is lost"),
                err.toString().lines().toList());
    }

    @Test
    void aWorkingStdoutKeepsTheCommandsExitCode() {
        StringWriter err = new StringWriter();
        var out = new java.io.ByteArrayOutputStream();

        int exit = Main.run(new String[] {"diagnose", "--fixture", OOM.toString()}, out, new PrintWriter(err, true),
                new ByteArrayInputStream(new byte[0]), Cli.PIPE);

        assertEquals(ExitCodes.PROBLEMS_FOUND, exit, err::toString);
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("ecs-triage: 2 root causes"), out::toString);
    }

    @Test
    void closedStdinIsRefusedByDiagnoseAndDoctor() {
        var closed = new StandardInput.Closed();

        assertOneLine(Cli.run(Cli.PIPE, closed, "diagnose", "--fixture", "-"), ExitCodes.BAD_INPUT, "standard input is closed");
        assertOneLine(Cli.run(Cli.PIPE, closed, "doctor"), ExitCodes.BAD_INPUT, "standard input is closed");
    }

    @Test
    void descriptorZeroOnTheJdksOwnFilesIsClosedStdin() {
        Path home = Path.of("/opt/jdk-17");
        assertTrue(StandardInput.ownedByJvm(Path.of("/opt/jdk-17/lib/modules"), home));
        assertTrue(StandardInput.ownedByJvm(Path.of("/work/p/target/ecs-triage.jsa"), home));
        assertFalse(StandardInput.ownedByJvm(Path.of("/home/me/fixture.json"), home));
        assertFalse(StandardInput.ownedByJvm(Path.of("pipe:[12345]"), home));
        assertFalse(StandardInput.ownedByJvm(Path.of("/dev/pts/0"), home));
        assertFalse(StandardInput.ownedByJvm(null, home));
    }

    private static List<String> ruleIds(Cli.Result r) {
        List<String> ids = new ArrayList<>();
        json(r).path("findings").forEach(f -> ids.add(f.path("ruleId").asText()));
        return ids;
    }

    private static JsonNode json(Cli.Result r) {
        try {
            return new ObjectMapper().readTree(r.out());
        } catch (IOException e) {
            throw new AssertionError(r.toString(), e);
        }
    }
}
