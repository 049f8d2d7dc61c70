package io.ecstriage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `watch --fixture` replays a recorded watch poll by poll; what it prints and writes. */
class WatchCommandTest {
    private static final String RECORDING = "fixtures/watch/image-tag-not-pushed.json";

    @Test
    void theRootCauseIsPrintedInThePollThatFirstHasItsEvidenceWithTheStopCommand() {
        Cli.Result r = Cli.run("watch", "--fixture", RECORDING);
        assertEquals(1, r.exit(), r::toString);
        List<String> lines = r.out().lines().toList();
        int found = indexOf(lines, "root cause found after 3 polls:");
        assertTrue(found > 0, r.out());
        assertEquals("[01:40:05] poll 1: service orders-service: 2/2 running, 0 stopped, rollout IN_PROGRESS", lines.get(0));
        assertTrue(lines.get(found - 1).startsWith("[01:41:05] poll 3: service orders-service: 2/2 running, 1 stopped"), lines.get(found - 1));
        assertTrue(lines.get(found + 3).startsWith("#1 ImageNotFound"), r.out());
        assertTrue(r.out().contains("Changed since last healthy:\n  service orders-service: orders-api:4 (deployment ecs-svc/2231904455012203367 COMPLETED) → orders-api:5"), r.out());
        assertTrue(r.out().contains("aws ecs update-service --cluster orders-cluster --service orders-service --task-definition orders-api:4 --region ap-northeast-1"), r.out());
        assertEquals(1, lines.stream().filter(l -> l.contains("root cause found")).count(), "printed once, not at every later poll");
        assertTrue(lines.get(lines.size() - 1).startsWith("watch ended: end of the recording after 4 polls"), r.out());
    }

    @Test
    void untilFindingStopsAtTheFirstRootCause() {
        Cli.Result r = Cli.run("watch", "--fixture", RECORDING, "--until-finding");
        assertEquals(1, r.exit(), r::toString);
        assertFalse(r.out().contains("poll 4"), r.out());
        assertTrue(r.out().contains("watch ended: root cause found (--until-finding) after 3 polls"), r.out());
    }

    @Test
    void theSnapshotKeepsEachPollsTimeAndReplaysAndDiagnosesAlike(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("w.json");
        Cli.Result first = Cli.run("watch", "--fixture", RECORDING, "--out", out.toString());
        String written = Files.readString(out);
        assertTrue(written.contains("\"polledAt\" : \"2026-11-22T01:41:05Z\""), written);
        Cli.Result again = Cli.run("watch", "--fixture", out.toString());
        assertEquals(first.out().replace(RECORDING, "X"), again.out().replace(out.toString(), "X"));
        Cli.Result diagnosed = Cli.run("diagnose", "--fixture", out.toString(), "--format", "brief");
        assertEquals(1, diagnosed.exit(), diagnosed::toString);
        assertTrue(diagnosed.out().contains("#1 ImageNotFound"), diagnosed.out());
        assertTrue(diagnosed.out().contains("Changed since last healthy: api image.tag: 1.4.0"), diagnosed.out());
    }

    @Test
    void aStackWatchShowsWhatTheUpdateChangedAndStopsWithCancelUpdateStack() {
        Cli.Result r = Cli.run("watch", "--fixture", "fixtures/watch/stack-image-update.json", "--color", "never");
        assertEquals(1, r.exit(), r::toString);
        List<String> lines = r.out().lines().toList();
        assertEquals("[14:02:40] poll 1: stack orders-stack UPDATE_IN_PROGRESS: 1 resources done, 1 pending | service orders-api: 2/2 running, 0 stopped, rollout IN_PROGRESS",
                lines.get(0), "the recording's one stack is the watched one");
        int found = indexOf(lines, "root cause found after 3 polls:");
        assertTrue(found > 0 && lines.get(found + 3).startsWith("#1 ImageNotFound"), r.out());
        assertTrue(r.out().contains("Changed by the stack's last update:\n  stack orders-stack's update of 2026-12-03T14:02:11.402Z (UPDATE_IN_PROGRESS)\n"
                + "    - TaskDefinition (AWS::ECS::TaskDefinition, arn:aws:ecs:eu-west-1:111122223333:task-definition/orders-api:8) replaced\n"
                + "      - ContainerDefinitions[0].Image: 111122223333.dkr.ecr.eu-west-1.amazonaws.com/orders-api:v41 → "
                + "111122223333.dkr.ecr.eu-west-1.amazonaws.com/orders-api:v42 (= parameter ImageUri now)\n"), r.out());
        assertTrue(r.out().contains("aws cloudformation cancel-update-stack --stack-name orders-stack --region eu-west-1"), r.out());
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertEquals(2, Cli.run("watch").exit());
        assertEquals(2, Cli.run("watch", "--fixture", RECORDING, "--interval", "1").exit());
        assertEquals(2, Cli.run("watch", "--fixture", RECORDING, "--cluster", "c").exit());
    }

    private static int indexOf(List<String> lines, String suffix) {
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).endsWith(suffix)) return i;
        return -1;
    }
}
