package io.ecstriage.cli;

import io.ecstriage.collect.LiveSession;
import io.ecstriage.diagnosis.PreparedSnapshot;
import io.ecstriage.ingest.InputException;
import io.ecstriage.ingest.InputLoader;
import io.ecstriage.ingest.InputParser;
import io.ecstriage.ingest.ParsedInput;
import io.ecstriage.ingest.SnapshotBuilder;
import io.ecstriage.model.IgnoredInput;
import io.ecstriage.model.Snapshot;
import io.ecstriage.report.Report;
import io.ecstriage.ingest.TemplateReader;
import io.ecstriage.model.TemplateLines;
import io.ecstriage.report.RenderOptions;
import io.ecstriage.report.ReportFormat;
import java.util.List;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** `ecs-triage diagnose --fixture PATH` (recorded or pasted aws output) or `--stack NAME` / `--cluster C` (live, read-only). */
@Command(name = "diagnose", addMethodSubcommands = false,
        description = {"Diagnose a deployment from a fixture, raw `aws … --output json` output or pasted error text,",
                "or live from AWS (--stack, --cluster; read-only calls only)."})
public final class DiagnoseCommand extends StandardHelp implements Callable<Integer> {
    private final App app;

    @Spec
    CommandSpec spec;

    @Option(names = "--fixture", paramLabel = "PATH",
            description = "A fixture file, raw aws CLI JSON output or error text; '-' reads stdin.")
    String fixture;

    @Mixin
    LiveOptions live = new LiveOptions();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default), json, markdown, brief (the ranking only), sarif (code scanning) or junit (CI test results).")
    ReportFormat format;

    @Option(names = "--template", paramLabel = "PATH",
            description = "The stack's CloudFormation template (YAML or JSON): SARIF results point at the resource or property to change.")
    String template;

    @Option(names = "--region", paramLabel = "REGION", description = "Region of captures that do not name one; live: the AWS Region to read.")
    String region;

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto", description = "auto (TTY without NO_COLOR), always or never.")
    void color(String when) {
        if (!COLORS.contains(when)) {
            throw new ParameterException(spec.commandLine(), "--color must be auto, always or never, not '" + when + "'");
        }
        color = when;
    }

    private String color = "auto";

    /** The --color value as bound (the option itself is the setter above). */
    String colorWhen() {
        return color;
    }

    static final List<String> COLORS = List.of("auto", "always", "never");

    @Option(names = "--max-input-mb", paramLabel = "MB", defaultValue = "64", description = "Refuse inputs larger than this.")
    long maxInputMb;

    public DiagnoseCommand(App app) {
        this.app = app;
    }

    @Override
    public Integer call() {
        String problem = problem();
        if (problem != null) throw new ParameterException(spec.commandLine(), problem);
        TemplateLines templateLines = template == null ? null
                : new TemplateReader(maxInputMb * 1024 * 1024).read(template, Path.of(System.getProperty("user.dir")));
        // the JSON trees go straight into the snapshot, never into a local: an interpreted frame keeps its locals alive,
        // and a large input's trees then survive into the diagnosis, where each collection copies them
        Snapshot snapshot;
        if (live.live()) {
            HeadStart.Taken early = app.takeHeadStart(live.aws(region, app.terminal().env()), live.maxParallel, live.target());
            try (LiveSession session = early != null ? early.session() : live.session(region, app.terminal().env())) {
                var collected = early != null ? SettledCollection.settle(app, session, live, region, early.first())
                        : SettledCollection.collect(app, session, live, region, app::diagnoser);
                collected.result().notes().forEach(n -> app.err().println("ecs-triage: " + n));
                snapshot = collected.snapshot() != null ? collected.snapshot() : snapshot(collected.result().parsed(live.inputName()));
            }
        } else {
            snapshot = snapshot(parseInput());
        }
        if (!live.live() && snapshot.recognisedInputs().isEmpty()) throw nothingUsable(snapshot);
        // live: settling diagnosed the collection once already; the same (or an equal) snapshot gets that report again.
        // Offline, the preparation comes before app.diagnoser() waits for the rule base (a receiver is evaluated before
        // the argument, so the two cannot share one expression).
        Report report;
        if (live.live()) {
            report = app.diagnoser().diagnose(snapshot);
        } else {
            PreparedSnapshot prepared = PreparedSnapshot.of(snapshot, app.phases());
            report = app.diagnoser().diagnosePrepared(prepared);
        }
        long start = app.phases().start();
        RenderOptions options = RenderOptions.of(app.json(), app.terminal().colour(color))
                .withRules(app.diagnoser().engine().catalog().values()).withTemplate(templateLines);
        format.renderer(options).render(report, app.out());
        app.out().flush();
        app.phases().end("render", start);
        for (var ignored : report.ignoredInputs()) {
            app.err().println("warning: ignored " + ignored.source() + ": " + ignored.reason()
                    + (ignored.keys().isEmpty() ? "" : " (keys: " + String.join(", ", ignored.keys()) + ")"));
        }
        app.err().flush();
        return report.problemsFound() ? ExitCodes.PROBLEMS_FOUND : ExitCodes.OK;
    }

    private ParsedInput parseInput() {
        long start = app.phases().start();
        ParsedInput parsed = new InputParser(app.json()).parse(new InputLoader(maxInputMb * 1024 * 1024).load(fixture, app.in()));
        app.phases().end("parse-input", start);
        return parsed;
    }

    private Snapshot snapshot(ParsedInput parsed) {
        long start = app.phases().start();
        Snapshot snapshot = new SnapshotBuilder(app.json()).build(parsed, region);
        app.phases().end("build-snapshot", start);
        return snapshot;
    }

    /** What picocli's parse cannot check on its own and the command refuses, or null. */
    String problem() {
        if (maxInputMb < 1 || maxInputMb > 2047) return "--max-input-mb must be between 1 and 2047, not " + maxInputMb;
        return live.problem(fixture != null);
    }

    /**
     * An input of which nothing was read is bad input, not "no problem found": exit 0 there would tell a script
     * that the deployment is healthy when the evidence was simply not understood.
     */
    private static InputException nothingUsable(Snapshot snapshot) {
        List<IgnoredInput> ignored = snapshot.ignoredInputs();
        if (ignored.isEmpty()) return new InputException(snapshot.inputName() + ": nothing usable: the input holds no captures");
        IgnoredInput first = ignored.get(0);
        return new InputException(snapshot.inputName() + ": nothing usable: all " + ignored.size() + " input(s) ignored, e.g. "
                + first.source() + ": " + first.reason() + (first.keys().isEmpty() ? "" : " (keys: " + String.join(", ", first.keys()) + ")"));
    }
}
