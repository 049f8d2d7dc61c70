package io.ecstriage.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.ecstriage.TestDiagnosis;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real launcher (bin/ecs-triage, which builds the jar if needed) in a pseudo-terminal: tmux runs `doctor`,
 * a multi-line `aws ecs describe-tasks` output is pasted (bracketed, as a terminal pastes), and the ranked answer
 * is read from the screen; then Ctrl-C drops a half-typed JSON and Ctrl-D ends the session. Skipped, saying so,
 * only when tmux is not installed (.ci/run installs it).
 */
@Timeout(value = 900, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class DoctorTerminalEndToEndTest {
    private final String socket = "ecs-triage-test-" + ProcessHandle.current().pid();

    @TempDir
    Path home;

    @AfterEach
    void stopTmux() throws Exception {
        if (tmuxAvailable()) tmux(false, "kill-server");
    }

    @Test
    void pastingAwsOutputInATerminalShowsTheRankedCause() throws Exception {
        assumeTrue(tmuxAvailable(), "tmux is not installed: skipping the pseudo-terminal test of `ecs-triage doctor`"
                + " (.ci/run installs it with apt-get; or apt-get install tmux)");
        Path launcher = TestDiagnosis.projectDir().resolve("bin/ecs-triage");
        Path paste = Files.writeString(home.resolve("paste.json"), Pastes.output(1) + "\n");

        tmux(true, "new-session", "-d", "-s", "doc", "-x", "220", "-y", "60",
                "env HOME=" + home + " TERM=xterm-256color " + launcher + " doctor");
        String screen = waitFor(s -> s.contains("doctor> "), Duration.ofMinutes(12), "the prompt (the launcher may be building the jar)");
        assertTrue(screen.contains("ecs-triage doctor: paste aws output"), screen);

        tmux(true, "load-buffer", "-b", "aws", paste.toString());
        tmux(true, "paste-buffer", "-p", "-d", "-b", "aws", "-t", "doc");
        screen = waitFor(s -> s.contains("Ranking: ") && s.contains("Next: "), Duration.ofSeconds(60), "the ranking after the paste");
        assertTrue(screen.contains("+ paste 1: ecs describe-tasks"), screen);
        assertTrue(screen.matches("(?s).*#1 LogGroupMissing +HIGH +0\\.60 +new.*"), screen);

        tmux(true, "send-keys", "-t", "doc", "{", "Enter", "  \"tasks\": [", "Enter");
        waitFor(s -> s.contains("\"tasks\": ["), Duration.ofSeconds(30), "the half-typed JSON");
        int prompts = count(capture(), "doctor> ");
        tmux(true, "send-keys", "-t", "doc", "C-c");
        waitFor(s -> count(s, "doctor> ") > prompts && s.stripTrailing().endsWith("doctor>"), Duration.ofSeconds(30), "a fresh prompt after Ctrl-C");
        tmux(true, "send-keys", "-t", "doc", "next", "Enter");
        screen = waitFor(s -> s.contains("doctor> next") && s.contains("  why: names the awslogs group to create")
                && s.stripTrailing().endsWith("doctor>"), Duration.ofSeconds(30), "`next` after Ctrl-C");
        assertTrue(!screen.contains("malformed JSON"), "Ctrl-C dropped the unfinished JSON:\n" + screen);

        tmux(true, "send-keys", "-t", "doc", "C-d");
        Instant deadline = Instant.now().plusSeconds(30);
        while (tmux(false, "has-session", "-t", "doc") == 0) {
            if (Instant.now().isAfter(deadline)) fail("Ctrl-D did not end the session:\n" + capture());
            Thread.sleep(200);
        }
        List<String> history = Files.readAllLines(home.resolve(".ecs-triage/history"));
        assertEquals(1, history.size(), history::toString);
        assertTrue(history.get(0).endsWith("next"), "only commands are kept: " + history);
    }

    private String waitFor(Predicate<String> ready, Duration timeout, String what) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        String screen = "";
        while (Instant.now().isBefore(deadline)) {
            if (tmux(false, "has-session", "-t", "doc") != 0) fail("doctor ended while waiting for " + what + ":\n" + screen);
            screen = capture();
            if (ready.test(screen)) return screen;
            Thread.sleep(250);
        }
        fail("timed out waiting for " + what + "; the screen:\n" + screen);
        return screen;
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) n++;
        return n;
    }

    private String capture() throws Exception {
        Process p = new ProcessBuilder("tmux", "-L", socket, "capture-pane", "-p", "-J", "-S", "-200", "-t", "doc").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }

    private int tmux(boolean check, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("tmux", "-L", socket));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int rc = p.waitFor();
        if (check && rc != 0) fail(String.join(" ", cmd) + " failed (" + rc + "): " + out);
        return rc;
    }

    private static boolean tmuxAvailable() {
        try {
            return new ProcessBuilder("tmux", "-V").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
