package io.ecstriage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecstriage.TestDiagnosis;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Option mistakes end in one line that says what is wrong, before any AWS call. */
class OneLineErrorsTest {
    private static final Path OOM = TestDiagnosis.projectDir().resolve("fixtures/scenarios/seed001-oom/snapshot.json");

    @TempDir
    Path home;

    /** A home with one profile, `dev`, and no credentials in the environment. */
    private Terminal pipeWithHome() throws IOException {
        Files.createDirectories(home.resolve(".aws"));
        Files.writeString(home.resolve(".aws/config"), "[profile dev]\nregion = eu-west-1\n");
        return new Terminal(false, Map.of("HOME", home.toString()));
    }

    private static Cli.Result run(Terminal t, String... args) {
        return Cli.run(t, InputStream.nullInputStream(), args);
    }

    @Test
    void aProfileThatDoesNotExistIsNamed() throws IOException {
        Cli.Result r = run(pipeWithHome(), "diagnose", "--cluster", "c", "--profile", "nosuch", "--region", "eu-west-1");

        assertEquals(ExitCodes.AWS_ACCESS, r.exit(), r::toString);
        assertEquals(List.of("ecs-triage: profile nosuch not found in ~/.aws/config or ~/.aws/credentials"), r.errLines());
        assertEquals("", r.out());
    }

    @Test
    void aProfileFromAwsProfileIsCheckedToo() throws IOException {
        Terminal t = new Terminal(false, Map.of("HOME", pipeWithHome().env().get("HOME"), "AWS_PROFILE", "typo"));

        Cli.Result r = run(t, "snapshot", "--cluster", "c", "--out", "-", "--region", "eu-west-1");

        assertEquals(ExitCodes.AWS_ACCESS, r.exit(), r::toString);
        assertEquals(List.of("ecs-triage: profile typo not found in ~/.aws/config or ~/.aws/credentials"), r.errLines());
    }

    @Test
    void anEndpointThatIsNotAUrlIsOneClearLine() throws IOException {
        for (String bad : new String[] {"not a url", "localhost:4566", "ftp://host"}) {
            Cli.Result r = run(pipeWithHome(), "diagnose", "--cluster", "c", "--endpoint-url", bad, "--region", "eu-west-1");

            assertEquals(ExitCodes.BAD_INPUT, r.exit(), r::toString);
            assertEquals(1, r.errLines().size(), r::toString);
            assertTrue(r.err().startsWith("ecs-triage: --endpoint-url '" + bad + "' is not"), r::toString);
            assertTrue(r.err().contains("expected http(s)://HOST[:PORT]"), r::toString);
            assertFalse(r.err().contains("Illegal character"), r::toString);
        }
    }

    @Test
    void colorTakesOnlyItsThreeValues() {
        Cli.Result r = Cli.run("diagnose", "--fixture", OOM.toString(), "--color", "bogus");

        assertEquals(ExitCodes.BAD_INPUT, r.exit(), r::toString);
        assertEquals("ecs-triage: --color must be auto, always or never, not 'bogus'", r.errLines().get(0));
        assertEquals("", r.out());
        assertEquals(ExitCodes.PROBLEMS_FOUND, Cli.run("diagnose", "--fixture", OOM.toString(), "--color", "never").exit());
    }

    @Test
    void anEmptyNoColorLeavesColourOnAndASetOneTurnsItOff() {
        Cli.Result empty = run(new Terminal(true, Map.of("NO_COLOR", "")), "diagnose", "--fixture", OOM.toString());
        Cli.Result set = run(new Terminal(true, Map.of("NO_COLOR", "1")), "diagnose", "--fixture", OOM.toString());

        assertTrue(empty.out().contains("\u001b["), empty::toString);
        assertFalse(set.out().contains("\u001b["), set::toString);
    }

    @Test
    void snapshotRefusesToOverwriteUnlessForced() throws IOException {
        Path existing = home.resolve("incident.json");
        Files.writeString(existing, "keep me");

        Cli.Result r = run(pipeWithHome(), "snapshot", "--cluster", "c", "--out", existing.toString(), "--region", "eu-west-1");

        assertEquals(ExitCodes.BAD_INPUT, r.exit(), r::toString);
        assertEquals("ecs-triage: " + existing + " exists; pass --force to overwrite it", r.errLines().get(0));
        assertEquals("keep me", Files.readString(existing));
        // with --force the check passes and the run goes on to AWS: here it stops at the unknown profile
        Cli.Result forced = run(pipeWithHome(), "snapshot", "--cluster", "c", "--out", existing.toString(), "--force",
                "--region", "eu-west-1", "--profile", "nosuch");
        assertEquals(ExitCodes.AWS_ACCESS, forced.exit(), forced::toString);
    }
}
