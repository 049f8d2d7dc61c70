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
    private String region = "eu-west-1";

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
        return watch(untilFinding, null, polls);
    }

    /** `checks` answers settling checks (records what it was asked); null: a source that cannot run them. */
    private Run watch(boolean untilFinding, java.util.function.Function<List<io.ecstriage.aws.AwsCall>, List<Capture>> checks, Poll... polls) throws Exception {
        Deque<Poll> queue = new ArrayDeque<>(List.of(polls));
        PollSource source = new PollSource() {
            public Poll next() { return queue.poll(); }
            public String region() { return region; }
            public String name() { return "live stack web"; }
            public boolean live() { return true; }
            public Poll settle(List<io.ecstriage.aws.AwsCall> asked, List<Capture> made) {
                if (checks == null) return null;
                List<Capture> answers = checks.apply(asked);
                return new Poll(Instant.EPOCH, answers, asked.size());
            }
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

    private static final String UNHEALTHY = "(service civictechjobs-fullstack-stage) (port 8000) is unhealthy in (target-group arn:aws:elasticloadbalancing:us-west-2:"
            + "035866691871:targetgroup/civictechjobs-fullstack-stage/555a47e25c5a1850) due to (reason Health checks failed).";

    /** A pasted service event no rule confirms: its hypotheses' checks include a filled describe-target-groups. */
    private static Poll unhealthy(int second) {
        return poll(second, new Capture("pasted", null, null, null, UNHEALTHY));
    }

    @Test
    void aHypothesisWhoseCheckConfirmsTheCauseIsPrintedAsTheRootCauseInTheSamePoll() throws Exception {
        // the rules are mocked: once the check's capture is in, the diagnosis is a confirmed cause (ImageNotFound's fixture)
        var confirmed = TestDiagnosis.diagnoseFile(io.ecstriage.rules.RuleFolders.of("ImageNotFound").dir().resolve("fires-tag-changed-since-healthy.json"), "f");
        boolean[] answered = {false};
        var diagnoser = org.mockito.Mockito.mock(io.ecstriage.diagnosis.Diagnoser.class);
        org.mockito.Mockito.when(diagnoser.diagnose(org.mockito.ArgumentMatchers.any()))
                .thenAnswer(inv -> answered[0] ? confirmed : TestDiagnosis.diagnoser().diagnose(inv.getArgument(0)));
        List<List<io.ecstriage.aws.AwsCall>> asked = new ArrayList<>();
        Capture health = new Capture(null, "aws elbv2 describe-target-groups --target-group-arns x --region us-west-2", "us-west-2",
                json.read("{\"TargetGroups\":[]}"), null);
        Deque<Poll> queue = new ArrayDeque<>(List.of(unhealthy(0), unhealthy(10)));
        PollSource source = new PollSource() {
            public Poll next() { return queue.poll(); }
            public String region() { return "us-west-2"; }
            public String name() { return "live service"; }
            public boolean live() { return true; }
            public Poll settle(List<io.ecstriage.aws.AwsCall> checks, List<Capture> made) {
                asked.add(checks);
                answered[0] = true;
                return new Poll(Instant.EPOCH, List.of(health), checks.size());
            }
        };
        StringWriter out = new StringWriter();
        Watcher.Outcome o = new Watcher(source, diagnoser, new SnapshotBuilder(json), new PrintWriter(out), false, false,
                d -> {}, Duration.ofSeconds(10), true, null).run();
        assertEquals(1, o.findingPoll(), out.toString());
        assertEquals(1, asked.size());
        assertTrue(asked.get(0).stream().anyMatch(c -> c.render().contains("describe-target-groups")), asked.toString());
        assertTrue(asked.get(0).stream().allMatch(c -> c.isRead() && c.placeholders().isEmpty()), asked.toString());
        assertTrue(out.toString().contains("settling checks run: " + asked.get(0).size()) && out.toString().contains("#1 ImageNotFound"), out.toString());
        assertTrue(o.polls().get(0).captures().contains(health), "the check's capture is recorded with its poll for --out");
        assertEquals(1 + asked.get(0).size(), o.polls().get(0).calls());
    }

    @Test
    void checksThatSettleNothingRunOnceAndTheOpenHypothesesArePrintedOnce() throws Exception {
        region = "us-west-2";
        List<List<io.ecstriage.aws.AwsCall>> asked = new ArrayList<>();
        Run r = watch(false, calls -> {
            asked.add(calls);
            try {
                return List.of(new Capture(null, calls.get(0).render(), "us-west-2", null, null,
                        json.read("{\"code\":\"AccessDeniedException\",\"message\":\"not authorized\"}")));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, unhealthy(0), unhealthy(10), unhealthy(20));
        assertEquals(1, asked.size(), "each check once per watch, not on every poll: " + asked);
        assertTrue(asked.get(0).size() <= io.ecstriage.collect.HypothesisSettler.MAX_CALLS);
        assertNull(r.outcome().findingPoll(), r.out());
        assertEquals(1, r.out().split("Hypotheses the checks did not settle", -1).length - 1, r.out());
        assertTrue(r.out().contains("H1 HealthCheckBlockedBySecurityGroup"), r.out());
        assertTrue(r.out().contains("describe-target-groups --target-group-arns arn:aws:elasticloadbalancing:us-west-2:035866691871:targetgroup/civictechjobs-fullstack-stage/555a47e25c5a1850 --region us-west-2: error AccessDeniedException: not authorized"), r.out());
    }

    @Test
    void aReplaySaysOnceThatItCannotRunChecks() throws Exception {
        region = "us-west-2";
        Run r = watch(false, (java.util.function.Function<List<io.ecstriage.aws.AwsCall>, List<Capture>>) null, unhealthy(0), unhealthy(10));
        assertEquals(1, r.out().split("cannot run the hypotheses' settling checks", -1).length - 1, r.out());
        assertNull(r.outcome().findingPoll(), r.out());
    }
}
