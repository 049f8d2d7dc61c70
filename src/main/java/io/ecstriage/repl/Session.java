package io.ecstriage.repl;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ecstriage.diagnosis.Diagnoser;
import io.ecstriage.ingest.Capture;
import io.ecstriage.ingest.InputParser;
import io.ecstriage.ingest.ParsedInput;
import io.ecstriage.ingest.RawInput;
import io.ecstriage.ingest.SnapshotBuilder;
import io.ecstriage.collect.Redactor;
import io.ecstriage.json.JsonTrees;
import io.ecstriage.model.IgnoredInput;
import io.ecstriage.model.Snapshot;
import io.ecstriage.report.ControlChars;
import io.ecstriage.report.Report;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * What a doctor session has gathered: a list of captures in the fixture format (pasted, loaded or collected),
 * the snapshot and report made from all of them, and the scope. Every addition re-diagnoses the whole list
 * and returns what changed. `save` writes the captures as a fixture that `diagnose --fixture` reads.
 */
public final class Session {
    public static final String INPUT_NAME = "session";

    private final JsonTrees json;
    private final Supplier<Diagnoser> diagnoser;
    private final Clock clock;
    private final String regionOverride;
    private final SnapshotBuilder builder;
    private final InputParser parser;
    private final List<Capture> captures = new ArrayList<>();
    private String description;
    private String fixtureRegion;
    private Instant capturedAt;
    private int pastes;
    private String pendingCommand;
    private Scope scope = Scope.NONE;
    private Snapshot snapshot;
    private Report report;

    /** What one addition did: the captures added (as "source: shape" lines), the ranking change, a note. */
    public record Update(List<String> added, List<IgnoredInput> ignored, RankingDiff diff, Report report, String note) {
        public boolean rediagnosed() {
            return diff != null;
        }
    }

    /**
     * @param diagnoser  supplies the rule engine on first diagnosis (loading it takes a moment)
     * @param regionOverride the Region of captures that name none (doctor --region), or null
     */
    public Session(JsonTrees json, Supplier<Diagnoser> diagnoser, Clock clock, String regionOverride) {
        this.json = json;
        this.diagnoser = diagnoser;
        this.clock = clock;
        this.regionOverride = regionOverride;
        this.builder = new SnapshotBuilder(json);
        this.parser = new InputParser(json);
    }

    /**
     * Pasted or typed evidence: aws JSON output (one or several documents), error text, or a mix with `aws …` lines.
     * A lone `aws …` line is remembered as the command of the next paste's output.
     *
     * @throws io.ecstriage.ingest.InputException for malformed JSON (nothing is added)
     */
    public Update paste(String text) {
        if (text.isBlank()) return new Update(List.of(), List.of(), null, report, null);
        String command = loneAwsCommand(text);
        if (command != null) {
            pendingCommand = command;
            return new Update(List.of(), List.of(), null, report, "noted `" + shorten(command, 100) + "`: paste its output next");
        }
        String name = "paste " + (pastes + 1);
        ParsedInput parsed = parser.parse(new RawInput(name, text));
        pastes++;
        if ("fixture".equals(parsed.kind())) return add(parsed, true);
        List<Capture> list = new ArrayList<>();
        for (Capture c : parsed.captures()) {
            String source = parsed.captures().size() == 1 ? name : c.source();
            String cmd = c.command();
            if (cmd == null && pendingCommand != null && list.isEmpty()) cmd = pendingCommand;
            list.add(new Capture(source, cmd, c.region(), c.output(), c.text()));
        }
        pendingCommand = trailingAwsCommand(text);
        return add(new ParsedInput(name, parsed.kind(), null, null, null, list), false);
    }

    /** A file (fixture, raw aws output or text), added to what the session has. */
    public Update load(RawInput raw) {
        return add(parser.parse(raw), true);
    }

    /** Captures from a live collection (`refresh`, `check`). */
    public Update collected(List<Capture> more) {
        return add(new ParsedInput("collected", "live", null, null, null, more), false);
    }

    private Update add(ParsedInput parsed, boolean adoptMetadata) {
        String oldDescription = description;
        String oldRegion = fixtureRegion;
        Instant oldCapturedAt = capturedAt;
        int oldSize = captures.size();
        if (adoptMetadata && captures.isEmpty()) {
            if (parsed.description() != null) description = parsed.description();
            if (parsed.region() != null) fixtureRegion = parsed.region();
            if (parsed.capturedAt() != null) capturedAt = parsed.capturedAt();
        }
        // pastes and collections are captured now: the saved fixture then replays the same diagnosis
        if (!adoptMetadata && capturedAt == null) capturedAt = clock.instant();
        captures.addAll(parsed.captures());
        Report before = report;
        Snapshot snapshotBefore = snapshot;
        try {
            rediagnose();
        } catch (RuntimeException e) {
            // kept, the capture would fail every later command too: take it out and go on with what worked
            captures.subList(oldSize, captures.size()).clear();
            description = oldDescription;
            fixtureRegion = oldRegion;
            capturedAt = oldCapturedAt;
            report = before;
            snapshot = snapshotBefore;
            throw new AnalysisFailed(parsed.name() + " could not be analysed (" + e + "); it was removed and the session goes on"
                    + " (please report it with the input that caused it)", e);
        }
        List<String> added = new ArrayList<>();
        List<IgnoredInput> ignored = new ArrayList<>();
        for (Capture c : parsed.captures()) {
            for (String r : snapshot.recognisedInputs()) if (r.startsWith(c.source() + ": ")) added.add(r);
            for (IgnoredInput i : snapshot.ignoredInputs()) if (i.source().equals(c.source())) ignored.add(i);
        }
        return new Update(added, ignored, RankingDiff.between(before, report), report, null);
    }

