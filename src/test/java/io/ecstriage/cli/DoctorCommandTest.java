package io.ecstriage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecstriage.Samples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** `ecs-triage doctor` through Main, as a script or a pipe runs it (stdin is not a terminal). */
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class DoctorCommandTest {
    private static final Cli.Session PIPE = new Cli.Session(Cli.PIPE);

    @TempDir
    Path dir;

    @Test
    void aScriptOnStdinRunsLineByLineInPlainText() {
        Cli.Result r = Cli.runWithStdin("Stopped | " + Samples.LOG_GROUP_REASON + "\nnext\nrules\nexit\n", "doctor");

        assertEquals(ExitCodes.OK, r.exit(), r::toString);
        assertFalse(r.out().contains("\u001B"), r::toString);
        assertTrue(r.out().contains("+ paste 1: text\nRanking: 1 cause\n  #1 LogGroupMissing  HIGH    0.60  new\n"), r::toString);
        assertTrue(r.out().contains("doctor> next\nNext: aws ecs describe-task-definition"), r::toString);
        assertTrue(r.out().contains("doctor> rules\nAlbSubnetsSameAz"), "the CLI's own rules command serves the session: " + r);
    }

    @Test
    void oneShotCommandsRunOnTheFixtureAndExit() throws IOException {
        Path fixture = Files.writeString(dir.resolve("problem.json"), Samples.logGroupMissing());
        Path saved = dir.resolve("saved.json");

        Cli.Result r = PIPE.run("doctor", "--fixture", fixture.toString(), "-c", "explain 1", "-c", "save " + saved);

        assertEquals(ExitCodes.OK, r.exit(), r::toString);
        assertTrue(r.out().startsWith("#1 LogGroupMissing  HIGH  confidence 0.75"), r::toString);
        assertTrue(r.out().contains("saved "), r::toString);
        Cli.Result replay = PIPE.run("diagnose", "--fixture", saved.toString());
        assertTrue(replay.out().contains("#1 LogGroupMissing  HIGH  confidence 0.75"), replay::toString);
    }

    @Test
    void liveStartOptionsThatCannotConnectSayWhyInOneLineAndTheSessionGoesOn() {
        Cli.Result r = PIPE.run("doctor", "--cluster", "web-cluster", "--service", "web-service", "-c", "next");

        assertEquals(ExitCodes.AWS_ACCESS, r.exit(), r::toString);
        assertEquals(1, r.err().lines().count(), r::toString);
        assertTrue(r.err().startsWith("error: no AWS Region"), r::toString);
        assertTrue(r.out().contains("Next: aws ecs describe-services --cluster web-cluster --services web-service"), r::toString);
    }

    @Test
    void aBadCommandInAScriptFailsTheRunButNotTheSession() {
        Cli.Result r = Cli.runWithStdin("explain 7\nshow nothing\nnext\n", "doctor");

        assertEquals(ExitCodes.BAD_INPUT, r.exit(), r::toString);
        assertTrue(r.err().contains("error: no causes yet"), r::toString);
        assertTrue(r.err().contains("error: no table 'nothing'"), r::toString);
        assertTrue(r.out().contains("doctor> next\nNext:"), r::toString);
    }
}
