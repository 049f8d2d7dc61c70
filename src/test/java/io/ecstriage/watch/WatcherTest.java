package io.ecstriage.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecstriage.TestDiagnosis;
import io.ecstriage.ingest.Capture;
import io.ecstriage.ingest.SnapshotBuilder;
import io.ecstriage.json.JsonTrees;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The watch loop on scripted polls: when it ends, how long it waits, what a stack's stop command is. */
class WatcherTest {
    private final JsonTrees json = new JsonTrees();

    private Capture stack(String status) throws Exception {
        return new Capture(null, "aws cloudformation describe-stacks --stack-name web --region eu-west-1", "eu-west-1",
                json.read("{\"Stacks\":[{\"StackName\":\"web\",\"StackId\":\"arn:aws:cloudformation:eu-west-1:123456789012:stack/web/1\",\"StackStatus\":\""
                        + status + "\"}]}"), null);
    }

    private Capture throttled() throws Exception {
        return new Capture(null, "aws cloudformation describe-stack-events --stack-name web --max-items 200 --region eu-west-1", "eu-west-1",
                null, null, json.read("{\"code\":\"ThrottlingException\",\"message\":\"Rate exceeded\",\"iamAction\":\"cloudformation:DescribeStackEvents\"}"));
    }

    private record Run(Watcher.Outcome outcome, List<Duration> waits, String out) {}

    private Run watch(boolean untilFinding, Poll... polls) throws Exception {
        Deque<Poll> queue = new ArrayDeque<>(List.of(polls));
        PollSource source = new PollSource() {
            public Poll next() { return queue.poll(); }
            public String region() { return "eu-west-1"; }
            public String name() { return "live stack web"; }
            public boolean live() { return true; }
        };
        List<Duration> waits = new ArrayList<>();
        StringWriter out = new StringWriter();
        Watcher.Outcome o = new Watcher(source, TestDiagnosis.diagnoser(), new SnapshotBuilder(json), new PrintWriter(out), false, false,
                waits::add, Duration.ofSeconds(10), untilFinding, "web").run();
        return new Run(o, waits, out.toString());
    }

    private static Poll poll(int second, Capture... captures) {
        return new Poll(Instant.parse("2026-12-01T10:00:00Z").plusSeconds(second), List.of(captures), captures.length);
    }

    @Test
    void endsWhenTheStackLeavesInProgressAndWaitsTheIntervalBetweenPolls() throws Exception {
        Run r = watch(false, poll(0, stack("UPDATE_IN_PROGRESS")), poll(10, stack("UPDATE_IN_PROGRESS")),
                poll(20, stack("UPDATE_ROLLBACK_COMPLETE")), poll(30, stack("UPDATE_ROLLBACK_COMPLETE")));
        assertEquals("stack UPDATE_ROLLBACK_COMPLETE", r.outcome().ended(), r.out());
        assertEquals(3, r.outcome().polls().size());
        assertEquals(List.of(Duration.ofSeconds(10), Duration.ofSeconds(10)), r.waits());
        assertNull(r.outcome().findingPoll());
        assertTrue(r.out().startsWith("[10:00:00] poll 1: stack web UPDATE_IN_PROGRESS: 0 resources done, 0 pending (1 calls)\n"), r.out());
    }

    @Test
    void aThrottledPollDoublesTheWaitUpToTheCapAndACleanOneRestoresIt() throws Exception {
        Poll[] polls = new Poll[8];
        for (int i = 0; i < 7; i++) polls[i] = poll(i, stack("UPDATE_IN_PROGRESS"), throttled());
        polls[7] = poll(8, stack("UPDATE_IN_PROGRESS"));
        Run r = watch(false, polls);
        assertEquals(List.of(20L, 40L, 80L, 160L, 300L, 300L, 300L, 10L), r.waits().stream().map(Duration::toSeconds).toList());
        assertEquals("end of the recording", r.outcome().ended());
    }

    @Test
    void aStackUpdateIsStoppedByCancelUpdateStackAndACreateByDeletingItAfterTheFailure() throws Exception {
        String fixture = java.nio.file.Files.readString(io.ecstriage.rules.RuleFolders.of("ImageNotFound").dir()
                .resolve("fires-tag-changed-since-healthy.json"));
        List<Capture> incident = new io.ecstriage.ingest.InputParser(json).parse(new io.ecstriage.ingest.RawInput("f", fixture)).captures();
        List<Capture> update = new ArrayList<>(incident);
        update.add(stack("UPDATE_IN_PROGRESS"));
        Run r = watch(true, poll(0, update.toArray(Capture[]::new)));
        assertEquals(1, r.outcome().findingPoll(), r.out());
        assertTrue(r.out().contains("aws cloudformation cancel-update-stack --stack-name web --region eu-west-1"), r.out());
        List<Capture> create = new ArrayList<>(incident);
        create.add(stack("CREATE_IN_PROGRESS"));
        Run c = watch(true, poll(0, create.toArray(Capture[]::new)));
        assertTrue(c.out().contains("a create cannot be cancelled") && c.out().contains("aws cloudformation delete-stack --stack-name web --region eu-west-1"), c.out());
    }
}