    /** Forgets every capture, pasted text and pending command; the scope and the connection stay. */
    public Update reset() {
        captures.clear();
        description = null;
        fixtureRegion = null;
        capturedAt = null;
        pastes = 0;
        pendingCommand = null;
        Report before = report;
        rediagnose();
        return new Update(List.of(), List.of(), RankingDiff.between(before, report), report, "session reset: no evidence");
    }

    /** Removes capture `number` (1-based, as {@link #captureList} numbers them) and re-diagnoses. */
    public Update drop(int number) {
        if (number < 1 || number > captures.size()) {
            throw new IllegalArgumentException(captures.isEmpty() ? "the session has no captures"
                    : "no capture " + number + ": there are " + captures.size() + " (drop lists them)");
        }
        Capture gone = captures.remove(number - 1);
        Report before = report;
        rediagnose();
        return new Update(List.of(), List.of(), RankingDiff.between(before, report), report, "dropped " + number + ": " + describe(gone));
    }

    /** One line per capture, in the order they were added: its source, and its command or what it holds. */
    public List<String> captureList() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < captures.size(); i++) out.add((i + 1) + "  " + describe(captures.get(i)));
        return out;
    }

    private static String describe(Capture c) {
        String what = c.command() != null ? "`" + shorten(c.command(), 80) + "`"
                : c.text() != null ? "text, " + c.text().lines().count() + " line(s)"
                : c.error() != null ? "collection error" : "output";
        return ControlChars.escape(c.source() + ": " + what);
    }

    /** A capture made the diagnosis fail; the session has already taken it out again. */
    public static final class AnalysisFailed extends RuntimeException {
        AnalysisFailed(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Diagnoses everything gathered so far (also the empty session). */
    /** The rule engine's diagnoser, loaded on first use (the doctor's `watch` diagnoses its own polls). */
    public Diagnoser diagnoser() {
        return diagnoser.get();
    }

    public Report rediagnose() {
        ParsedInput all = new ParsedInput(INPUT_NAME, "session", description, fixtureRegion, capturedAt, captures);
        snapshot = builder.build(all, regionOverride);
        report = diagnoser.get().diagnose(snapshot);
        return report;
    }

    /** The rules a diagnosis evaluates (SARIF and JUnit list them). */
    public java.util.Collection<io.ecstriage.finding.RuleMeta> rules() {
        return diagnoser.get().engine().catalog().values();
    }

    public Report report() {
        if (report == null) rediagnose();
        return report;
    }

    public Snapshot snapshot() {
        if (snapshot == null) rediagnose();
        return snapshot;
    }

    public List<Capture> captures() {
        return List.copyOf(captures);
    }

    public Scope scope() {
        return scope;
    }

    public void scope(Scope scope) {
        this.scope = scope;
    }

    public String pendingCommand() {
        return pendingCommand;
    }

    /** The session as a fixture (version 1): every capture, pasted text included; `redact` masks identifiers and secrets. */
    public ObjectNode toFixture(boolean redact) {
        ObjectNode root = json.object();
        root.put("ecsTriageFixture", InputParser.FIXTURE_VERSION);
        String desc = description != null ? description : "Saved from an ecs-triage doctor session.";
        root.put("description", redact ? desc + " (redacted)" : desc);
        String region = regionOverride != null ? regionOverride : fixtureRegion;
        if (region != null) root.put("region", region);
        root.put("capturedAt", (capturedAt != null ? capturedAt : clock.instant()).toString());
        ArrayNode list = root.putArray("captures");
        for (Capture c : captures) {
            ObjectNode o = list.addObject();
            if (c.command() != null) o.put("command", c.command());
            if (c.region() != null) o.put("region", c.region());
            if (c.output() != null) o.set("output", c.output());
            if (c.text() != null) o.put("text", c.text());
        }
        return redact ? new Redactor(json).redact(root, null) : root;
    }

    /** Names seen in the snapshot, for completion after `use KIND`. */
    public List<String> names(Scope.Kind kind) {
        Snapshot s = snapshot();
        List<String> out = new ArrayList<>();
        switch (kind) {
            case stack -> s.all(io.ecstriage.model.Stack.class).forEach(x -> out.add(x.stackName()));
            case cluster -> {
                s.all(io.ecstriage.model.EcsCluster.class).forEach(x -> out.add(x.name()));
                s.all(io.ecstriage.model.EcsService.class).forEach(x -> out.add(x.clusterName()));
            }
            case service -> s.all(io.ecstriage.model.EcsService.class).forEach(x -> out.add(x.serviceName()));
        }
        if (kind == Scope.Kind.stack) {
            s.all(io.ecstriage.model.StackEvent.class).forEach(x -> out.add(x.stackName()));
        }
        return out.stream().filter(n -> n != null && !n.isBlank()).distinct().sorted().toList();
    }

    static String loneAwsCommand(String text) {
        String joined = text.strip().replace("\\\r\n", " ").replace("\\\n", " ");
        if (joined.contains("\n")) return null;
        return awsCommand(joined);
    }

    /** A paste ending in an `aws …` line with no output after it: that line is the next paste's command. */
    static String trailingAwsCommand(String text) {
        List<String> lines = text.strip().lines().toList();
        return lines.isEmpty() ? null : awsCommand(lines.get(lines.size() - 1).strip());
    }

    /** The `aws …` part of a line, after an optional shell prompt (`$ `, `user@host:~$ `), as ingest reads it. */
    static String awsCommand(String line) {
        String l = line.replaceFirst("^(\\S*[$#>%]\\s+)", "");
        return l.startsWith("aws ") ? l.replaceAll("\\s+", " ").strip() : null;
    }

    static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
