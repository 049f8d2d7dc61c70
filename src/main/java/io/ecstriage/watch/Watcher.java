package io.ecstriage.watch;

import io.ecstriage.aws.AwsCall;
import io.ecstriage.diagnosis.Diagnoser;
import io.ecstriage.finding.Finding;
import io.ecstriage.finding.Severity;
import io.ecstriage.ingest.Capture;
import io.ecstriage.ingest.ParsedInput;
import io.ecstriage.ingest.SnapshotBuilder;
import io.ecstriage.model.Snapshot;
import io.ecstriage.report.Report;
import io.ecstriage.report.TextRenderer;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * `watch`: polls, diagnoses everything seen so far after each poll, shows progress, and prints the first confirmed
 * root cause with its fix and the command that stops the wait. Ends when the deployment completes or fails, when a
 * recording runs out, or (with untilFinding) at the first root cause.
 */
public final class Watcher {
    /** Throttled polls double the wait, up to this. */
    static final Duration MAX_INTERVAL = Duration.ofMinutes(5);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

    /** Waits between polls; tests and replays pass one that does not sleep. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration d) throws InterruptedException;
    }

    /** How a watch ended: the last report, why it stopped, every poll, and the poll that first printed a cause. */
    public record Outcome(Report report, String ended, List<Poll> polls, Integer findingPoll, Instant findingAt) {}

    private final PollSource source;
    private final Diagnoser diagnoser;
    private final SnapshotBuilder builder;
    private final PrintWriter out;
    private final boolean tty;
    private final boolean colour;
    private final Sleeper sleeper;
    private final Duration interval;
    private final boolean untilFinding;
    private final String stackName;

    public Watcher(PollSource source, Diagnoser diagnoser, SnapshotBuilder builder, PrintWriter out, boolean tty, boolean colour,
                   Sleeper sleeper, Duration interval, boolean untilFinding, String stackName) {
        this.source = source;
        this.diagnoser = diagnoser;
        this.builder = builder;
        this.out = out;
        this.tty = tty;
        this.colour = colour;
        this.sleeper = sleeper;
        this.interval = interval;
        this.untilFinding = untilFinding;
        this.stackName = stackName;
    }

    public Outcome run() throws InterruptedException {
        Map<String, Capture> latest = new LinkedHashMap<>();
        List<Poll> polls = new ArrayList<>();
        Report report = null;
        Integer findingPoll = null;
        Instant findingAt = null;
        String ended = null;
        int calls = 0;
        Duration wait = interval;
        while (true) {
            Poll p = source.next();
            if (p == null) {
                ended = "end of the recording";
                break;
            }
            polls.add(p);
            calls += p.calls();
            for (Capture c : p.captures()) latest.put(key(c), c);
            Snapshot snapshot = builder.build(parsed(latest.values(), p.at()), null);
            report = diagnoser.diagnose(snapshot);
            List<AwsCall> ran = List.of();
            Poll settled = null;
            if (findingPoll == null && !rootCause(report)) {
                List<AwsCall> checks = checked.next(report);
                settled = checks.isEmpty() ? null : source.settle(checks, List.copyOf(latest.values()));
                if (!checks.isEmpty() && settled == null && !offlineSaid) {
                    offlineSaid = true;
                    endLine();
                    out.println("(a replay cannot run the hypotheses' settling checks: they need a live account; `diagnose --fixture` of the recording lists them)");
                }
                if (settled != null) {
                    ran = checks;
                    p = new Poll(p.at(), concat(p.captures(), settled.captures()), p.calls() + settled.calls());
                    polls.set(polls.size() - 1, p);
                    calls += settled.calls();
                    for (Capture c : settled.captures()) latest.put(key(c), c);
                    snapshot = builder.build(parsed(latest.values(), p.at()), null);
                    report = diagnoser.diagnose(snapshot);
                }
            }
            WatchStatus status = WatchStatus.of(snapshot, stackName);
            progress("[" + CLOCK.format(p.at()) + "] poll " + polls.size() + ": " + status.line() + (source.live() ? " (" + p.calls() + " calls)" : ""));
            if (findingPoll == null && rootCause(report)) {
                findingPoll = polls.size();
                findingAt = p.at();
                endLine();
                if (!ran.isEmpty()) out.println("[" + CLOCK.format(p.at()) + "] settling checks run: " + ran.size());
                out.println("[" + CLOCK.format(p.at()) + "] root cause found after " + polls.size() + (polls.size() == 1 ? " poll" : " polls")
                        + (source.live() ? " (" + calls + " AWS calls)" : "") + ":");
                new TextRenderer(colour).render(report, out);
                List<String> stop = StopCommand.of(snapshot, report, status.stack());
                if (!stop.isEmpty()) {
                    out.println();
                    out.println("Stop waiting for the deployment:");
                    stop.forEach(line -> out.println("  " + line));
                }
                out.flush();
                if (untilFinding) {
                    ended = "root cause found (--until-finding)";
                    break;
                }
            } else if (findingPoll == null && settled != null && !settled.captures().isEmpty()) {
                endLine();
                HypothesisChecks.printOpen(report, ran, settled.captures(), out);
            }
            if (status.ended() != null) {
                ended = status.ended();
                break;
            }
            if (!source.live()) continue;
            wait = p.throttled() ? min(wait.multipliedBy(2), MAX_INTERVAL) : interval;
            sleeper.sleep(wait);
        }
        endLine();
        out.println("watch ended: " + ended + " after " + polls.size() + (polls.size() == 1 ? " poll" : " polls")
                + (findingPoll == null && report != null && report.problemsFound() ? "; no root cause confirmed (`diagnose` of --out shows the hypotheses)" : ""));
        out.flush();
        return new Outcome(report, ended, polls, findingPoll, findingAt);
    }

    /** A finding above advisory: a cause the rules confirmed, not a hypothesis. */
    static boolean rootCause(Report r) {
        for (Finding f : r.findings()) if (f.severity() != Severity.LOW) return true;
        return false;
    }

    private ParsedInput parsed(Iterable<Capture> captures, Instant at) {
        List<Capture> named = new ArrayList<>();
        for (Capture c : captures) named.add(c.withSource(source.name() + " capture " + (named.size() + 1)));
        return new ParsedInput(source.name(), "fixture", "watch of " + source.name(), source.region(), at, named);
    }

    private boolean lineOpen;
    private boolean offlineSaid;
    private final HypothesisChecks checked = new HypothesisChecks();

    private static String key(Capture c) {
        return c.command() != null ? c.region() + " " + c.command() : c.source();
    }

    private static List<Capture> concat(List<Capture> a, List<Capture> b) {
        List<Capture> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** On a terminal the progress line is redrawn in place; elsewhere it is one line per poll. */
    private void progress(String line) {
        if (tty) {
            out.print("\r\u001B[2K" + io.ecstriage.report.ControlChars.escape(line));
            lineOpen = true;
        } else {
            out.println(io.ecstriage.report.ControlChars.escape(line));
        }
        out.flush();
    }

    private void endLine() {
        if (lineOpen) out.println();
        lineOpen = false;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) < 0 ? a : b;
    }

    static String clock(Instant at) {
        return CLOCK.format(Objects.requireNonNull(at));
    }
}
